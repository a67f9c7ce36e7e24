package org.missionreader.print;

import java.util.ArrayList;
import java.util.List;
import org.missionreader.i18n.Typography;

/**
 * Breaks a paragraph into lines no wider than a column, by the typeface's real widths: at spaces
 * (never at a no-break space, nor where the reader keeps words together: inside a date, after "M.",
 * before French punctuation), and inside a word only when the word alone is wider than the column.
 */
final class LineBreaker {

    /**
     * A wrapped line; {@code brokenWord} when it ends inside a word that the next line continues; its
     * {@code pieces}, the stretches of the wrapped text it holds, to find a character of the text on the line.
     */
    record Wrapped(String text, boolean brokenWord, List<Piece> pieces) {
        Wrapped {
            pieces = List.copyOf(pieces);
        }
    }

    /** {@code length} characters of the wrapped text from {@code sourceStart}, at {@code lineStart} on the line. */
    record Piece(int lineStart, int sourceStart, int length) {
    }

    private final TextMeasurer measurer;

    LineBreaker(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    List<Wrapped> wrap(String text, FontFace face, double size, double maxWidth) {
        List<Wrapped> lines = new ArrayList<>();
        List<int[]> words = wordRanges(text, Typography.keepTogether(text));
        double space = measurer.width(" ", face, size);
        StringBuilder line = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        double lineWidth = 0;
        for (int[] range : words) {
            String word = text.substring(range[0], range[1]);
            double w = measurer.width(word, face, size);
            if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                line.append(' ');
                pieces.add(new Piece(line.length(), range[0], word.length()));
                line.append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(new Wrapped(line.toString(), false, pieces));
                line.setLength(0);
                pieces.clear();
                lineWidth = 0;
            }
            String rest = word;
            int restStart = range[0];
            while (measurer.width(rest, face, size) > maxWidth) {
                int cut = longestFittingPrefix(rest, face, size, maxWidth);
                lines.add(new Wrapped(rest.substring(0, cut), true, List.of(new Piece(0, restStart, cut))));
                rest = rest.substring(cut);
                restStart += cut;
            }
            pieces.add(new Piece(0, restStart, rest.length()));
            line.append(rest);
            lineWidth = measurer.width(rest, face, size);
        }
        if (line.length() > 0) {
            lines.add(new Wrapped(line.toString(), false, pieces));
        }
        return lines;
    }

    /** The words of a text: runs between breaking white space (Java's isWhitespace spares no-break spaces). */
    static List<String> words(String text) {
        return words(text, text);
    }

    /**
     * The words of a text, where a space is breaking only if it is also one in {@code glued} (the same text
     * set by {@link Typography#keepTogether}, same length): "1er mars" stays one word, and keeps the source's
     * own space, so that a printed or exported text is the document's word for word.
     */
    static List<String> words(String text, String glued) {
        return wordRanges(text, glued).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    /** Where the {@link #words(String, String) words} are in the text: each one's start and end. */
    static List<int[]> wordRanges(String text, String glued) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean white = Character.isWhitespace(text.charAt(i)) && Character.isWhitespace(glued.charAt(i));
            if (white && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            } else if (!white && start < 0) {
                start = i;
            }
        }
        if (start >= 0) words.add(new int[] {start, text.length()});
        return words;
    }

    /** The longest prefix (whole code points, at least one) that fits the width. */
    private int longestFittingPrefix(String word, FontFace face, double size, double maxWidth) {
        int firstEnd = word.offsetByCodePoints(0, 1);
        int lo = 1;                                   // code points known to fit (one always goes)
        int hi = word.codePointCount(0, word.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            int end = word.offsetByCodePoints(0, mid);
            if (measurer.width(word.substring(0, end), face, size) <= maxWidth) lo = mid;
            else hi = mid - 1;
        }
        return Math.max(firstEnd, word.offsetByCodePoints(0, lo));
    }

    /** The text cut to fit the width, ending in an ellipsis when cut. */
    String truncate(String text, FontFace face, double size, double maxWidth) {
        if (measurer.width(text, face, size) <= maxWidth) return text;
        String ellipsis = "…";
        int lo = 0;
        int hi = text.codePointCount(0, text.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            String candidate = text.substring(0, text.offsetByCodePoints(0, mid)).stripTrailing() + ellipsis;
            if (measurer.width(candidate, face, size) <= maxWidth) lo = mid;
            else hi = mid - 1;
        }
        return lo == 0 ? ellipsis : text.substring(0, text.offsetByCodePoints(0, lo)).stripTrailing() + ellipsis;
    }
}
