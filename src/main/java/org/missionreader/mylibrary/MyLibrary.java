package org.missionreader.mylibrary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.missionreader.files.AtomicReplace;
import org.missionreader.files.ExclusiveLock;
import org.missionreader.files.UserDirectories;
import org.missionreader.library.Document;
import org.missionreader.library.FileKind;
import org.missionreader.library.IdPlaces;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LibraryWriter;
import org.missionreader.library.LoadMonitor;
import org.missionreader.library.LoadResult;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Problem;
import org.missionreader.library.ProblemCode;
import org.missionreader.library.TimelineEvent;

/**
 * The reader's own library, {@code my-library.json} in the data directory (docs/my-library.md): a library
 * file in the documented format, with a marker of its own ({@code "myLibrary": 1}, the version of the
 * user's library beside the format's {@code schemaVersion}). Its documents and events may belong to the
 * missions of the library it is given ({@code known}: the bundled library, as the window or the command line
 * holds it), named by id, or to missions of its own.
 * <p>
 * Every change happens under an exclusive lock on {@code my-library.json.lock}: the file is read as it is now,
 * the change applied, the result written to bytes and those bytes loaded by {@link LibraryLoader} with the
 * known library open; if the loader finds any error, or an id the known library already has, the change is
 * refused ({@link Refused}) and nothing is written. Otherwise the bytes go to a temporary file, flushed to the
 * disk and moved over the file in one step: the file is the old one or the new one, never half of one.
 */
public final class MyLibrary {

    /** A system property naming the user's library FILE (tests, portable installs). */
    public static final String FILE_PROPERTY = "mission.reader.my.library";
    /** The system property naming the data directory, which the file follows when it is not named itself. */
    public static final String DATA_DIRECTORY_PROPERTY = "mission.reader.data.dir";
    public static final String FILE_NAME = "my-library.json";
    /** The top-level field that marks a library file as the user's, and its value: this version of it. */
    public static final String MARKER = "myLibrary";
    public static final int SCHEMA_VERSION = 1;
    /** Larger files are not changed: a user's library of thousands of documents is far below this. */
    static final long MAX_FILE_BYTES = 256L << 20;

    /** A change refused because its result would not load: the loader's problems, and nothing written. */
    public static final class Refused extends Exception {
        private final transient List<Problem> problems;

        public Refused(List<Problem> problems) {
            super(problems.isEmpty() ? "refused" : problems.get(0).format(Locale.ROOT), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path file;
    private final Library known;

    /**
     * The user's library in that file, its links checked against {@code known}: the library it may name the
     * missions and documents of, and whose ids it may not take. The caller gives the one it holds (the window
     * its bundled library, {@code --import} the one it has loaded); this class never loads it itself.
     */
    public MyLibrary(Path file, Library known) {
        this.file = Objects.requireNonNull(file);
        this.known = Objects.requireNonNull(known);
    }

    /** {@value #FILE_PROPERTY} if set, else {@value #FILE_NAME} in the data directory ({@value #DATA_DIRECTORY_PROPERTY} or this system's). */
    public static Path defaultFile() {
        String named = System.getProperty(FILE_PROPERTY);
        if (named != null && !named.isBlank()) return Path.of(named);
        return UserDirectories.of(UserDirectories.Kind.DATA, DATA_DIRECTORY_PROPERTY).resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The library the file's links are checked against, as the caller gave it. */
    private Library known() {
        return known;
    }

    /**
     * Reads the file with the known library open for its links; a missing file is an empty library with no
     * problems. Ids the known library already has are reported as problems. Never throws.
     */
    public LoadResult load() {
        if (!Files.exists(file) && !Files.isSymbolicLink(file)) return new LoadResult(Library.empty(), List.of());
        LoadResult read = new LibraryLoader().load(file, LoadMonitor.NONE, known());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(collisions(read));
        return new LoadResult(read.library(), problems, read.idPlaces(), read.moreProblems());
    }

    /**
     * Adds a document, and with it {@code newMission} (null when the document's mission is one of the user's
     * library or of the known library). A document without an id (null or blank) is given one made of its date
     * and title; an id already taken gets a number ({@code -2}, {@code -3}...). The new document is the last of
     * the returned library's documents.
     */
    public Library add(Document doc, Mission newMission) throws Refused, IOException {
        return change(now -> {
            List<Mission> missions = new ArrayList<>(now.missions());
            if (newMission != null) missions.add(newMission);
            Set<String> taken = new HashSet<>();
            now.documents().forEach(d -> taken.add(d.id()));
            known().documents().forEach(d -> taken.add(d.id()));
            String base = doc.id() == null || doc.id().isBlank() ? idFor(doc.date(), doc.title()) : doc.id();
            String id = unique(base, taken);
            List<Document> documents = new ArrayList<>(now.documents());
            documents.add(withId(doc, id));
            return new Library(missions, documents, now.events());
        });
    }

    /** Replaces the user's document of the same id, where it stands. */
    public Library replace(Document doc) throws Refused, IOException {
        return change(now -> {
            List<Document> documents = new ArrayList<>(now.documents());
            int at = indexOf(documents, doc.id());
            documents.set(at, doc);
            return new Library(now.missions(), documents, now.events());
        });
    }

    /** Removes the user's document of that id, and the links the user's events had to it. */
    public Library remove(String documentId) throws Refused, IOException {
        return change(now -> {
            List<Document> documents = new ArrayList<>(now.documents());
            documents.remove(indexOf(documents, documentId));
            List<TimelineEvent> events = new ArrayList<>();
            for (TimelineEvent e : now.events()) {
                if (!e.documentIds().contains(documentId)) {
                    events.add(e);
                    continue;
                }
                Map<String, Integer> paragraphs = new HashMap<>(e.paragraphs());
                paragraphs.remove(documentId);
                events.add(new TimelineEvent(e.id(), e.missionId(), e.date(), e.end(), e.title(), e.place(),
                        e.documentIds().stream().filter(d -> !d.equals(documentId)).toList(), e.sources(), paragraphs));
            }
            return new Library(now.missions(), documents, events);
        });
    }

    /** Adds a timeline event; one without an id is given one made of its date and title, unique among events. */
    public Library addEvent(TimelineEvent event) throws Refused, IOException {
        return change(now -> {
            Set<String> taken = new HashSet<>();
            now.events().forEach(e -> taken.add(e.id()));
            known().events().forEach(e -> taken.add(e.id()));
            String title = event.title() == null ? null : event.title().fr() != null ? event.title().fr() : event.title().en();
            String base = event.id() == null || event.id().isBlank() ? idFor(event.date(), title) : event.id();
            TimelineEvent e = new TimelineEvent(unique(base, taken), event.missionId(), event.date(), event.end(),
                    event.title(), event.place(), event.documentIds(), event.sources(), event.paragraphs());
            List<TimelineEvent> events = new ArrayList<>(now.events());
            events.add(e);
            return new Library(now.missions(), now.documents(), events);
        });
    }

    // ---- ids

    /** An id made of a date and a title: {@code 2015-03-04-declaration-du-president}; "document" if both are unknown. */
    static String idFor(PartialDate date, String title) {
        String slug = slug(title);
        String d = date == null ? "" : date.toString();
        if (d.isEmpty()) return slug.isEmpty() ? "document" : slug;
        return slug.isEmpty() ? d : d + "-" + slug;
    }

    /** The title's words in lower case without accents, joined by hyphens, at most 60 characters. */
    static String slug(String title) {
        if (title == null) return "";
        String folded = Normalizer.normalize(title.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length() && out.length() < 60; i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '-') out.setLength(out.length() - 1);
        return out.toString();
    }

    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) return base;
        for (int n = 2; ; n++) {
            String id = base + "-" + n;
            if (!taken.contains(id)) return id;
        }
    }

    private static Document withId(Document d, String id) {
        return new Document(id, d.missionId(), d.kind(), d.title(), d.date(), d.speaker(), d.language(), d.paragraphs(),
                d.source(), d.symbol());
    }

    private int indexOf(List<Document> documents, String id) throws Refused {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id().equals(id)) return i;
        }
        throw new Refused(List.of(new Problem(file.toString(), 1, 1, "$.documents", ProblemCode.UNKNOWN_DOCUMENT,
                List.of(String.valueOf(id)))));
    }

    // ---- the change

    private interface Change {
        Library apply(Library now) throws Refused;
    }

    private Library change(Change change) throws Refused, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return locked(() -> {
            Library now = current();
            Library next = change.apply(now);
            byte[] bytes = LibraryWriter.toBytes(next, Map.of(MARKER, SCHEMA_VERSION));
            LoadResult check = new LibraryLoader().load(file.toString(), bytes, known());
            List<Problem> errors = new ArrayList<>(errors(check));
            errors.addAll(collisions(check));
            if (!errors.isEmpty()) throw new Refused(errors);
            write(bytes);
            return check.library();
        });
    }

    /** The file's library as it is now; refused when the file has errors (its items would be lost in a rewrite). */
    private Library current() throws Refused, IOException {
        Path real = AtomicReplace.followLinks(file);
        if (!Files.exists(real)) return Library.empty();
        String kind = FileKind.of(real);
        if (kind != null) throw new IOException(file + ": not a regular file (" + kind + "); the change was not written");
        long size = Files.size(real);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(file + ": " + size + " bytes, more than the user's library can be (" + MAX_FILE_BYTES
                    + "); the change was not written");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(real);
        } catch (NoSuchFileException e) {
            return Library.empty();
        }
        long version = markerVersion(bytes);
        if (version > SCHEMA_VERSION) {
            throw new IOException(file + ": written by a newer Mission Reader (" + MARKER + " " + version
                    + "); it is left as it is and the change was not written");
        }
        LoadResult read = new LibraryLoader().load(file.toString(), bytes, known());
        List<Problem> errors = new ArrayList<>(errors(read));
        errors.addAll(collisions(read));
        if (!errors.isEmpty()) throw new Refused(errors);
        return read.library();
    }

    /** The value of the top-level marker; 0 when there is none or the file is not JSON (the loader says why). */
    static long markerVersion(byte[] bytes) {
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (MARKER.equals(name) && value == JsonToken.VALUE_NUMBER_INT) return p.getLongValue();
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static List<Problem> errors(LoadResult result) {
        List<Problem> errors = new ArrayList<>();
        for (Problem p : result.problems()) {
            if (!p.isWarning()) errors.add(p);
        }
        return errors;
    }

    /** The user's items whose ids the known library already has: they would be left out when both are open. */
    private List<Problem> collisions(LoadResult result) {
        Library k = known();
        List<Problem> problems = new ArrayList<>();
        Library mine = result.library();
        for (Mission m : mine.missions()) {
            if (k.mission(m.id()).isPresent()) problems.add(collision(result, "mission", m.id()));
        }
        for (Document d : mine.documents()) {
            if (k.document(d.id()).isPresent()) problems.add(collision(result, "document", d.id()));
        }
        Set<String> knownEvents = new HashSet<>();
        k.events().forEach(e -> knownEvents.add(e.id()));
        for (TimelineEvent e : mine.events()) {
            if (knownEvents.contains(e.id())) problems.add(collision(result, "event", e.id()));
        }
        return problems;
    }

    private Problem collision(LoadResult result, String kind, String id) {
        IdPlaces.Place at = result.idPlaces().of(kind, id).orElse(new IdPlaces.Place(1, 1));
        return new Problem(file.toString(), at.line(), at.column(), "", ProblemCode.ID_ALREADY_OPEN,
                List.of(id, LibraryLoader.BUNDLED_NAME));
    }

    // ---- the lock and the write

    private <T> T locked(ExclusiveLock.Work<T, Refused> work) throws Refused, IOException {
        return ExclusiveLock.holding(file.resolveSibling(file.getFileName() + ".lock"), () -> {
            removeLeftovers();
            return work.run();
        });
    }

    /** Writes the bytes to a temporary file beside the target, flushed to the disk, then moved over it in one step. */
    private void write(byte[] bytes) throws IOException {
        AtomicReplace.writeDurably(file, bytes, AtomicReplace.followLinks(file).getFileName() + ".", false);
    }

    /** Temporary files a killed writer left (under the lock no write is under way). */
    private void removeLeftovers() {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) return;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, file.getFileName() + ".*.tmp")) {
            for (Path temp : temps) AtomicReplace.discard(temp);
        } catch (IOException | RuntimeException e) {
            // Leftovers only cost room.
        }
    }
}
