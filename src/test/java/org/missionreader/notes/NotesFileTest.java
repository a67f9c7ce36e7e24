package org.missionreader.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesFileTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-03-04T10:15:30Z");

    private static Note note(String id, int paragraph, String text) {
        return new Note(id, new Anchor("minusma-press-elements-2015-03-04", paragraph, 4, 12, "Conseil"), NoteColour.GREEN,
                text, T, T.plusSeconds(60));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void writeFile(String content) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(NotesFile.FILE_NAME), content, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileIsAnEmptyNotebookAndNothingIsCreated() throws IOException {
        NotesStore.Loaded loaded = new NotesFile(dir.resolve("absent")).load();
        assertEquals(Notebook.empty(), loaded.notebook());
        assertFalse(loaded.failed());
        assertFalse(Files.exists(dir.resolve("absent")));
    }

    @Test
    void whatIsWrittenIsReadBackWithNoTemporaryFileLeft() throws IOException {
        NotesFile store = new NotesFile(dir.resolve("data"));
        Bookmark mark = new Bookmark("b1", "minusma-closure-notice", 2, "Le Conseil", T);
        Notebook written = store.update(n -> n.withNote(note("n1", 0, "À citer : « l’accord »")).withBookmark(mark));
        assertEquals(written, new NotesFile(dir.resolve("data")).load().notebook());
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertEquals(List.of("notes.json", "notes.json.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theFormatIsTheDocumentedOne() throws IOException {
        NotesFile store = new NotesFile(dir);
        store.update(n -> n.withNote(note("n1", 2, "why")).withBookmark(new Bookmark("b1", "doc", 0, "First words", T)));
        JsonNode root = new ObjectMapper().readTree(dir.resolve("notes.json").toFile());
        assertEquals(1, root.get("schemaVersion").asInt());
        JsonNode n = root.get("notes").get(0);
        assertEquals("n1", n.get("id").asText());
        assertEquals("minusma-press-elements-2015-03-04", n.get("document").asText());
        assertEquals(3, n.get("paragraph").asInt(), "paragraphs are written as the reader shows them, § 3 for the third");
        assertEquals(4, n.get("start").asInt());
        assertEquals(12, n.get("end").asInt());
        assertEquals("Conseil", n.get("quote").asText());
        assertEquals("green", n.get("colour").asText());
        assertEquals("why", n.get("text").asText());
        assertEquals("2026-03-04T10:15:30Z", n.get("created").asText());
        assertEquals("2026-03-04T10:16:30Z", n.get("modified").asText());
        JsonNode b = root.get("bookmarks").get(0);
        assertEquals(1, b.get("paragraph").asInt());
        assertEquals("First words", b.get("label").asText());
    }

    @Test
    void aChangeIsAppliedToTheFileAsItIsNow() throws IOException {
        NotesFile one = new NotesFile(dir);
        NotesFile two = new NotesFile(dir);
        one.update(n -> n.withNote(note("from-one", 0, "")));
        Notebook after = two.update(n -> n.withNote(note("from-two", 1, "")));
        assertEquals(List.of("from-one", "from-two"), after.notes().stream().map(Note::id).toList());
    }

    @Test
    void twoStoresOnOneDirectoryChangingFromTwoThreadsLoseNothing() throws Exception {
        int each = 60;
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (String who : List.of("a", "b")) {
            NotesFile store = new NotesFile(dir);
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        String id = who + i;
                        store.update(n -> n.withNote(note(id, 0, id)));
                        if (i % 10 == 0) store.update(n -> n.withBookmark(new Bookmark("mark-" + id, "doc", 1, "", T)));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) t.join(60_000);
        assertEquals(List.of(), failures);
        Notebook kept = new NotesFile(dir).load().notebook();
        assertEquals(2 * each, kept.notes().size());
        assertEquals(2 * each / 10, kept.bookmarks().size());
        for (String who : List.of("a", "b")) {
            // Each writer's changes are there, in the order it made them.
            List<String> mine = kept.notes().stream().map(Note::id).filter(id -> id.startsWith(who)).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < each; i++) expected.add(who + i);
            assertEquals(expected, mine);
        }
    }

    @Test
    void aFileThatIsNotJsonIsSetAsideKeptAndNamed() throws IOException {
        writeFile("{\"schemaVersion\": 1, \"notes\": [");
        NotesStore.Loaded loaded = new NotesFile(dir).load();
        assertTrue(loaded.failed());
        assertTrue(loaded.problem().startsWith("not JSON"), loaded.problem());
        assertEquals(Notebook.empty(), loaded.notebook());
        assertNotNull(loaded.setAside());
        assertTrue(loaded.setAside().getFileName().toString().startsWith("notes.json.corrupt-"), loaded.setAside().toString());
        assertEquals("{\"schemaVersion\": 1, \"notes\": [", Files.readString(loaded.setAside()));
        assertFalse(Files.exists(dir.resolve("notes.json")));
    }

    @Test
    void aSecondCorruptFileNeverOverwritesTheFirstSetAside() throws IOException {
        writeFile("first");
        Path first = new NotesFile(dir).load().setAside();
        writeFile("second");
        Path second = new NotesFile(dir).load().setAside();
        assertFalse(first.equals(second));
        assertEquals("first", Files.readString(first));
        assertEquals("second", Files.readString(second));
    }

    @Test
    void aFileOfTheWrongShapeIsSetAside() throws IOException {
        for (String content : List.of("[1, 2]", "{\"notes\": []}", "{\"schemaVersion\": 1, \"notes\": {}}",
                "{\"schemaVersion\": \"1\"}", "{\"schemaVersion\": 1, \"bookmarks\": 3}", "", "{} {}")) {
            writeFile(content);
            NotesStore.Loaded loaded = new NotesFile(dir).load();
            assertTrue(loaded.failed(), content);
            assertNotNull(loaded.setAside(), content);
            assertEquals(content, Files.readString(loaded.setAside()));
        }
    }

    @Test
    void aFileOfANewerSchemaIsLeftForTheNewerReaderAndNeverWrittenOver() throws IOException {
        String newer = "{\"schemaVersion\": 2, \"notes\": []}";
        writeFile(newer);
        NotesFile store = new NotesFile(dir);
        NotesStore.Loaded loaded = store.load();
        assertTrue(loaded.problem().contains("newer"), loaded.problem());
        assertNull(loaded.setAside(), "not moved: the newer Mission Reader finds it where it left it");
        IOException refused = assertThrows(IOException.class, () -> store.update(n -> n.withBookmark(
                org.missionreader.notes.Bookmark.create("d", 0, "x"))));
        assertTrue(refused.getMessage().contains("left as it is"), refused.getMessage());
        assertEquals(newer, Files.readString(dir.resolve("notes.json")));
    }

    @Test
    void aFileTooLargeIsSetAsideUnread() throws IOException {
        Files.createDirectories(dir);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("notes.json").toFile(), "rw")) {
            huge.setLength(NotesFile.MAX_FILE_BYTES + 1);
        }
        NotesStore.Loaded loaded = new NotesFile(dir).load();
        assertTrue(loaded.problem().contains("bytes"), loaded.problem());
        assertNotNull(loaded.setAside());
    }

    @Test
    void aFolderWhereTheFileShouldBeIsSetAside() throws IOException {
        Files.createDirectories(dir.resolve("notes.json"));
        NotesStore.Loaded loaded = new NotesFile(dir).load();
        assertEquals("not a regular file", loaded.problem());
        assertTrue(Files.isDirectory(loaded.setAside()));
    }

    @Test
    void aFileCorruptedWhileTheWindowRunsIsSetAsideAndTheChangeRefused() throws IOException {
        NotesFile store = new NotesFile(dir);
        store.update(n -> n.withNote(note("n1", 0, "")));
        writeFile("garbage");
        IOException e = assertThrows(IOException.class, () -> store.update(n -> n.withNote(note("n2", 0, ""))));
        assertTrue(e.getMessage().contains("set aside as"), e.getMessage());
        assertTrue(names().stream().anyMatch(n -> n.startsWith("notes.json.corrupt-")), names().toString());
        assertFalse(Files.exists(dir.resolve("notes.json")));
    }

    @Test
    void unusableEntriesAreReportedAndKeptInACopy() throws IOException {
        String content = """
                {"schemaVersion": 1, "notes": [
                  {"id": "good", "document": "d", "paragraph": 1, "start": 0, "end": 3, "quote": "Les",
                   "colour": "yellow", "text": "", "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z"},
                  {"id": "zero", "document": "d", "paragraph": 0, "start": 0, "end": 3, "quote": "Les",
                   "colour": "yellow", "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z"},
                  {"id": "mauve", "document": "d", "paragraph": 2, "start": 0, "end": 3, "quote": "Les",
                   "colour": "mauve", "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z"},
                  "a string",
                  {"id": "good", "document": "d", "paragraph": 1, "start": 0, "end": 3, "quote": "Les",
                   "colour": "yellow", "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z"}
                ], "bookmarks": [
                  {"id": "b", "document": "d", "paragraph": 1, "created": "yesterday"}
                ], "futureField": {"kept": "in the copy"}}
                """;
        writeFile(content);
        NotesStore.Loaded loaded = new NotesFile(dir).load();
        assertFalse(loaded.failed());
        assertTrue(loaded.partlyUsed());
        assertEquals(List.of("good"), loaded.notebook().notes().stream().map(Note::id).toList());
        assertEquals(5, loaded.unusable().size(), loaded.unusable().toString());
        assertTrue(loaded.unusable().get(0).startsWith("notes[1]: \"paragraph\" is 0"), loaded.unusable().get(0));
        assertTrue(loaded.unusable().get(1).contains("mauve"), loaded.unusable().get(1));
        assertTrue(loaded.unusable().get(3).contains("a second note with id good"), loaded.unusable().get(3));
        assertTrue(loaded.unusable().get(4).startsWith("bookmarks[0]: \"created\""), loaded.unusable().get(4));
        assertNotNull(loaded.unusableCopy());
        assertEquals(content, Files.readString(loaded.unusableCopy()));
        // The file itself now holds what could be used; loading again reports nothing and copies nothing.
        NotesStore.Loaded again = new NotesFile(dir).load();
        assertFalse(again.partlyUsed());
        assertEquals(loaded.notebook(), again.notebook());
        assertEquals(1, names().stream().filter(n -> n.contains("unusable")).count(), names().toString());
    }

    @Test
    void leftoversOfAKilledWriteAreRemovedOnLoad() throws IOException {
        new NotesFile(dir).update(n -> n.withNote(note("n1", 0, "")));
        Files.writeString(dir.resolve("notes.json.12345.tmp"), "{\"schemaVersion\": 1, \"no");
        new NotesFile(dir).load();
        assertEquals(List.of("notes.json", "notes.json.lock"), names());
    }

    @Test
    void aSymbolicLinkIsWrittenThrough() throws IOException {
        Path real = Files.createDirectories(dir.resolve("elsewhere")).resolve("my-notes.json");
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("notes.json"), real);
        new NotesFile(data).update(n -> n.withNote(note("n1", 0, "")));
        assertTrue(Files.isSymbolicLink(data.resolve("notes.json")));
        assertEquals(1, new NotesFile(data).load().notebook().notes().size());
        assertTrue(Files.readString(real).contains("\"n1\""));
    }

    @Test
    void theDataDirectoryOfEachSystem() {
        assertEquals(Path.of("/home/r/.local/share/mission-reader"), NotesFile.defaultDirectory("Linux", Map.of(), "/home/r"));
        assertEquals(Path.of("/data/mission-reader"), NotesFile.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/r"));
        assertEquals(Path.of("/home/r/.local/share/mission-reader"),
                NotesFile.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", "relative/data"), "/home/r"));
        assertEquals(Path.of("C:/Users/r/AppData/Roaming", "Mission Reader"),
                NotesFile.defaultDirectory("Windows 11", Map.of("APPDATA", "C:/Users/r/AppData/Roaming"), "C:/Users/r"));
        assertEquals(Path.of("/Users/r/Library/Application Support/Mission Reader"),
                NotesFile.defaultDirectory("Mac OS X", Map.of(), "/Users/r"));
    }

    @Test
    void thePropertyNamesTheDirectory() {
        String before = System.getProperty(NotesFile.DIRECTORY_PROPERTY);
        try {
            System.setProperty(NotesFile.DIRECTORY_PROPERTY, dir.toString());
            assertEquals(dir, NotesFile.defaultDirectory());
        } finally {
            if (before == null) System.clearProperty(NotesFile.DIRECTORY_PROPERTY);
            else System.setProperty(NotesFile.DIRECTORY_PROPERTY, before);
        }
    }
}
