package org.missionreader.print;

import java.util.List;

/**
 * How pages are set: the paper, its orientation, the margins (points, around everything printed,
 * header and footer included) and the body font size (points).
 */
public record PageSetup(PaperSize paper, Orientation orientation, double marginTop, double marginRight,
                        double marginBottom, double marginLeft, double fontSize) {

    /** The body sizes the reader offers. */
    public static final List<Double> FONT_SIZES = List.of(10.0, 11.0, 12.0, 14.0, 16.0, 18.0);
    /** 18 mm: wider than any printer's unprintable edge, narrow enough for a comfortable column. */
    public static final double DEFAULT_MARGIN = 18 / 25.4 * 72;
    public static final double DEFAULT_FONT_SIZE = 11;

    public PageSetup {
        if (paper == null || orientation == null) throw new IllegalArgumentException("paper and orientation are required");
        if (!(fontSize >= 4 && fontSize <= 72)) throw new IllegalArgumentException("font size out of range: " + fontSize);
        if (marginTop < 0 || marginRight < 0 || marginBottom < 0 || marginLeft < 0) {
            throw new IllegalArgumentException("margins must not be negative");
        }
    }

    /** A4, portrait, 18 mm margins, 11 pt. */
    public static PageSetup defaults() {
        return of(PaperSize.A4, Orientation.PORTRAIT, DEFAULT_FONT_SIZE);
    }

    /** The default margins on the given paper, orientation and size. */
    public static PageSetup of(PaperSize paper, Orientation orientation, double fontSize) {
        double m = DEFAULT_MARGIN;
        return new PageSetup(paper, orientation, m, m, m, m, fontSize);
    }

    public PageSetup withPaper(PaperSize p) {
        return new PageSetup(p, orientation, marginTop, marginRight, marginBottom, marginLeft, fontSize);
    }

    public PageSetup withOrientation(Orientation o) {
        return new PageSetup(paper, o, marginTop, marginRight, marginBottom, marginLeft, fontSize);
    }

    public PageSetup withFontSize(double size) {
        return new PageSetup(paper, orientation, marginTop, marginRight, marginBottom, marginLeft, size);
    }

    /** The page width as printed (the paper turned for landscape). */
    public double pageWidth() {
        return orientation == Orientation.PORTRAIT ? paper.width() : paper.height();
    }

    public double pageHeight() {
        return orientation == Orientation.PORTRAIT ? paper.height() : paper.width();
    }

    /** The width between the left and right margins. */
    public double textWidth() {
        return pageWidth() - marginLeft - marginRight;
    }
}
