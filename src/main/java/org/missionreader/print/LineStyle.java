package org.missionreader.print;

/**
 * The kinds of printed line: each has a face, a size relative to the body size and a leading (line
 * pitch as a multiple of its size). The preview, the printer and the PDF draw a style the same way.
 */
public enum LineStyle {
    TITLE(FontFace.BOLD, 1.5, 1.25),
    BYLINE(FontFace.ITALIC, 1.0, 1.35),
    BODY(FontFace.REGULAR, 1.0, 1.4),
    HEADER(FontFace.ITALIC, 0.8, 1.2),
    FOOTER(FontFace.REGULAR, 0.8, 1.2),
    /** A note's number in the margin beside its highlight. */
    MARKER(FontFace.BOLD, 0.7, 1.0),
    /** The heading of the notes at the end of a document. */
    NOTES_HEADING(FontFace.BOLD, 1.1, 1.3),
    /** A note listed at the end: its number, the quote, the paragraph and the note. */
    NOTE(FontFace.REGULAR, 0.92, 1.35);

    /** Running heads and feet never go below this size, so they stay legible. */
    private static final double MIN_RUNNING_SIZE = 7.5;

    private final FontFace face;
    private final double scale;
    private final double leading;

    LineStyle(FontFace face, double scale, double leading) {
        this.face = face;
        this.scale = scale;
        this.leading = leading;
    }

    public FontFace face() {
        return face;
    }

    /** The font size of this style for a given body size. */
    public double size(double bodySize) {
        double size = bodySize * scale;
        return isRunning() ? Math.max(MIN_RUNNING_SIZE, size) : size;
    }

    /** The distance from one baseline to the next. */
    public double pitch(double bodySize) {
        return size(bodySize) * leading;
    }

    /** Header and footer, which repeat on every page and are printed in grey. */
    public boolean isRunning() {
        return this == HEADER || this == FOOTER;
    }
}
