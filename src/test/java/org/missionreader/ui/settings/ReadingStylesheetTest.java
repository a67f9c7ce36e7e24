package org.missionreader.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.missionreader.settings.ReadingSettings;

class ReadingStylesheetTest {

    @Test
    void theBodySizeScalesEveryReadingText() {
        String css = ReadingStylesheet.css(ReadingSettings.defaults().withFontSize(21));
        assertTrue(css.contains(".reading-column .doc-paragraph .body { -fx-font-size: 21px; }"), css);
        String doubled = ReadingStylesheet.css(ReadingSettings.defaults().withFontSize(26));
        // 26 / 17 of the title's 26 px.
        assertTrue(doubled.contains(".reading-column .doc-title .title { -fx-font-size: 40px; }"), doubled);
    }

    @Test
    void typefaceAndWidthAreSet() {
        String sans = ReadingStylesheet.css(ReadingSettings.defaults().withTypeface(ReadingSettings.Typeface.SANS));
        assertTrue(sans.contains(".reading-column .doc-paragraph .body { -fx-font-family: \"System\"; }"), sans);
        String serif = ReadingStylesheet.css(ReadingSettings.defaults());
        assertTrue(serif.contains("\"Charis SIL\", serif"));
        // 70 characters at 17 px, half an em each, plus the column's padding.
        assertTrue(serif.contains("-fx-max-width: 659px"), serif);
        String wide = ReadingStylesheet.css(ReadingSettings.defaults().withLineWidth(ReadingSettings.LineWidth.WIDE));
        assertTrue(wide.contains("-fx-max-width: 829px"), wide);
    }

    @Test
    void theUriCarriesTheCss() {
        String uri = ReadingStylesheet.uri(ReadingSettings.defaults());
        assertTrue(uri.startsWith("data:text/css;base64,"));
        String decoded = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertEquals(ReadingStylesheet.css(ReadingSettings.defaults()), decoded);
    }
}
