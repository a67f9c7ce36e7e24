package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A theme is the palette's values and nothing else: one {@code .root} rule whose declarations are looked-up
 * colours that app.css names on its own {@code .root} (the palette), or Modena's own colour tokens, each given
 * a colour or another token. No selector into the window's or the timeline's parts, no other property.
 */
class ThemeFilesTest {

    /** Modena's looked-up colours (its .root block's colour names), which theme its controls, dialogs and menus. */
    private static final Set<String> MODENA_TOKENS = Set.of(
            "-fx-accent", "-fx-background", "-fx-base", "-fx-body-color", "-fx-body-color-bottomup",
            "-fx-body-color-to-right", "-fx-box-border", "-fx-cell-focus-inner-border", "-fx-cell-hover-color",
            "-fx-color", "-fx-control-inner-background", "-fx-control-inner-background-alt", "-fx-dark-text-color",
            "-fx-default-button", "-fx-faint-focus-color", "-fx-focus-color", "-fx-focused-mark-color",
            "-fx-focused-text-base-color", "-fx-hover-base", "-fx-inner-border", "-fx-inner-border-bottomup",
            "-fx-inner-border-horizontal", "-fx-light-text-color", "-fx-mark-color", "-fx-mark-highlight-color",
            "-fx-mid-text-color", "-fx-outer-border", "-fx-page-bullet-border", "-fx-page-indicator-hover-border",
            "-fx-pressed-base", "-fx-selection-bar", "-fx-selection-bar-non-focused", "-fx-selection-bar-text",
            "-fx-shadow-highlight-color", "-fx-table-cell-border-color", "-fx-text-background-color",
            "-fx-text-base-color", "-fx-text-box-border", "-fx-text-inner-color");

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("\\s*(-[a-z][a-z0-9-]*)\\s*:\\s*([^;]+?)\\s*");

    @ParameterizedTest
    @ValueSource(strings = {"theme-dark.css", "theme-contrast.css"})
    void aThemeOnlyGivesThePaletteOtherValues(String file) throws IOException {
        Map<String, String> palette = rootDeclarations("app.css");
        Map<String, String> theme = rootDeclarations(file);
        assertTrue(theme.size() > 20, file + " sets the palette: " + theme.keySet());
        for (Map.Entry<String, String> d : theme.entrySet()) {
            String name = d.getKey();
            boolean token = palette.containsKey(name) && (name.startsWith("-mr-") || name.startsWith("-tl-"))
                    || MODENA_TOKENS.contains(name);
            assertTrue(token, file + ": " + name + " is neither one of app.css's palette nor a Modena colour token");
            assertTrue(isColour(d.getValue()) || palette.containsKey(d.getValue()) || MODENA_TOKENS.contains(d.getValue()),
                    file + ": " + name + ": " + d.getValue() + " is not a colour");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.css", "timeline/timeline.css", "printing/print.css"})
    void theStylesheetsNameNoColourOutsideThePalette(String file) throws IOException {
        List<String> literals = new ArrayList<>();
        Matcher rule = RULE.matcher(uncommented(file));
        while (rule.find()) {
            String selector = rule.group(1).trim();
            if (selector.equals(".root") && file.equals("app.css")) continue; // the palette itself
            for (String declaration : rule.group(2).split(";")) {
                Matcher colour = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsba?\\(|\\b(white|black)\\b").matcher(declaration);
                if (colour.find()) literals.add(selector + " {" + declaration.trim() + "}");
            }
        }
        assertEquals(List.of(), literals, file + " writes colours its rules should take from the palette");
    }

    /** The .root rule's declarations; fails if the file holds any other rule. */
    private static Map<String, String> rootDeclarations(String file) throws IOException {
        String css = uncommented(file);
        Map<String, String> declarations = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(css);
        int end = 0;
        int rules = 0;
        while (rule.find()) {
            if (!css.substring(end, rule.start()).isBlank()) fail(file + ": stray text before " + rule.group(1).trim());
            end = rule.end();
            rules++;
            String selector = rule.group(1).trim();
            if (!selector.equals(".root")) {
                if (file.startsWith("theme-")) fail(file + ": a rule other than .root: " + selector);
                continue;
            }
            for (String declaration : rule.group(2).split(";")) {
                if (declaration.isBlank()) continue;
                Matcher d = DECLARATION.matcher(declaration);
                if (!d.matches()) fail(file + ": not a declaration: " + declaration.trim());
                declarations.put(d.group(1), d.group(2));
            }
        }
        if (!css.substring(end).isBlank()) fail(file + ": stray text after the last rule");
        if (file.startsWith("theme-")) assertEquals(1, rules, file + " is one .root rule");
        return declarations;
    }

    private static boolean isColour(String value) {
        if (value.equals("transparent")) return true;
        try {
            Color.web(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String uncommented(String file) throws IOException {
        try (InputStream in = ThemeFilesTest.class.getResourceAsStream("/org/missionreader/ui/" + file)) {
            if (in == null) throw new IOException("no " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }
}
