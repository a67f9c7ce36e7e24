package org.missionreader.library;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Turns the byte columns Jackson reports for UTF-8 input into the character columns an editor shows:
 * "é" is two bytes but one character. Only asked for problems and ids, so reading stays fast; it
 * remembers where it last stopped on a line, so many spots on one long line (a minified library is a
 * single line of tens of megabytes) cost one pass over it.
 */
final class TextPositions {

    /** Eight bytes at once: the pass over a long line is most of what positions cost. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

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
        if (scanned < end) {
            chars += utf16Units(bytes, (int) (start + scanned), (int) (start + end));
            scanned = end;
        }
        return chars + 1;
    }

    /**
     * The UTF-16 units the UTF-8 bytes from {@code from} to {@code to} decode to: one per byte that starts a
     * character, two for one beyond the Basic Multilingual Plane (its first byte is 11110xxx).
     */
    static int utf16Units(byte[] bytes, int from, int to) {
        int units = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            // Bit 7 of each byte, with bit 6 shifted up under it: a continuation byte is 10xxxxxx. No branch
            // on plain ASCII: in French text one word in two has an accent, and a mispredicted branch costs
            // more than the arithmetic.
            long continuation = word & ~(word << 1) & HIGH_BITS;
            units += 8 - Long.bitCount(continuation);
            if ((word & (word << 1) & (word << 2) & (word << 3) & HIGH_BITS) != 0) {
                // Rare: a byte 1111xxxx, which may start a character beyond the Basic Multilingual Plane.
                units += Long.bitCount(word & (word << 1) & (word << 2) & (word << 3) & ~(word << 4) & HIGH_BITS);
            }
        }
        for (; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                units += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return units;
    }
}
