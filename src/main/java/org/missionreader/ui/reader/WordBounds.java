package org.missionreader.ui.reader;

/**
 * The run of text a double-click selects. Evince 43, checked on this project's PDF of the press
 * elements, selects "l’accord" whole (and "Hamdi," with its comma: its words are the runs between
 * spaces); Unicode's default word boundaries (UAX #29) also keep "l’accord" whole but leave the comma
 * out. This follows both where they agree and UAX #29 where they differ: letters, digits and combining
 * marks make a word, an apostrophe between two letters stays inside it ("l’accord", "aujourd’hui"), as
 * do a point or a comma between two digits ("000,5"); a hyphen or other punctuation ends a word
 * ("c’est-à-dire": "c’est", "à", "dire"). GTK's own text widgets differ: Pango 1.50 ends a word at any
 * apostrophe. A double-click on spaces or punctuation selects that run of spaces or punctuation.
 */
final class WordBounds {

    private enum Kind { WORD, SPACE, OTHER }

    private WordBounds() {
    }

    /** The start and end of the run holding the character at {@code index} (clamped into the text). */
    static int[] around(String text, int index) {
        if (text.isEmpty()) return new int[] {0, 0};
        int at = Math.max(0, Math.min(index, text.length() - 1));
        Kind kind = kindAt(text, at);
        int start = at;
        while (start > 0 && kindAt(text, start - 1) == kind) start--;
        int end = at + 1;
        while (end < text.length() && kindAt(text, end) == kind) end++;
        return new int[] {start, end};
    }

    private static Kind kindAt(String text, int i) {
        char c = text.charAt(i);
        if (isWordChar(c)) return Kind.WORD;
        boolean inside = i > 0 && i < text.length() - 1;
        if (inside && (c == '\'' || c == '\u2019')
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
            return Kind.WORD;
        }
        if (inside && (c == '.' || c == ',')
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
            return Kind.WORD;
        }
        // The no-break spaces the reading text sets before French punctuation are spaces too.
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return Kind.SPACE;
        return Kind.OTHER;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
