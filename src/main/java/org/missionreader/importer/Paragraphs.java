package org.missionreader.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph. A hyphen at a line's end is undone only where the joined word occurs
 * elsewhere in the text ("négo-" + "ciations" where "négociations" is written elsewhere); otherwise it stays
 * and the two halves are joined without a space ("Nord-" + "Mali" gives "Nord-Mali"). A soft hyphen (U+00AD)
 * at a line's end is always undone. Only ASCII white space is trimmed: no-break spaces are the text's own.
 */
final class Paragraphs {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern TAIL = Pattern.compile("([\\p{L}\\p{M}]+)[-\u2010]$");
    private static final Pattern HEAD = Pattern.compile("^([\\p{Ll}][\\p{L}\\p{M}]*)");

    private final Set<String> words = new HashSet<>();

    /** {@code allLines}: every line of the text, for the words that occur in it. */
    Paragraphs(List<String> allLines) {
        for (String line : allLines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /** Trims the ASCII white space (and only it) at both ends. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isAsciiSpace(s.charAt(start))) start++;
        while (end > start && isAsciiSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B;
    }

    /** The paragraph the lines make. */
    String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = trim(raw);
            if (line.isEmpty()) continue;
            if (out.isEmpty()) {
                out.append(line);
                continue;
            }
            int last = out.length() - 1;
            if (out.charAt(last) == '\u00AD') {
                out.setLength(last);
                out.append(line);
                continue;
            }
            Matcher tail = TAIL.matcher(out);
            if (tail.find()) {
                Matcher head = HEAD.matcher(line);
                if (head.find() && words.contains((tail.group(1) + head.group(1)).toLowerCase(Locale.ROOT))) {
                    out.setLength(last);  // the hyphen was the line's, not the word's
                }
                out.append(line);
                continue;
            }
            out.append(' ').append(line);
        }
        return out.toString();
    }

    /** Paragraphs of a plain text: blocks separated by blank lines, each block's lines joined. */
    static List<String> ofText(String text) {
        List<String> lines = List.of(text.split("\r\n|\r|\n|\u2028", -1));
        Paragraphs joiner = new Paragraphs(lines);
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (trim(line).isEmpty() || line.equals("\u2029")) {
                flush(joiner, block, paragraphs);
            } else {
                block.add(line);
            }
        }
        flush(joiner, block, paragraphs);
        return paragraphs;
    }

    private static void flush(Paragraphs joiner, List<String> block, List<String> paragraphs) {
        if (block.isEmpty()) return;
        String p = joiner.join(block);
        if (!p.isEmpty()) paragraphs.add(p);
        block.clear();
    }
}
