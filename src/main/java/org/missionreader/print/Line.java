package org.missionreader.print;

/**
 * One printed line: its text, where it starts (x, points from the page's left edge), its baseline
 * (points from the page's top edge), its style and size. {@code block} is the index of the content block
 * it comes from (-1 for header and footer); {@code brokenWord} says the line ends inside a word too long
 * for the column, which the next line continues.
 */
public record Line(String text, double x, double baseline, LineStyle style, double size, int block, boolean brokenWord) {
}
