package org.missionreader.ui;

/**
 * The run of text a double-click selects, as GTK finds words (Pango 1.50's word starts and ends, checked
 * on this project's French text): letters, digits and combining marks make a word, and an apostrophe or
 * a hyphen ends one, so a double-click on "accord" in "l’accord" selects "accord", as in "c’est-à-dire"
 * it selects "est". A double-click on spaces or punctuation selects that run of spaces or punctuation.
 */
final class WordBounds {

    private enum Kind { WORD, SPACE, OTHER }

    private WordBounds() {
    }

    /** The start and end of the run holding the character at {@code index} (clamped into the text). */
    static int[] around(String text, int index) {
        if (text.isEmpty()) return new int[] {0, 0};
        int at = Math.max(0, Math.min(index, text.length() - 1));
        Kind kind = kindOf(text.charAt(at));
        int start = at;
        while (start > 0 && kindOf(text.charAt(start - 1)) == kind) start--;
        int end = at + 1;
        while (end < text.length() && kindOf(text.charAt(end)) == kind) end++;
        return new int[] {start, end};
    }

    private static Kind kindOf(char c) {
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) return Kind.WORD;
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return Kind.WORD;
        }
        // The no-break spaces the reading text sets before French punctuation are spaces too.
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return Kind.SPACE;
        return Kind.OTHER;
    }
}
