package org.missionreader.importer;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes a text file: UTF-8 (with or without its byte order mark) or UTF-16 with its byte order mark. A file
 * with NUL bytes, or with more than {@value #MAX_INVALID} invalid UTF-8 sequences, is not text; the few
 * invalid sequences allowed show as U+FFFD, never guessed.
 */
final class PlainText {

    static final int MAX_INVALID = 3;

    private PlainText() {
    }

    static String decode(byte[] bytes, Path file) throws ImportFailure {
        int n = bytes.length;
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        int start = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < n; i++) {
            if (bytes[i] == 0) throw new ImportFailure(ImportFailure.Why.NOT_TEXT, file, "not text: the file holds NUL bytes (a binary file?)");
        }
        String text = decodeUtf8(bytes, start, n - start);
        long replaced = text.chars().filter(c -> c == 0xFFFD).count();
        long genuine = countGenuineReplacementChars(bytes, start);
        if (replaced - genuine > MAX_INVALID) {
            throw new ImportFailure(ImportFailure.Why.NOT_TEXT, file,
                    "not UTF-8 text: " + (replaced - genuine) + " invalid byte sequences");
        }
        return text;
    }

    private static String decodeUtf8(byte[] bytes, int offset, int length) {
        Charset utf8 = StandardCharsets.UTF_8;
        return utf8.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    }

    /** U+FFFD written in the file itself (EF BF BD), which is not an invalid sequence. */
    private static long countGenuineReplacementChars(byte[] bytes, int start) {
        long count = 0;
        for (int i = start; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) count++;
        }
        return count;
    }
}
