package org.missionreader.library;

/**
 * Finds and removes the characters that have no place in text a reader is shown: control characters,
 * the bidirectional embeddings and overrides that can make text display in another order than it is
 * stored (the "Trojan Source" trick), lone surrogates and non-characters. Tabs, line feeds and the
 * ordinary left-to-right and right-to-left marks stay.
 */
public final class SafeText {

    private SafeText() {
    }

    /** The index of the first unsafe character, or -1 when the text is clean. */
    public static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Printable ASCII and everything from Latin-1 letters to the surrogates but the bidirectional
            // controls, nearly all of any text, need no further look.
            if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 && (c < 0x202A || c > 0x2069)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index, counted from {@code from}, of the first unsafe character among {@code chars[from..to)}, or
     * -1: the same answer as for the string of those characters, read where a parser keeps them.
     */
    static int firstUnsafe(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 && (c < 0x202A || c > 0x2069)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                i++;
                continue;
            }
            if (isUnsafe(c)) {
                return i - from;
            }
        }
        return -1;
    }

    /** The text without its unsafe characters. */
    public static String clean(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!isUnsafe(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isUnsafe(char c) {
        if (c == '\t' || c == '\n') return false;
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) return true;
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) return true;
        if (Character.isSurrogate(c)) return true; // only lone ones reach here
        return c == 0xFFFE || c == 0xFFFF;
    }
}
