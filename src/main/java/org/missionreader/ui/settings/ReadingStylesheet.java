package org.missionreader.ui.settings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.missionreader.settings.ReadingSettings;

/**
 * The reading settings as a stylesheet laid over app.css: every text of the reading column scaled from
 * the body size, the typeface, and the column's width. Given to the scene as a data: URI. It is the only
 * place these sizes and the reading typeface are set (app.css gives the reading texts weight, style and
 * colour only), and the reading controls always install it.
 */
public final class ReadingStylesheet {

    /** The reading texts and their sizes at the default body size of 17 px. */
    private static final Map<String, Integer> SIZES = new LinkedHashMap<>();
    /** The texts set in the reading typeface (the others are interface labels in the system font). */
    private static final String[] READING_TEXTS = {
        ".doc-title .title", ".doc-subtitle .subtitle", ".doc-speaker .speaker-name", ".doc-speaker .speaker-role",
        ".doc-paragraph .body", ".doc-fact .fact"};

    static {
        SIZES.put(".doc-title .title", 26);
        SIZES.put(".doc-subtitle .subtitle", 17);
        SIZES.put(".doc-speaker .speaker-name", 16);
        SIZES.put(".doc-speaker .speaker-role", 15);
        SIZES.put(".doc-date .date", 13);
        SIZES.put(".doc-paragraph .body", 17);
        SIZES.put(".doc-fact .fact", 16);
        SIZES.put(".doc-fact .fact-label, .reading-column .doc-source .fact-label", 13);
        SIZES.put(".doc-source .fact", 12);
    }

    /** The column's left padding when paragraphs show their numbers, in pixels. */
    public static final int NUMBER_MARGIN = 52;

    private ReadingStylesheet() {
    }

    /** The CSS text for the settings. */
    public static String css(ReadingSettings settings) {
        double scale = settings.fontSize() / (double) ReadingSettings.DEFAULT_SIZE;
        StringBuilder css = new StringBuilder("/* reading settings */\n");
        for (Map.Entry<String, Integer> e : SIZES.entrySet()) {
            css.append(".reading-column ").append(e.getKey()).append(" { -fx-font-size: ")
                    .append(Math.round(e.getValue() * scale)).append("px; }\n");
        }
        String family = settings.typeface() == ReadingSettings.Typeface.SERIF ? "\"Charis SIL\", serif" : "\"System\"";
        for (String selector : READING_TEXTS) {
            css.append(".reading-column ").append(selector).append(" { -fx-font-family: ").append(family).append("; }\n");
        }
        // About half an em per character; the padding of the column (32 px each side) comes on top. The
        // paragraph numbers sit in a left margin widened to hold "§ 99": the line length stays the same.
        int margin = settings.paragraphNumbers() ? NUMBER_MARGIN : 32;
        long width = Math.round(settings.lineWidth().characters() * settings.fontSize() * 0.5) + 32 + margin;
        css.append(String.format(Locale.ROOT, ".reading-column { -fx-max-width: %dpx; -fx-pref-width: %dpx; "
                + "-fx-padding: 20 32 40 %dpx; }%n", width, width, margin));
        css.append(".reading-column .paragraph-number { -fx-font-size: ")
                .append(Math.max(11, Math.round(12 * scale))).append("px; visibility: ")
                .append(settings.paragraphNumbers() ? "visible" : "hidden").append("; }\n");
        return css.toString();
    }

    /** The stylesheet as a URI a scene can load. */
    public static String uri(ReadingSettings settings) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(settings).getBytes(StandardCharsets.UTF_8));
    }
}
