package org.missionreader.library;

import java.util.List;
import java.util.Locale;
import org.missionreader.i18n.Messages;

/**
 * One thing wrong with a library file: where it is (file, 1-based line and column, JSON path) and what,
 * as a code whose message is translated when shown.
 */
public record Problem(String file, int line, int column, String path, ProblemCode code, List<String> args) {

    public Problem {
        args = List.copyOf(args);
    }

    /** The plain message in the given language, prefixed by the JSON path when there is one. */
    public String message(Locale locale) {
        Object[] shown = args.stream()
                .map(a -> a.startsWith("type.") ? Messages.get(locale, a) : a)
                .toArray();
        String text = Messages.get(locale, "problem." + code.key(), shown);
        return path == null || path.isEmpty() ? text : path + ": " + text;
    }

    /** {@code FILE:LINE:COLUMN: message}, the form compilers use, so editors can jump to the spot. */
    public String format(Locale locale) {
        return file + ":" + line + ":" + column + ": " + message(locale);
    }
}
