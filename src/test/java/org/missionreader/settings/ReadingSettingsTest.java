package org.missionreader.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadingSettingsTest {

    @Test
    void sizesStepAndStayWithinBounds() {
        ReadingSettings s = ReadingSettings.defaults();
        assertEquals(17, s.fontSize());
        assertEquals(18, s.larger().fontSize());
        assertEquals(16, s.smaller().fontSize());
        assertEquals(22, s.withFontSize(20).larger().fontSize());
        assertEquals(20, s.withFontSize(22).smaller().fontSize());
        assertEquals(ReadingSettings.MAX_SIZE, s.withFontSize(99).fontSize());
        assertEquals(ReadingSettings.MAX_SIZE, s.withFontSize(ReadingSettings.MAX_SIZE).larger().fontSize());
        assertEquals(ReadingSettings.MIN_SIZE, s.withFontSize(1).smaller().fontSize());
    }

    @Test
    void missingChoicesFallBackToTheDefaults() {
        ReadingSettings s = new ReadingSettings(17, null, null, null);
        assertEquals(ReadingSettings.defaults(), s);
        assertEquals(ReadingSettings.Theme.DARK, s.withTheme(ReadingSettings.Theme.DARK).theme());
        assertEquals(ReadingSettings.Typeface.SANS, s.withTypeface(ReadingSettings.Typeface.SANS).typeface());
        assertEquals(55, s.withLineWidth(ReadingSettings.LineWidth.NARROW).lineWidth().characters());
    }
}
