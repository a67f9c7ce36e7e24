package org.missionreader.print;

/** A measurer where every character is half an em wide: page breaks a test can work out by hand. */
final class MonospaceMeasurer implements TextMeasurer {

    @Override
    public double width(String text, FontFace face, double size) {
        return text.codePointCount(0, text.length()) * size / 2;
    }

    @Override
    public double ascent(FontFace face, double size) {
        return 0.8 * size;
    }

    @Override
    public double descent(FontFace face, double size) {
        return 0.2 * size;
    }
}
