package org.missionreader.library;

/**
 * Turns the byte columns Jackson reports for UTF-8 input into the character columns an editor shows:
 * "é" is two bytes but one character. Only asked when a problem is reported, so reading stays fast; it
 * remembers where it last stopped on a line, so many problems on one long line cost one pass over it.
 */
final class TextPositions {

    private final byte[] bytes;
    private final int start;
    private long lineStart = -1;
    private long scanned;
    private int chars;

    /** @param start where the parsed bytes begin in the array (after a byte order mark) */
    TextPositions(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
    }

    /** The 1-based character column of a spot given by its 1-based byte column and byte offset. */
    int charColumn(int byteColumn, long byteOffset) {
        long from = byteOffset - (byteColumn - 1);
        if (from != lineStart || byteOffset < scanned) {
            lineStart = from;
            scanned = from;
            chars = 0;
        }
        long end = Math.min(byteOffset, bytes.length - start);
        for (long i = scanned; i < end; i++) {
            int b = bytes[(int) (start + i)] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                // A character starts here; one beyond the Basic Multilingual Plane takes two UTF-16 units.
                chars += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        scanned = Math.max(scanned, end);
        return chars + 1;
    }
}
