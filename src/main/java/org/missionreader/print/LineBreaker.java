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

    /** A wrapped line; {@code brokenWord} when it ends inside a word that the next line continues. */
    record Wrapped(String text, boolean brokenWord) {
    }

    private final TextMeasurer measurer;

    LineBreaker(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    List<Wrapped> wrap(String text, FontFace face, double size, double maxWidth) {
        List<Wrapped> lines = new ArrayList<>();
        List<String> words = words(text, Typography.keepTogether(text));
        double space = measurer.width(" ", face, size);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String word : words) {
            double w = measurer.width(word, face, size);
            if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(new Wrapped(line.toString(), false));
                line.setLength(0);
                lineWidth = 0;
            }
            String rest = word;
            while (measurer.width(rest, face, size) > maxWidth) {
                int cut = longestFittingPrefix(rest, face, size, maxWidth);
                lines.add(new Wrapped(rest.substring(0, cut), true));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = measurer.width(rest, face, size);
        }
        if (line.length() > 0) {
            lines.add(new Wrapped(line.toString(), false));
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
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean white = Character.isWhitespace(text.charAt(i)) && Character.isWhitespace(glued.charAt(i));
            if (white && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!white && start < 0) {
                start = i;
            }
        }
        if (start >= 0) words.add(text.substring(start));
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
