package org.missionreader.settings;

/**
 * How the reader sets text: the body size in pixels, the typeface, the width of the reading column and the
 * colour theme. Immutable; each change gives a new value.
 */
public record ReadingSettings(int fontSize, Typeface typeface, LineWidth lineWidth, Theme theme) {

    public static final int DEFAULT_SIZE = 17;
    public static final int MIN_SIZE = 12;
    public static final int MAX_SIZE = 32;

    /** Serif (the bundled Charis SIL) or the system's sans-serif. */
    public enum Typeface { SERIF, SANS }

    /** The reading column's measure, in characters per line. */
    public enum LineWidth {
        NARROW(55), MEDIUM(70), WIDE(90);

        private final int characters;

        LineWidth(int characters) {
            this.characters = characters;
        }

        public int characters() {
            return characters;
        }
    }

    /** The colour theme of the whole window. */
    public enum Theme { LIGHT, DARK, CONTRAST }

    public ReadingSettings {
        fontSize = Math.max(MIN_SIZE, Math.min(MAX_SIZE, fontSize));
        if (typeface == null) typeface = Typeface.SERIF;
        if (lineWidth == null) lineWidth = LineWidth.MEDIUM;
        if (theme == null) theme = Theme.LIGHT;
    }

    public static ReadingSettings defaults() {
        return new ReadingSettings(DEFAULT_SIZE, Typeface.SERIF, LineWidth.MEDIUM, Theme.LIGHT);
    }

    /** One step larger: 1 px up to 20, then 2 px, so steps stay visible at large sizes. */
    public ReadingSettings larger() {
        return withFontSize(fontSize + (fontSize >= 20 ? 2 : 1));
    }

    public ReadingSettings smaller() {
        return withFontSize(fontSize - (fontSize > 20 ? 2 : 1));
    }

    public ReadingSettings withFontSize(int size) {
        return new ReadingSettings(size, typeface, lineWidth, theme);
    }

    public ReadingSettings withTypeface(Typeface value) {
        return new ReadingSettings(fontSize, value, lineWidth, theme);
    }

    public ReadingSettings withLineWidth(LineWidth value) {
        return new ReadingSettings(fontSize, typeface, value, theme);
    }

    public ReadingSettings withTheme(Theme value) {
        return new ReadingSettings(fontSize, typeface, lineWidth, value);
    }
}
