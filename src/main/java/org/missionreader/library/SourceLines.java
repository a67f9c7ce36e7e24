package org.missionreader.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Lines of a library file's text, for showing where a problem is, and finding where an id is declared. */
public final class SourceLines {

    /** Some lines of a file: the number of the first (1-based) and their text. */
    public record Excerpt(int firstLine, List<String> lines) {
    }

    private SourceLines() {
    }

    /**
     * The lines around {@code line} ({@code radius} before and after), read as UTF-8 with bad bytes shown as
     * U+FFFD; reading stops after them, so a large file costs only what is shown.
     */
    public static Excerpt around(InputStream in, int line, int radius) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        int first = Math.max(1, line - radius);
        int last = line + radius;
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null && ++number <= last) {
                if (number >= first) lines.add(text);
            }
        }
        return new Excerpt(first, lines);
    }

}
