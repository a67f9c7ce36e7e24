package org.missionreader.library;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that a library's bytes are well-formed UTF-8 exactly as the Unicode standard defines it (its
 * table 3-7): no overlong forms (C0 AF for "/"), no encoded surrogates (ED A0 80), nothing above U+10FFFF,
 * no sequence cut short, no stray continuation byte. A file in UTF-16 or UTF-32 is named as such. The first
 * fault is reported at its byte, with the line and column of the character it stands in.
 */
final class Utf8Check {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Check() {
    }

    /** The encoding problem of {@code bytes[start..]}, or null when they are UTF-8. */
    static Problem problem(String file, byte[] bytes, int start) {
        Problem other = otherEncoding(file, bytes, start);
        if (other != null) return other;
        int bad = firstIllFormed(bytes, start);
        if (bad < 0) return null;
        int[] at = lineAndColumn(bytes, start, bad);
        return JsonTreeReader.problem(file, at[0], at[1], ProblemCode.INVALID_UTF8,
                String.format("0x%02X", bytes[bad] & 0xFF), String.valueOf(bad));
    }

    /**
     * UTF-16 and UTF-32, told by their byte order marks, or without one by the zero bytes that ASCII
     * characters (every JSON file starts with one) have in them. A UTF-8 file never has a zero byte there.
     */
    private static Problem otherEncoding(String file, byte[] b, int start) {
        if (start > 0 || b.length < 2) return null; // after a UTF-8 byte order mark, the bytes are checked as UTF-8
        int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
        int b2 = b.length > 2 ? b[2] & 0xFF : -1, b3 = b.length > 3 ? b[3] & 0xFF : -1;
        String name;
        int offset;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            name = "UTF-32LE";
            offset = 0;
        } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            name = "UTF-32BE";
            offset = 0;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            name = "UTF-16LE";
            offset = 0;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            name = "UTF-16BE";
            offset = 0;
        } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
            name = "UTF-32BE";
            offset = 0;
        } else if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            name = "UTF-32LE";
            offset = 1;
        } else if (b0 == 0 && b1 > 0) {
            name = "UTF-16BE";
            offset = 0;
        } else if (b0 > 0 && b0 < 0x80 && b1 == 0) {
            name = "UTF-16LE";
            offset = 1;
        } else {
            return null;
        }
        return JsonTreeReader.problem(file, 1, offset + 1, ProblemCode.NOT_UTF8, name,
                String.format("0x%02X", b[offset] & 0xFF), String.valueOf(offset));
    }

    /** The offset of the first byte that starts (or wrongly continues) an ill-formed sequence, or -1. */
    static int firstIllFormed(byte[] b, int start) {
        int i = start;
        int n = b.length;
        while (i < n) {
            // Eight ASCII bytes at once: nearly all of a library.
            if (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                if (c == 0xE0) low = 0xA0;      // below: overlong
                if (c == 0xED) high = 0x9F;     // above: a surrogate
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                if (c == 0xF0) low = 0x90;      // below: overlong
                if (c == 0xF4) high = 0x8F;     // above: beyond U+10FFFF
            } else {
                return i; // 80-BF alone, C0-C1 (always overlong), F5-FF (never in UTF-8)
            }
            if (i + 1 >= n) return i;
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) return i;
            for (int k = 2; k < length; k++) {
                if (i + k >= n || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += length;
        }
        return -1;
    }

    /** The 1-based line and column (in UTF-16 units, as editors and the rest of the reader count) of a byte. */
    private static int[] lineAndColumn(byte[] b, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            int c = b[i] & 0xFF;
            if (c == '\n') {
                line++;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                column += c >= 0xF0 ? 2 : 1; // a four-byte character is two UTF-16 units
            }
        }
        return new int[] {line, column};
    }
}
