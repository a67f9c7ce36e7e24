package org.missionreader.settings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the settings in {@code settings.json} in the user's configuration directory. Writes go to a
 * temporary file first and are moved into place atomically, so a crash never leaves half a file. A file
 * that cannot be read or understood is set aside under a new name (kept, never deleted) and the defaults
 * are used; the caller says so to the user.
 */
public final class SettingsStore {

    /** A system property naming the directory, for tests and portable installs. */
    public static final String DIRECTORY_PROPERTY = "mission.reader.config.dir";
    public static final String FILE_NAME = "settings.json";
    private static final int FORMAT = 1;
    private static final JsonFactory JSON = new JsonFactory();

    /** What loading gave: the settings, and when the file was set aside, where it went and why. */
    public record Loaded(AppSettings settings, Path setAside, String problem) {
        public boolean wasSetAside() {
            return problem != null;
        }
    }

    private final Path directory;

    public SettingsStore(Path directory) {
        this.directory = directory;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** The configuration directory of this system, or the one named by {@value #DIRECTORY_PROPERTY}. */
    public static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return defaultDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    static Path defaultDirectory(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Mission Reader");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Mission Reader");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative value is invalid and to be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("mission-reader");
    }

    /** Reads the settings; a missing file gives the defaults, a bad one is set aside. Never throws. */
    public Loaded load() {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), null, null);
        } catch (IOException | SecurityException e) {
            return setAside(file, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            return new Loaded(parse(bytes), null, null);
        } catch (JsonProcessingException e) {
            // Where, the way compilers say it, and Jackson's own words without its source dump.
            String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
            return setAside(file, where + e.getOriginalMessage());
        } catch (IOException | IllegalArgumentException e) {
            return setAside(file, e.getMessage());
        }
    }

    private Loaded setAside(Path file, String why) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp + "-" + n);
        }
        try {
            Files.move(file, aside);
            return new Loaded(AppSettings.defaults(), aside, why);
        } catch (IOException | SecurityException e) {
            // Not even movable: leave it where it is, untouched, and start with the defaults.
            return new Loaded(AppSettings.defaults(), null, why);
        }
    }

    /** Writes the settings atomically: a temporary file in the same directory, then a move over the old one. */
    public void save(AppSettings settings) throws IOException {
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(settings, out);
            }
            try {
                Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void write(AppSettings s, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            if (s.window() != null) {
                g.writeObjectFieldStart("window");
                g.writeNumberField("x", s.window().x());
                g.writeNumberField("y", s.window().y());
                g.writeNumberField("width", s.window().width());
                g.writeNumberField("height", s.window().height());
                g.writeBooleanField("maximized", s.window().maximized());
                writeDivider(g, "sidebarDivider", s.window().sidebarDivider());
                writeDivider(g, "documentsDivider", s.window().documentsDivider());
                writeDivider(g, "timelineDivider", s.window().timelineDivider());
                g.writeEndObject();
            }
            if (s.language() != null) g.writeStringField("language", s.language());
            if (s.missionId() != null) g.writeStringField("mission", s.missionId());
            if (s.documentId() != null) g.writeStringField("document", s.documentId());
            g.writeNumberField("scroll", s.scroll());
            ReadingSettings r = s.reading();
            g.writeObjectFieldStart("reading");
            g.writeNumberField("fontSize", r.fontSize());
            g.writeStringField("typeface", r.typeface().name().toLowerCase(Locale.ROOT));
            g.writeStringField("lineWidth", r.lineWidth().name().toLowerCase(Locale.ROOT));
            g.writeStringField("theme", r.theme().name().toLowerCase(Locale.ROOT));
            g.writeEndObject();
            g.writeArrayFieldStart("recentFiles");
            for (String f : s.recentFiles()) g.writeString(f);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeDivider(JsonGenerator g, String name, double value) throws IOException {
        if (!Double.isNaN(value)) g.writeNumberField(name, value);
    }

    /** Reads the settings file; unknown fields are skipped, a wrong type or a broken file is an error. */
    static AppSettings parse(byte[] bytes) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            WindowPlace window = null;
            String language = null;
            String mission = null;
            String document = null;
            double scroll = 0;
            ReadingSettings reading = ReadingSettings.defaults();
            List<String> recent = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> {
                        expect(value, JsonToken.VALUE_NUMBER_INT, p);
                        if (p.getIntValue() > FORMAT) throw new IllegalArgumentException("format " + p.getIntValue() + " is newer than this reader");
                    }
                    case "window" -> window = window(p, value);
                    case "language" -> language = text(p, value);
                    case "mission" -> mission = text(p, value);
                    case "document" -> document = text(p, value);
                    case "scroll" -> scroll = number(p, value);
                    case "reading" -> reading = reading(p, value);
                    case "recentFiles" -> {
                        expect(value, JsonToken.START_ARRAY, p);
                        while (p.nextToken() != JsonToken.END_ARRAY) recent.add(text(p, p.currentToken()));
                    }
                    default -> p.skipChildren();
                }
            }
            expect(p.currentToken(), JsonToken.END_OBJECT, p);
            if (p.nextToken() != null) throw new JsonParseProblem("content after the settings object", p);
            return new AppSettings(window, language, mission, document, scroll, reading, recent);
        }
    }

    private static WindowPlace window(JsonParser p, JsonToken token) throws IOException {
        expect(token, JsonToken.START_OBJECT, p);
        double x = 0, y = 0, w = 0, h = 0;
        double sidebar = Double.NaN, documents = Double.NaN, timeline = Double.NaN;
        boolean maximized = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "x" -> x = number(p, value);
                case "y" -> y = number(p, value);
                case "width" -> w = number(p, value);
                case "height" -> h = number(p, value);
                case "sidebarDivider" -> sidebar = number(p, value);
                case "documentsDivider" -> documents = number(p, value);
                case "timelineDivider" -> timeline = number(p, value);
                case "maximized" -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) throw new JsonParseProblem("expected true or false", p);
                    maximized = value == JsonToken.VALUE_TRUE;
                }
                default -> p.skipChildren();
            }
        }
        return new WindowPlace(x, y, w, h, maximized, sidebar, documents, timeline);
    }

    private static ReadingSettings reading(JsonParser p, JsonToken token) throws IOException {
        expect(token, JsonToken.START_OBJECT, p);
        ReadingSettings r = ReadingSettings.defaults();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "fontSize" -> r = r.withFontSize((int) Math.round(number(p, value)));
                case "typeface" -> r = r.withTypeface(choice(ReadingSettings.Typeface.class, text(p, value), p));
                case "lineWidth" -> r = r.withLineWidth(choice(ReadingSettings.LineWidth.class, text(p, value), p));
                case "theme" -> r = r.withTheme(choice(ReadingSettings.Theme.class, text(p, value), p));
                default -> p.skipChildren();
            }
        }
        return r;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, JsonParser p) throws JsonParseProblem {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonParseProblem("unknown value \"" + value + "\"", p);
        }
    }

    private static String text(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) return null;
        expect(token, JsonToken.VALUE_STRING, p);
        return p.getText();
    }

    private static double number(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new JsonParseProblem("expected a number", p);
        }
        return p.getDoubleValue();
    }

    private static void expect(JsonToken token, JsonToken expected, JsonParser p) throws JsonParseProblem {
        if (token != expected) {
            throw new JsonParseProblem("expected " + expected.asString() + " but found " + (token == null ? "the end" : token.asString() == null ? token.name() : token.asString()), p);
        }
    }

    /** A well-formed file of the wrong shape, reported with its position like Jackson's own errors. */
    private static final class JsonParseProblem extends JsonProcessingException {
        JsonParseProblem(String message, JsonParser p) {
            super(message, p.currentLocation());
        }
    }
}
