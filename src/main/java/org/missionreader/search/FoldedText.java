package org.missionreader.search;

import java.util.ArrayList;
import java.util.List;
import org.missionreader.i18n.TextFold;

/**
 * A text folded for matching (case, accents, œ as oe, ’ as ') that remembers where each folded character
 * came from, so a match in the folded text maps back to the exact run of the original. Folding changes
 * lengths ("œ" is two folded characters, "e" plus a combining accent is one), hence the map.
 */
public final class FoldedText {

    private final String original;
    private final String folded;
    /** For each folded character, the start and end of the original characters it came from. */
    private final int[] starts;
    private final int[] ends;

    public FoldedText(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] s = new int[original.length() * 2 + 4];
        int[] e = new int[s.length];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = TextFold.fold(new String(Character.toChars(cp)));
            if (piece.isEmpty()) {
                // A combining mark on its own: it belongs to the character before it.
                if (out.length() > 0) e[out.length() - 1] = next;
            } else {
                for (int k = 0; k < piece.length(); k++) {
                    if (out.length() == s.length) {
                        s = java.util.Arrays.copyOf(s, s.length * 2);
                        e = java.util.Arrays.copyOf(e, e.length * 2);
                    }
                    s[out.length()] = i;
                    e[out.length()] = next;
                    out.append(piece.charAt(k));
                }
            }
            i = next;
        }
        this.folded = out.toString();
        this.starts = s;
        this.ends = e;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Every non-overlapping occurrence of {@code query} (folded the same way), as spans of the original. */
    public List<Span> find(String query) {
        String needle = TextFold.fold(query);
        List<Span> found = new ArrayList<>();
        if (needle.isEmpty()) return found;
        int from = 0;
        while (true) {
            int at = folded.indexOf(needle, from);
            if (at < 0) break;
            int end = at + needle.length();
            found.add(new Span(starts[at], ends[end - 1]));
            from = end;
        }
        return found;
    }
}
