package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What LibraryWriter writes, LibraryLoader reads back to an equal model. */
class LibraryWriterTest {

    private static LoadResult reload(Library library, Library open) {
        return new LibraryLoader().load("written.json", LibraryWriter.toBytes(library), open);
    }

    private static void assertSameItems(Library expected, Library actual) {
        assertEquals(expected.missions(), actual.missions());
        assertEquals(expected.documents(), actual.documents());
        assertEquals(expected.events(), actual.events());
    }

    @Test
    void theBundledLibraryComesBackEqual() {
        Library bundled = new LibraryLoader().loadBundled().library();
        assertFalse(bundled.documents().isEmpty());
        LoadResult again = reload(bundled, Library.empty());
        assertEquals(List.of(), again.problems());
        assertSameItems(bundled, again.library());
        // Written twice, the same bytes: nothing depends on the order of maps.
        assertEquals(new String(LibraryWriter.toBytes(bundled), StandardCharsets.UTF_8),
                new String(LibraryWriter.toBytes(again.library()), StandardCharsets.UTF_8));
    }

    @Test
    void everyOptionalFieldAndPrecisionComesBack() {
        Source site = new Source("un.org page", "https://example.org/p");
        Mission m = new Mission("m1", new LocalizedText("MIS", "MIS"), new LocalizedText("Mission d’essai", null),
                new LocalizedText(null, "Testland"), PartialDate.ofMonth(1991, 9), null, PartialDate.ofYear(2030),
                new Resolution(List.of("425", "426"), PartialDate.ofDay(1978, 3, 19)), MissionStatus.ONGOING,
                PartialDate.ofYear(2025), new LocalizedText("en cours", "ongoing"), List.of(site),
                List.of(new Mandate("425", PartialDate.ofDay(1992, 3, 19), new Source("press release", null))));
        Document withAll = new Document("d1", "m1", DocumentKind.PRESIDENTIAL_STATEMENT, "Déclaration « œuvre »",
                PartialDate.ofDay(2015, 3, 4), new Speaker("Jane Doe", "Présidente\u00a0: rôle"), "fr",
                List.of("Premier paragraphe l’œuvre\u00a0!", "Second."), site, "S/PRST/2015/5");
        Document bare = new Document("d2", "m1", DocumentKind.OTHER, "Untitled", null, new Speaker("A. Speaker", null),
                "en", List.of("One."), new Source("pasted text", null), null);
        TimelineEvent span = new TimelineEvent("e1", "m1", PartialDate.ofMonth(2015, 3), PartialDate.ofYear(2016),
                new LocalizedText("Accord", "Accord"), new LocalizedText("Alger", "Algiers"), List.of("d1", "d2"),
                List.of(site), Map.of("d1", 1));
        Library library = new Library(List.of(m), List.of(withAll, bare), List.of(span));
        LoadResult again = reload(library, Library.empty());
        assertEquals(List.of(), again.problems());
        assertSameItems(library, again.library());
        String json = new String(LibraryWriter.toBytes(library), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"start\" : \"1991-09\""), json);
        assertTrue(json.contains("\"paragraph\" : 2"), json);
        assertFalse(json.contains("null"), json);
    }

    @Test
    void aFileOfDocumentsAloneLinksToTheOpenLibrary() {
        Library bundled = new LibraryLoader().loadBundled().library();
        String mission = bundled.missions().get(0).id();
        Document d = new Document("mine-1", mission, DocumentKind.OTHER, "Mine", PartialDate.ofYear(2020), null, "en",
                List.of("Text."), new Source("my.txt", null), null);
        Library mine = new Library(List.of(), List.of(d), List.of());
        LoadResult again = reload(mine, bundled);
        assertEquals(List.of(), again.problems());
        assertSameItems(mine, again.library());
        // Without the bundled library, the link to its mission is a problem.
        assertFalse(reload(mine, Library.empty()).problems().isEmpty());
    }

    @Test
    void headerFieldsFollowTheSchemaVersionAndAreIgnoredByTheLoader() {
        String json = new String(LibraryWriter.toBytes(Library.empty(), Map.of("myLibrary", 1)), StandardCharsets.UTF_8);
        assertTrue(json.indexOf("\"schemaVersion\"") < json.indexOf("\"myLibrary\" : 1"), json);
        assertEquals(List.of(), new LibraryLoader().load("h.json", json.getBytes(StandardCharsets.UTF_8)).problems());
    }
}
