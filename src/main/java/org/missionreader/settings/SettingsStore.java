package org.missionreader.settings;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionreader.files.AtomicReplace;
import org.missionreader.files.UserDirectories;

/**
 * Keeps the settings in {@code settings.json} in the user's configuration directory. Writes go to a
 * temporary file first and are moved into place atomically, so a crash never leaves half a file. Each field
 * is read on its own ({@link SettingsReader}); a file of which nothing can be used is set aside under a new
 * name (kept, never deleted) and the defaults are used; the caller says so to the user.
 */
public final class SettingsStore {

    /** A system property naming the directory, for tests and portable installs. */
    public static final String DIRECTORY_PROPERTY = "mission.reader.config.dir";
    public static final String FILE_NAME = "settings.json";
    private static final int FORMAT = SettingsReader.FORMAT;
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * Why a file was set aside, for the message the reader is shown in their language ({@code problem} keeps
     * the technical detail): {@code where} is its line:column when there is one.
     */
    public enum Why { NOT_A_FILE, TOO_LARGE, UNREADABLE, NOT_JSON, NOT_SETTINGS, NEWER, NOTHING_USABLE }

    /** Larger settings files are not read: the app writes about a kilobyte. */
    static final long MAX_FILE_BYTES = 16L << 20;

    /**
     * What loading gave: the settings; when the file was set aside, where it went (null: it could not be
     * moved) and why; and the fields of a file that was used whose values were not, each back at its default.
     */
    public record Loaded(AppSettings settings, Path setAside, String problem, List<String> unusable, Why why, String where) {
        public Loaded(AppSettings settings, Path setAside, String problem) {
            this(settings, setAside, problem, List.of(), problem == null ? null : Why.UNREADABLE, "");
        }

        public Loaded(AppSettings settings, Path setAside, String problem, List<String> unusable) {
            this(settings, setAside, problem, unusable, problem == null ? null : Why.UNREADABLE, "");
        }

        public Loaded {
            unusable = unusable == null ? List.of() : List.copyOf(unusable);
            where = where == null ? "" : where;
        }

        public boolean wasSetAside() {
            return problem != null;
        }

        /** Whether some fields of a file otherwise used fell back to their defaults. */
        public boolean partlyUsed() {
            return problem == null && !unusable.isEmpty();
        }
    }

    /**
     * The settings could not be saved: where (the folder that refused), and why in the system's words
     * ({@link #reason}: what the reader can do about it).
     */
    public static final class SaveException extends IOException {
        /** What stopped the save. */
        public enum Reason { NOT_WRITABLE, DISK_FULL, OTHER }

        private final Reason reason;
        private final Path folder;
        private final String detail;

        SaveException(Reason reason, Path folder, String detail, Throwable cause) {
            super(reason + ": " + folder + ": " + detail, cause);
            this.reason = reason;
            this.folder = folder;
            this.detail = detail;
        }

        public Reason reason() {
            return reason;
        }

        public Path folder() {
            return folder;
        }

        public String detail() {
            return detail;
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
        return UserDirectories.of(UserDirectories.Kind.CONFIG, DIRECTORY_PROPERTY);
    }

    static Path defaultDirectory(String osName, Map<String, String> env, String home) {
        return UserDirectories.of(UserDirectories.Kind.CONFIG, osName, env, home);
    }

    /**
     * Reads the settings; a missing file gives the defaults. A field that cannot be used falls back to its
     * default alone (named in {@link Loaded#unusable}); only a file of which nothing can be used is set aside.
     * Never throws.
     */
    public Loaded load() {
        Path file = file();
        byte[] bytes;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A folder, a FIFO or a device where the file should be: reading it could block or never end.
                return setAside(file, Why.NOT_A_FILE, "", "not a regular file", List.of());
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return setAside(file, Why.TOO_LARGE, "", "the file is " + size + " bytes, more than a settings file can be", List.of());
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), null, null);
        } catch (IOException | SecurityException e) {
            return setAside(file, Why.UNREADABLE, "", e.getClass().getSimpleName() + ": " + e.getMessage(), List.of());
        }
        try {
            SettingsReader.Result read = SettingsReader.read(bytes);
            if (read.used() == 0 && !read.unusable().isEmpty()) {
                return setAside(file, Why.NOTHING_USABLE, "", "no value could be used: " + String.join(", ", read.unusable()), read.unusable());
            }
            return new Loaded(read.settings(), null, null, read.unusable());
        } catch (JsonProcessingException e) {
            // Where, the way compilers say it, and Jackson's own words without its source dump.
            String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            Why why = e instanceof SettingsReader.NotSettings not ? not.why() : Why.NOT_JSON;
            return setAside(file, why, where, (where.isEmpty() ? "" : where + ": ") + e.getOriginalMessage(), List.of());
        } catch (IOException | RuntimeException e) {
            return setAside(file, Why.UNREADABLE, "", String.valueOf(e.getMessage()), List.of());
        }
    }

    private Loaded setAside(Path file, Why reason, String where, String why, List<String> unusable) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp + "-" + n);
        }
        try {
            Files.move(file, aside);
            return new Loaded(AppSettings.defaults(), aside, why, unusable, reason, where);
        } catch (IOException | SecurityException e) {
            // Not even movable: leave it where it is, untouched, and start with the defaults.
            return new Loaded(AppSettings.defaults(), null, why, unusable, reason, where);
        }
    }

    /**
     * Writes the settings atomically: a temporary file in the same folder as the file, then a move over it.
     * A symbolic link at the file's place is written through: its target is replaced, in the target's
     * folder, and the link stays. An existing file keeps its permissions.
     */
    public void save(AppSettings settings) throws IOException {
        Path target = target(file());
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, FILE_NAME, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(settings, out);
            }
            keepPermissions(target, temp);
            AtomicReplace.moveIntoPlace(temp, target);
            temp = null;
        } catch (IOException | SecurityException e) {
            throw saveFailureFor(folder, e);
        } finally {
            AtomicReplace.discard(temp);
        }
    }

    /** The file a save replaces: the file, or the end of the chain of links at its place (the target may not exist yet). */
    static Path target(Path file) throws IOException {
        try {
            return AtomicReplace.followLinks(file);
        } catch (FileSystemException e) {
            throw new SaveException(SaveException.Reason.OTHER, file.getParent(), e.getReason(), null);
        }
    }

    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.isRegularFile(target)) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(temp, mode);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not a POSIX file system: the temporary file keeps the folder's defaults.
        }
    }

    static SaveException saveFailureFor(Path folder, Exception e) {
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        String lower = (detail + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        SaveException.Reason reason;
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            reason = SaveException.Reason.DISK_FULL;
        } else if (e instanceof AccessDeniedException || e instanceof SecurityException || lower.contains("read-only file system")
                || lower.contains("permission denied") || lower.contains("operation not permitted")) {
            reason = SaveException.Reason.NOT_WRITABLE;
            if (lower.contains("read-only file system")) detail = "read-only file system";
        } else {
            reason = SaveException.Reason.OTHER;
        }
        return new SaveException(reason, folder, detail, e);
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
            g.writeBooleanField("paragraphNumbers", r.paragraphNumbers());
            g.writeEndObject();
            g.writeArrayFieldStart("recentFiles");
            for (String f : s.recentFiles()) g.writeString(f);
            g.writeEndArray();
            g.writeBooleanField("focusMode", s.focusMode());
            g.writeEndObject();
        }
    }

    private static void writeDivider(JsonGenerator g, String name, double value) throws IOException {
        if (!Double.isNaN(value)) g.writeNumberField(name, value);
    }

}
