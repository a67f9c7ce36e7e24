package org.missionreader.print;

/**
 * Measures text in the printed typeface. Pagination asks only this, so the preview, the printer and the
 * PDF share one set of page breaks whatever draws them.
 */
public interface TextMeasurer {

    /** The advance width of a string, in points. */
    double width(String text, FontFace face, double size);

    /** How far the tallest glyphs rise above the baseline, in points. */
    double ascent(FontFace face, double size);

    /** How far the deepest glyphs fall below the baseline, in points (positive). */
    double descent(FontFace face, double size);

    /** The text as it can be drawn: characters the typeface lacks replaced by a visible stand-in. */
    default String printable(String text) {
        return text;
    }
}
