package org.missionreader.mylibrary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.Mission;
import org.missionreader.library.MissionStatus;
import org.missionreader.library.PartialDate;
import org.missionreader.library.ProblemCode;
import org.missionreader.library.Source;
import org.missionreader.library.Speaker;
import org.missionreader.library.TimelineEvent;

class MyLibraryTest {

    @TempDir
    Path dir;

    private static Library bundled;
    private static String minusma;

    @BeforeAll
    static void loadBundled() {
        bundled = new LibraryLoader().loadBundled().library();
        minusma = bundled.missions().get(0).id();
    }

    private MyLibrary mine() {
        return new MyLibrary(dir.resolve("my-library.json"), bundled);
    }

    private static Document doc(String id, String mission, String title, PartialDate date) {
        return new Document(id, mission, DocumentKind.PRESS_STATEMENT, title, date, new Speaker("A. Président", null), "fr",
                List.of("Le Conseil de sécurité l’a dit\u00a0: « paix ».", "Second paragraphe, œuvre."),
                new Source("statement.pdf", null), "SC/11809");
    }

    private static Mission mission(String id) {
        return new Mission(id, new LocalizedText("TEST", "TEST"), new LocalizedText("Mission d’essai", "Test mission"),
                new LocalizedText("Nulle part", "Nowhere"), PartialDate.ofYear(2001), null, null, null,
                MissionStatus.ONGOING, PartialDate.ofYear(2025), null, List.of(new Source("my notes", null)));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFileIsAnEmptyLibraryWithNoProblems() {
        LoadResult loaded = mine().load();
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.library().documents().isEmpty());
    }

    @Test
    void theDefaultFileFollowsItsPropertyThenTheDataDirectory() {
        String file = System.getProperty(MyLibrary.FILE_PROPERTY);
        String data = System.getProperty(MyLibrary.DATA_DIRECTORY_PROPERTY);
        try {
            System.clearProperty(MyLibrary.FILE_PROPERTY);
            System.setProperty(MyLibrary.DATA_DIRECTORY_PROPERTY, dir.toString());
            assertEquals(dir.resolve("my-library.json"), MyLibrary.defaultFile());
            System.setProperty(MyLibrary.FILE_PROPERTY, dir.resolve("elsewhere.json").toString());
            assertEquals(dir.resolve("elsewhere.json"), MyLibrary.defaultFile());
        } finally {
            restore(MyLibrary.FILE_PROPERTY, file);
            restore(MyLibrary.DATA_DIRECTORY_PROPERTY, data);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }

    @Test
    void anAddedDocumentOfABundledMissionIsWrittenWithItsMarkerAndLoadsBackEqual() throws Exception {
        Library after = mine().add(doc(null, minusma, "Déclaration du Président sur l’œuvre de paix", PartialDate.ofDay(2015, 3, 4)), null);
        Document added = after.documents().get(0);
        assertEquals("2015-03-04-declaration-du-president-sur-l-oeuvre-de-paix", added.id());
        String json = Files.readString(mine().file(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"myLibrary\" : 1"), json);
        assertTrue(json.contains("\"schemaVersion\" : 1"), json);
        assertFalse(json.contains("\"missions\" : [ {"), "the bundled mission is named by id, not copied: " + json);
        LoadResult loaded = new MyLibrary(mine().file(), bundled).load();
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(added), loaded.library().documents());
        assertEquals(List.of("my-library.json", "my-library.json.lock"), names());
    }

    @Test
    void aDocumentWithAMissionOfItsOwnBringsIt() throws Exception {
        Library after = mine().add(doc(null, "test-mission", "Note", PartialDate.ofMonth(2020, 5)), mission("test-mission"));
        assertEquals(List.of(mission("test-mission")), after.missions());
        assertEquals("2020-05-note", after.documents().get(0).id());
        assertEquals(after.missions(), mine().load().library().missions());
    }

    @Test
    void idsAreMadeUniqueAcrossTheUsersAndTheBundledLibrary() throws Exception {
        mine().add(doc(null, minusma, "Same", PartialDate.ofYear(2016)), null);
        mine().add(doc(null, minusma, "Same", PartialDate.ofYear(2016)), null);
        String bundledId = bundled.documents().get(0).id();
        Library after = mine().add(doc(bundledId, minusma, "Copy", null), null);
        assertEquals(List.of("2016-same", "2016-same-2", bundledId + "-2"), after.documents().stream().map(Document::id).toList());
        assertEquals("document", MyLibrary.idFor(null, "« »"));
    }

    @Test
    void aChangeThatWouldNotLoadIsRefusedAndNothingIsWritten() throws Exception {
        // No such mission, none given: the loader's problem, and no file at all.
        MyLibrary.Refused refused = assertThrows(MyLibrary.Refused.class,
                () -> mine().add(doc(null, "no-such-mission", "T", null), null));
        assertEquals(ProblemCode.UNKNOWN_MISSION, refused.problems().get(0).code());
        assertFalse(Files.exists(mine().file()));

        mine().add(doc(null, minusma, "Kept", PartialDate.ofYear(2017)), null);
        byte[] before = Files.readAllBytes(mine().file());
        Document bad = new Document(null, minusma, DocumentKind.OTHER, "Bad", null, null, "french",
                List.of("x"), new Source("x.txt", null), null);
        assertThrows(MyLibrary.Refused.class, () -> mine().add(bad, null));
        // A mission whose id the bundled library has: it would be left out when both are open.
        MyLibrary.Refused collision = assertThrows(MyLibrary.Refused.class,
                () -> mine().add(doc(null, minusma, "T", null), mission(minusma)));
        assertEquals(ProblemCode.ID_ALREADY_OPEN, collision.problems().get(0).code());
        assertThrows(MyLibrary.Refused.class, () -> mine().replace(doc("not-there", minusma, "T", null)));
        assertThrows(MyLibrary.Refused.class, () -> mine().remove("not-there"));
        assertArrayEquals(before, Files.readAllBytes(mine().file()));
        assertEquals(List.of("my-library.json", "my-library.json.lock"), names());
    }

    /** What the file may lean on is the library the caller gives (the window's, --import's), never one loaded again. */
    @Test
    void itIsCheckedAgainstTheLibraryItIsGivenAndNoOther() throws Exception {
        Path file = dir.resolve("my-library.json");
        // Given nothing to lean on, a document of the bundled library's mission does not resolve.
        MyLibrary alone = new MyLibrary(file, Library.empty());
        MyLibrary.Refused unknown = assertThrows(MyLibrary.Refused.class, () -> alone.add(doc(null, minusma, "T", null), null));
        assertEquals(ProblemCode.UNKNOWN_MISSION, unknown.problems().get(0).code());
        assertFalse(Files.exists(file));

        // Given a library of one mission and one document: a document may join that mission, the document's id
        // is not taken again, and a mission of that id is refused, as the bundled library's would be.
        Library given = new Library(List.of(mission("elsewhere")), List.of(doc("taken", "elsewhere", "Given", null)), List.of());
        MyLibrary over = new MyLibrary(file, given);
        Library after = over.add(doc("taken", "elsewhere", "Mine", null), null);
        assertEquals(List.of("taken-2"), after.documents().stream().map(Document::id).toList());
        assertEquals("elsewhere", after.documents().get(0).missionId());
        MyLibrary.Refused collision = assertThrows(MyLibrary.Refused.class,
                () -> over.add(doc(null, "elsewhere", "T", null), mission("elsewhere")));
        assertEquals(ProblemCode.ID_ALREADY_OPEN, collision.problems().get(0).code());
        assertEquals(List.of(), over.load().problems());
        // Checked against the bundled library instead, the file's link to "elsewhere" is a problem.
        assertEquals(ProblemCode.UNKNOWN_MISSION, mine().load().problems().get(0).code());
    }

    @Test
    void aFileWithErrorsIsNotRewrittenNorIsANewerOne() throws Exception {
        Path file = mine().file();
        String broken = "{\"schemaVersion\": 1, \"documents\": [{\"id\": \"x\"}]}";
        Files.writeString(file, broken);
        assertThrows(MyLibrary.Refused.class, () -> mine().add(doc(null, minusma, "T", null), null));
        assertEquals(broken, Files.readString(file));

        String newer = "{\"schemaVersion\": 1, \"myLibrary\": 2, \"documents\": []}";
        Files.writeString(file, newer);
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> mine().add(doc(null, minusma, "T", null), null));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertEquals(newer, Files.readString(file));
    }

    @Test
    void replaceRemoveAndAddEvent() throws Exception {
        Library after = mine().add(doc(null, minusma, "Première", PartialDate.ofDay(2015, 3, 4)), null);
        String id = after.documents().get(0).id();
        Document edited = new Document(id, minusma, DocumentKind.RESOLUTION, "Première, corrigée", PartialDate.ofMonth(2015, 3),
                null, "fr", List.of("Un seul paragraphe."), new Source("statement.pdf", "https://example.org/s"), null);
        assertEquals(List.of(edited), mine().replace(edited).documents());

        TimelineEvent event = new TimelineEvent(null, minusma, PartialDate.ofDay(2015, 3, 4), null,
                new LocalizedText("Déclaration lue", null), null, List.of(id), List.of(new Source("statement.pdf", null)),
                Map.of(id, 0));
        Library withEvent = mine().addEvent(event);
        assertEquals("2015-03-04-declaration-lue", withEvent.events().get(0).id());
        assertEquals(0, withEvent.events().get(0).paragraphIn(id));
        assertEquals(withEvent.events(), mine().load().library().events());

        Library removed = mine().remove(id);
        assertTrue(removed.documents().isEmpty());
        // The event stays, without its link to the removed document.
        assertEquals(List.of(), removed.events().get(0).documentIds());
        assertEquals(List.of(), mine().load().problems());
    }

    @Test
    void aReaderAlwaysFindsTheOldFileOrTheNewOne() throws Exception {
        mine().add(doc(null, minusma, "First", PartialDate.ofYear(2000)), null);
        AtomicBoolean done = new AtomicBoolean();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            int last = 0;
            while (!done.get()) {
                LoadResult r = new MyLibrary(mine().file(), bundled).load();
                int n = r.library().documents().size();
                if (r.hasProblems() || n < last) seen.add(n + " documents, " + r.problems());
                last = n;
            }
        });
        reader.start();
        for (int i = 0; i < 25; i++) mine().add(doc(null, minusma, "Doc " + i, PartialDate.ofYear(2001)), null);
        done.set(true);
        reader.join();
        assertEquals(List.of(), seen);
        assertEquals(26, mine().load().library().documents().size());
    }

    @Test
    void twoInstancesInterleavingKeepEachOthersChanges() throws Exception {
        MyLibrary a = new MyLibrary(mine().file(), bundled);
        MyLibrary b = new MyLibrary(mine().file(), bundled);
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (MyLibrary lib : List.of(a, b)) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 10; i++) lib.add(doc(null, minusma, "Same title", PartialDate.ofYear(2019)), null);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) t.join();
        assertEquals(List.of(), failures);
        List<String> ids = a.load().library().documents().stream().map(Document::id).toList();
        assertEquals(20, ids.size());
        assertEquals(20, ids.stream().distinct().count());
    }
}
