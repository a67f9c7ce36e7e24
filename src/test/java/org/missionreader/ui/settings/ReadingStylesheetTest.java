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
        // 70 characters at 17 px, half an em each, plus the column's padding (the left one holds the numbers).
        assertTrue(serif.contains("-fx-max-width: 679px"), serif);
        String wide = ReadingStylesheet.css(ReadingSettings.defaults().withLineWidth(ReadingSettings.LineWidth.WIDE));
        assertTrue(wide.contains("-fx-max-width: 849px"), wide);
    }

    @Test
    void hidingTheParagraphNumbersNarrowsTheMarginNotTheLines() {
        String shown = ReadingStylesheet.css(ReadingSettings.defaults());
        assertTrue(shown.contains("-fx-max-width: 679px; -fx-pref-width: 679px; -fx-padding: 20 32 40 52px;"), shown);
        assertTrue(shown.contains(".reading-column .paragraph-number { -fx-font-size: 12px; visibility: visible; }"), shown);
        String hidden = ReadingStylesheet.css(ReadingSettings.defaults().withParagraphNumbers(false));
        // 20 px less column for 20 px less margin: the same 595 px of text per line.
        assertTrue(hidden.contains("-fx-max-width: 659px; -fx-pref-width: 659px; -fx-padding: 20 32 40 32px;"), hidden);
        assertTrue(hidden.contains("visibility: hidden;"), hidden);
    }

    /** The sizes the reader had when app.css also set them, before ReadingStylesheet became their only home. */
    @Test
    void theDefaultsGiveTheSizesTheReaderHadBefore() {
        String css = ReadingStylesheet.css(ReadingSettings.defaults());
        java.util.Map<String, Integer> before = new java.util.LinkedHashMap<>();
        before.put(".doc-title .title", 26);
        before.put(".doc-subtitle .subtitle", 17);
        before.put(".doc-speaker .speaker-name", 16);
        before.put(".doc-speaker .speaker-role", 15);
        before.put(".doc-date .date", 13);
        before.put(".doc-paragraph .body", 17);
        before.put(".doc-fact .fact", 16);
        before.put(".doc-fact .fact-label, .reading-column .doc-source .fact-label", 13);
        before.put(".doc-source .fact", 12);
        before.forEach((selector, px) -> assertTrue(
                css.contains(".reading-column " + selector + " { -fx-font-size: " + px + "px; }"), selector + "\n" + css));
    }

    @Test
    void appCssSetsNoSizeOrTypefaceOfTheReadingTexts() throws java.io.IOException {
        String app;
        try (var in = ReadingStylesheet.class.getResourceAsStream("/org/missionreader/ui/app.css")) {
            app = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(app);
        String[] texts = {".title", ".subtitle", ".speaker-name", ".speaker-role", ".date", ".body", ".fact", ".fact-label"};
        int seen = 0;
        while (rule.find()) {
            String selector = rule.group(1).trim();
            String body = rule.group(2);
            for (String text : texts) {
                if (java.util.regex.Pattern.compile("\\.doc-[a-z]+ \\" + text + "(?![-a-z])").matcher(selector).find()) {
                    seen++;
                    assertTrue(!body.contains("-fx-font-size") && !body.contains("-fx-font-family"), selector + " {" + body + "}");
                }
            }
            if (selector.equals(".reading-column")) assertTrue(!body.contains("width"), selector + " {" + body + "}");
        }
        assertTrue(seen >= 9, "app.css still styles the reading texts' colours: " + seen);
    }

    @Test
    void theUriCarriesTheCss() {
        String uri = ReadingStylesheet.uri(ReadingSettings.defaults());
        assertTrue(uri.startsWith("data:text/css;base64,"));
        String decoded = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertEquals(ReadingStylesheet.css(ReadingSettings.defaults()), decoded);
    }
}
