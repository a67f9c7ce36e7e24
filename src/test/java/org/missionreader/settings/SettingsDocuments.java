package org.missionreader.settings;

import java.util.List;
import java.util.Random;

/**
 * Generates settings documents from a seed: the known fields with good values, bad ones (null, wrong
 * types, out of range, unknown names, enormous numbers), unknown fields, nesting, and now and then a
 * document that is not JSON at all.
 */
final class SettingsDocuments {

    private static final List<String> FIELDS = List.of("format", "window", "language", "mission", "document",
            "scroll", "reading", "recentFiles");
    private static final List<String> WINDOW = List.of("x", "y", "width", "height", "maximized",
            "sidebarDivider", "documentsDivider", "timelineDivider");
    private static final List<String> READING = List.of("fontSize", "typeface", "lineWidth", "theme");

    private final Random random;

    SettingsDocuments(Random random) {
        this.random = random;
    }

    String document() {
        StringBuilder out = new StringBuilder("{");
        int fields = random.nextInt(10);
        for (int i = 0; i < fields; i++) {
            if (i > 0) out.append(',');
            String name = random.nextInt(6) == 0 ? anyName() : pick(FIELDS);
            out.append(string(name)).append(':').append(valueFor(name));
        }
        out.append('}');
        String json = out.toString();
        return switch (random.nextInt(20)) {
            case 0 -> json.substring(0, random.nextInt(json.length() + 1)); // cut short
            case 1 -> "[" + json + "]";
            case 2 -> json + " " + json;
            default -> json;
        };
    }

    private String valueFor(String name) {
        if (random.nextInt(4) == 0) return anyValue(3);
        return switch (name) {
            case "format" -> pick(List.of("1", "0", "2", "99999999999999999999", "1.5", "-1"));
            case "window" -> object(WINDOW, this::windowValue);
            case "language" -> string(pick(List.of("en", "fr", "fr-CA", "", "zz-ZZZZZZZZZ", "en\u0000", "english language")));
            case "mission", "document" -> string(pick(List.of("minusma", "minusma-press-2015", "a b", "", "é", "x".repeat(300))));
            case "scroll", "fontSize" -> number();
            case "reading" -> object(READING, this::readingValue);
            case "recentFiles" -> array();
            default -> anyValue(3);
        };
    }

    private String windowValue(String field) {
        if (field.equals("maximized")) return pick(List.of("true", "false", "null", "1", "\"yes\""));
        return number();
    }

    private String readingValue(String field) {
        return switch (field) {
            case "fontSize" -> number();
            case "typeface" -> string(pick(List.of("serif", "sans", "SANS", "mono", "")));
            case "lineWidth" -> string(pick(List.of("narrow", "medium", "wide", "Wide", "huge")));
            default -> string(pick(List.of("light", "dark", "contrast", "purple", "ＤＡＲＫ")));
        };
    }

    private String object(List<String> names, java.util.function.Function<String, String> value) {
        StringBuilder out = new StringBuilder("{");
        int n = random.nextInt(names.size() + 2);
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(',');
            String name = random.nextInt(8) == 0 ? anyName() : pick(names);
            out.append(string(name)).append(':').append(random.nextInt(6) == 0 ? anyValue(2) : value.apply(name));
        }
        return out.append('}').toString();
    }

    private String array() {
        StringBuilder out = new StringBuilder("[");
        int n = random.nextInt(14);
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(',');
            out.append(random.nextInt(3) == 0 ? anyValue(1) : string("/home/r/lib" + random.nextInt(12) + ".json"));
        }
        return out.append(']').toString();
    }

    private String number() {
        return pick(List.of("0", "1", "0.5", "-3", "17", "20", "1e400", "-1e400", "1e-400", "12.7", "31.6", "32.6",
                "1366", "768", "-100000", "100001", "20000", "2.5e4", "1E2", "-0", "9007199254740993",
                String.valueOf(random.nextInt(40000) - 10000), String.valueOf(random.nextDouble())));
    }

    private String anyValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> number();
            case 3 -> string(anyName());
            case 4 -> "\"\"";
            case 5 -> "{}";
            case 6 -> "[" + anyValue(depth - 1) + "," + anyValue(depth - 1) + "]";
            default -> "{" + string(anyName()) + ":" + anyValue(depth - 1) + "}";
        };
    }

    private String anyName() {
        return pick(List.of("", "x", "theme", "reading", "\u202Eevil", "null", "\uD83D\uDE00", "a\\\"b", "recentFiles "));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' && (out.length() == 1 || out.charAt(out.length() - 1) != '\\')) out.append("\\\"");
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
