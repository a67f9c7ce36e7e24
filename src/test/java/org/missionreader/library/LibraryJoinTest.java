package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file added to the open library: its items may name the open missions and documents, and join them. */
class LibraryJoinTest {

    private static final String FILE = """
            {
              "schemaVersion": 1,
              "missions": [],
              "documents": [
                { "id": "extra-report", "mission": "minusma", "kind": "report", "title": "Rapport", "language": "fr",
                  "paragraphs": ["Texte."], "source": { "name": "test" } }
              ],
              "events": [
                { "id": "extra-event", "mission": "minusma", "date": "2016-01-01", "title": { "fr": "É", "en": "E" },
                  "documents": ["minusma-press-elements-2015-03-04"], "sources": [ { "name": "test" } ] }
              ]
            }
            """;

    @Test
    void itemsOfAnAddedFileJoinTheOpenMission() {
        LoadResult bundled = new LibraryLoader().loadBundled();
        byte[] bytes = FILE.getBytes(StandardCharsets.UTF_8);
        LoadResult added = new LibraryLoader().load("extra.json", bytes, bundled.library());
        assertEquals(List.of(), added.problems());
        LibrarySet set = LibrarySet.of(null, bundled.library()).add("extra.json", added.library()).set();
        Library all = set.library();
        assertTrue(all.documentsOf("minusma").stream().anyMatch(d -> d.id().equals("extra-report")));
        assertTrue(all.eventsLinkedTo("minusma-press-elements-2015-03-04").stream().anyMatch(e -> e.id().equals("extra-event")));
    }

    @Test
    void aloneTheSameFileIsRefusedAsBefore() {
        LoadResult alone = new LibraryLoader().load("extra.json", FILE.getBytes(StandardCharsets.UTF_8));
        assertFalse(alone.problems().isEmpty());
        assertTrue(alone.problems().stream().anyMatch(p -> p.code() == ProblemCode.UNKNOWN_MISSION), alone.problems().toString());
        assertTrue(alone.problems().stream().anyMatch(p -> p.code() == ProblemCode.UNKNOWN_DOCUMENT), alone.problems().toString());
        assertTrue(alone.library().documents().isEmpty());
    }
}
