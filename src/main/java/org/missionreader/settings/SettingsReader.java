package org.missionreader.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a settings file field by field, defensively: a field that is null, of the wrong type, out of range
 * or of an unknown value falls back to its default alone, and is named among the fields not used. Only a
 * file that is not JSON, or whose root is not an object, or that was written by a newer reader, is an
 * error. Streams the file, so a huge array costs no memory.
 */
final class SettingsReader {

    static final int FORMAT = 1;
    /** A window larger than this, in either direction, was not a real window (a 1e400 read as infinity). */
    static final double MAX_WINDOW_SIDE = 20_000;
    /** Coordinates further from the origin than this are no screen's. */
    static final double MAX_COORDINATE = 100_000;
    /** Longer paths than this are not paths a file chooser gives. */
    static final int MAX_PATH_LENGTH = 4096;
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8}){0,4}");
    /** The library's id alphabet (library ids are letters, digits, ".", "_" and "-"). */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._-]{1,200}");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(1 << 20).maxNumberLength(400).build())
            .build();

    /** What a file gave: the settings, how many known fields were used, and the known fields that were not. */
    record Result(AppSettings settings, int used, List<String> unusable) {
    }

    /** A file that is not a settings file at all; the message says where and why. */
    static final class NotSettings extends JsonProcessingException {
        private final SettingsStore.Why why;

        NotSettings(String message, JsonParser p) {
            this(SettingsStore.Why.NOT_SETTINGS, message, p);
        }

        NotSettings(SettingsStore.Why why, String message, JsonParser p) {
            super(message, p == null ? null : p.currentLocation());
            this.why = why;
        }

        SettingsStore.Why why() {
            return why;
        }
    }

    private final Set<String> unusable = new LinkedHashSet<>();
    private int used;

    private SettingsReader() {
    }

    /** Reads the settings; throws only when nothing in the bytes can be a settings file. */
    static Result read(byte[] bytes) throws IOException {
        return new SettingsReader().readAll(bytes);
    }

    private Result readAll(byte[] bytes) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // An empty file (a crash before the first byte was written, on a system without atomic moves) is no JSON.
                throw new NotSettings(first == null ? SettingsStore.Why.NOT_JSON : SettingsStore.Why.NOT_SETTINGS,
                        "expected a JSON object but found " + describe(first), p);
            }
            WindowPlace window = null;
            String language = null;
            String mission = null;
            String document = null;
            double scroll = 0;
            ReadingSettings reading = ReadingSettings.defaults();
            List<String> recent = List.of();
            boolean focusMode = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> {
                        if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                                && p.getIntValue() > FORMAT) {
                            throw new NotSettings(SettingsStore.Why.NEWER, "format " + p.getIntValue() + " is newer than this reader", p);
                        }
                        p.skipChildren();
                    }
                    case "window" -> window = window(p, value);
                    case "language" -> language = matching(p, value, "language", LANGUAGE, 35);
                    case "mission" -> mission = matching(p, value, "mission", ID, 200);
                    case "document" -> document = matching(p, value, "document", ID, 200);
                    case "scroll" -> scroll = number(p, value, "scroll", 0, 1, 0);
                    case "reading" -> reading = reading(p, value);
                    case "recentFiles" -> recent = recentFiles(p, value);
                    case "focusMode" -> focusMode = flag(p, value, "focusMode", false);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new NotSettings("expected a key or } but found " + describe(p.currentToken()), p);
            }
            if (p.nextToken() != null) {
                throw new NotSettings("content after the settings object", p);
            }
            AppSettings settings = new AppSettings(window, language, mission, document, scroll, reading, recent, focusMode);
            return new Result(settings, used, List.copyOf(unusable));
        }
    }

    private WindowPlace window(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            return notUsed(p, "window", null);
        }
        double x = Double.NaN, y = Double.NaN, w = Double.NaN, h = Double.NaN;
        double sidebar = Double.NaN, documents = Double.NaN, timeline = Double.NaN;
        boolean maximized = false;
        boolean bad = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "x" -> x = rawNumber(p, value);
                case "y" -> y = rawNumber(p, value);
                case "width" -> w = rawNumber(p, value);
                case "height" -> h = rawNumber(p, value);
                case "sidebarDivider" -> sidebar = number(p, value, "window.sidebarDivider", 0, 1, Double.NaN);
                case "documentsDivider" -> documents = number(p, value, "window.documentsDivider", 0, 1, Double.NaN);
                case "timelineDivider" -> timeline = number(p, value, "window.timelineDivider", 0, 1, Double.NaN);
                case "maximized" -> {
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        maximized = value == JsonToken.VALUE_TRUE;
                    } else {
                        bad = true;
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        // The place is one thing: a window whose size or corner is unusable opens where the system puts it.
        boolean placeOk = within(x, -MAX_COORDINATE, MAX_COORDINATE) && within(y, -MAX_COORDINATE, MAX_COORDINATE)
                && within(w, 1, MAX_WINDOW_SIDE) && within(h, 1, MAX_WINDOW_SIDE);
        if (!placeOk || bad) {
            unusable.add("window");
            return null;
        }
        used++;
        return new WindowPlace(x, y, w, h, maximized, sidebar, documents, timeline);
    }

    private ReadingSettings reading(JsonParser p, JsonToken token) throws IOException {
        ReadingSettings r = ReadingSettings.defaults();
        if (token != JsonToken.START_OBJECT) {
            return notUsed(p, "reading", r);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "fontSize" -> {
                    double size = number(p, value, "reading.fontSize", ReadingSettings.MIN_SIZE, ReadingSettings.MAX_SIZE,
                            ReadingSettings.DEFAULT_SIZE);
                    r = r.withFontSize((int) Math.round(size));
                }
                case "typeface" -> r = r.withTypeface(choice(p, value, "reading.typeface", ReadingSettings.Typeface.class, r.typeface()));
                case "lineWidth" -> r = r.withLineWidth(choice(p, value, "reading.lineWidth", ReadingSettings.LineWidth.class, r.lineWidth()));
                case "theme" -> r = r.withTheme(choice(p, value, "reading.theme", ReadingSettings.Theme.class, r.theme()));
                // Absent from files written before the setting: the numbers are shown.
                case "paragraphNumbers" -> {
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        r = r.withParagraphNumbers(value == JsonToken.VALUE_TRUE);
                        used++;
                    } else {
                        r = notUsed(p, "reading.paragraphNumbers", r);
                    }
                }
                default -> p.skipChildren();
            }
        }
        return r;
    }

    /** The first {@link AppSettings#MAX_RECENT} distinct usable paths; the rest of the array is skipped unread. */
    private List<String> recentFiles(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return notUsed(p, "recentFiles", List.of());
        }
        Set<String> files = new LinkedHashSet<>();
        boolean skipped = false;
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
            if (item == JsonToken.VALUE_STRING && files.size() < AppSettings.MAX_RECENT && usablePath(p.getText())) {
                files.add(p.getText());
            } else if (files.size() < AppSettings.MAX_RECENT) {
                skipped = true;
                p.skipChildren();
            } else {
                p.skipChildren();
            }
        }
        if (skipped) unusable.add("recentFiles");
        if (!files.isEmpty() || !skipped) used++;
        return new ArrayList<>(files);
    }

    private static boolean usablePath(String path) {
        return !path.isBlank() && path.length() <= MAX_PATH_LENGTH && path.indexOf('\0') < 0;
    }

    /** A true or false; anything else is not used. */
    private boolean flag(JsonParser p, JsonToken token, String field, boolean fallback) throws IOException {
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            used++;
            return token == JsonToken.VALUE_TRUE;
        }
        return notUsed(p, field, fallback);
    }

    private String matching(JsonParser p, JsonToken token, String field, Pattern pattern, int maxLength) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            used++;
            return null;
        }
        if (token == JsonToken.VALUE_STRING && p.getTextLength() <= maxLength && pattern.matcher(p.getText()).matches()) {
            used++;
            return p.getText();
        }
        return notUsed(p, field, null);
    }

    private double number(JsonParser p, JsonToken token, String field, double min, double max, double fallback) throws IOException {
        double value = rawNumber(p, token);
        if (within(value, min, max)) {
            used++;
            return value;
        }
        unusable.add(field);
        return fallback;
    }

    /** The number, or NaN for anything else (skipped); 1e400 is infinite, and so out of every range. */
    private static double rawNumber(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        p.skipChildren();
        return Double.NaN;
    }

    private <E extends Enum<E>> E choice(JsonParser p, JsonToken token, String field, Class<E> type, E fallback) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(p.getText().toUpperCase(Locale.ROOT))) {
                    used++;
                    return constant;
                }
            }
        }
        return notUsed(p, field, fallback);
    }

    private <T> T notUsed(JsonParser p, String field, T fallback) throws IOException {
        p.skipChildren();
        unusable.add(field);
        return fallback;
    }

    private static boolean within(double value, double min, double max) {
        return value >= min && value <= max; // false for NaN
    }

    private static String describe(JsonToken token) {
        if (token == null) return "the end";
        return token.asString() != null ? token.asString() : token.name().toLowerCase(Locale.ROOT).replace("value_", "a ");
    }
}
