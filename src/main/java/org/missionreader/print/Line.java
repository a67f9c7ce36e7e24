package org.missionreader.print;

import java.util.List;

/**
 * One printed line: its text, where it starts (x, points from the page's left edge), its baseline
 * (points from the page's top edge), its style and size. {@code block} is the index of the content block
 * it comes from (-1 for header and footer); {@code brokenWord} says the line ends inside a word too long
 * for the column, which the next line continues; {@code tints}, the highlighted stretches of the line, drawn
 * under its text.
 */
public record Line(String text, double x, double baseline, LineStyle style, double size, int block, boolean brokenWord,
                   List<Tint> tints) {

    public Line {
        tints = tints == null ? List.of() : List.copyOf(tints);
    }

    /** A line with no highlight. */
    public Line(String text, double x, double baseline, LineStyle style, double size, int block, boolean brokenWord) {
        this(text, x, baseline, style, size, block, brokenWord, List.of());
    }

    /** A highlight's tint on a line: a rectangle in points from the page's top-left corner. */
    public record Tint(double x, double top, double width, double height) {
        /** The tint's grey (0 black, 1 white): light enough for black text on it to read, even photocopied. */
        public static final double GREY = 0.86;
    }
}
