package org.missionreader.print;

import java.util.List;

/** A sheet of paper in portrait, in PostScript points (1/72 inch). */
public record PaperSize(String name, double width, double height) {

    /** ISO A4, 210 × 297 mm. */
    public static final PaperSize A4 = new PaperSize("A4", 210 / 25.4 * 72, 297 / 25.4 * 72);
    /** US Letter, 8.5 × 11 in. */
    public static final PaperSize LETTER = new PaperSize("Letter", 612, 792);

    /** The sizes the reader offers. */
    public static final List<PaperSize> CHOICES = List.of(A4, LETTER);

    public PaperSize {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("paper size must be positive: " + width + " × " + height);
        }
    }
}
