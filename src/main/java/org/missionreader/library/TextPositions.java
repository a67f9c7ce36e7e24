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
    private static final long LOW_BITS = 0x0101010101010101L;

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

    /**
     * The 1-based character column of a spot given by its 1-based byte column and byte offset. Synchronized:
     * with a {@link BindingPipeline}, the reading and the binding threads both ask.
     */
    synchronized int charColumn(int byteColumn, long byteOffset) {
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
        while (i + 8 <= to) {
            // Continuation bytes (10xxxxxx) counted in each byte's lane, 255 words at most before the lanes
            // are summed; no branch on plain ASCII: in French text one word in two has an accent.
            long lanes = 0;
            long bytesFrom = i;
            for (int end = Math.min(to - 7, i + 8 * 255); i < end; i += 8) {
                long word = (long) LONGS.get(bytes, i);
                lanes += (word >>> 7) & ~(word >>> 6) & LOW_BITS;
                if ((word & (word << 1) & (word << 2) & (word << 3) & HIGH_BITS) != 0) {
                    // Rare: a byte 1111xxxx, which may start a character beyond the Basic Multilingual Plane.
                    units += Long.bitCount(word & (word << 1) & (word << 2) & (word << 3) & ~(word << 4) & HIGH_BITS);
                }
            }
            long pairs = (lanes & 0x00FF00FF00FF00FFL) + ((lanes >>> 8) & 0x00FF00FF00FF00FFL);
            units += (int) (i - bytesFrom) - (int) ((pairs * 0x0001000100010001L) >>> 48);
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
