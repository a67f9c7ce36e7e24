package org.missionreader.library;

import java.util.List;
import java.util.Locale;
import org.missionreader.i18n.Messages;

/**
 * One thing wrong with a library file: where it is (file, 1-based line and column, JSON path) and what,
 * as a code whose message is translated when shown.
 */
public record Problem(String file, int line, int column, String path, ProblemCode code, List<String> args) {

    /** How much of a value from the file a message quotes: enough to find it, never a whole paragraph. */
    static final int MAX_SHOWN_LENGTH = 80;

    public Problem {
        args = List.copyOf(args);
    }

    /** The plain message in the given language, prefixed by the JSON path when there is one. */
    public String message(Locale locale) {
        Object[] shown = args.stream()
                .map(a -> a.startsWith("type.") ? Messages.get(locale, a) : shown(a))
                .toArray();
        String text = Messages.get(locale, "problem." + code.key(), shown);
        return path == null || path.isEmpty() ? text : path + ": " + text;
    }

    /**
     * A value from the file as a message may quote it: on one line whatever it holds (a message is one line
     * of a terminal or a list), invisible and control characters written as escapes so that none of them
     * acts on the terminal, and shortened when long.
     */
    static String shown(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN_LENGTH + 8));
        int count = 0;
        for (int i = 0; i < value.length(); count++) {
            if (count == MAX_SHOWN_LENGTH) {
                return out.append('…').toString();
            }
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isInvisible(c)) {
                        for (char unit : Character.toChars(c)) out.append(String.format("\\u%04X", (int) unit));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }

    /** {@code FILE:LINE:COLUMN: message}, the form compilers use, so editors can jump to the spot. */
    public String format(Locale locale) {
        // "warning:" stays in English whatever the language, as compilers' markers do for the tools that read them.
        return file + ":" + line + ":" + column + ": " + (code.isWarning() ? "warning: " : "") + message(locale);
    }

    /** True when the problem is a warning: the file was read, something in it mended ({@link ProblemCode#isWarning}). */
    public boolean isWarning() {
        return code.isWarning();
    }
}
