package org.missionreader.settings;

/**
 * How the reader sets text: the body size in pixels, the typeface, the width of the reading column, the
 * colour theme and whether each paragraph shows its number (§ n) in the margin. Immutable; each change gives
 * a new value.
 */
public record ReadingSettings(int fontSize, Typeface typeface, LineWidth lineWidth, Theme theme,
                              boolean paragraphNumbers) {

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

    /** Settings with the paragraph numbers shown (as before the setting existed). */
    public ReadingSettings(int fontSize, Typeface typeface, LineWidth lineWidth, Theme theme) {
        this(fontSize, typeface, lineWidth, theme, true);
    }

    public static ReadingSettings defaults() {
        return new ReadingSettings(DEFAULT_SIZE, Typeface.SERIF, LineWidth.MEDIUM, Theme.LIGHT, true);
    }

    /** One step larger: 1 px up to 20, then 2 px, so steps stay visible at large sizes. */
    public ReadingSettings larger() {
        return withFontSize(fontSize + (fontSize >= 20 ? 2 : 1));
    }

    public ReadingSettings smaller() {
        return withFontSize(fontSize - (fontSize > 20 ? 2 : 1));
    }

    public ReadingSettings withFontSize(int size) {
        return new ReadingSettings(size, typeface, lineWidth, theme, paragraphNumbers);
    }

    public ReadingSettings withTypeface(Typeface value) {
        return new ReadingSettings(fontSize, value, lineWidth, theme, paragraphNumbers);
    }

    public ReadingSettings withLineWidth(LineWidth value) {
        return new ReadingSettings(fontSize, typeface, value, theme, paragraphNumbers);
    }

    public ReadingSettings withTheme(Theme value) {
        return new ReadingSettings(fontSize, typeface, lineWidth, value, paragraphNumbers);
    }

    public ReadingSettings withParagraphNumbers(boolean shown) {
        return new ReadingSettings(fontSize, typeface, lineWidth, theme, shown);
    }
}
