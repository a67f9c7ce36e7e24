package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items are bound as they are read when the file is in the usual order, and from the tree when something
 * they depend on comes later: both ways find the same problems and keep the same items.
 */
class StreamedBindingTest {

    private static final String VERSION = "\"schemaVersion\": 1";
    private static final String MISSIONS = """
            "missions": [
              {"id": "m1", "acronym": {"en": "M1"}, "name": {"en": "One"}, "country": {"en": "Mali"},
               "start": "2013-07-01", "status": {"state": "ongoing", "asOf": "2025"}, "sources": [{"name": "s"}]},
              {"id": "m1", "acronym": {"en": "M1"}, "name": {"en": "Again"}, "country": {"en": "Mali"},
               "start": "2013-07-01", "status": {"state": "ongoing", "asOf": "2025"}, "sources": [{"name": "s"}]},
              7
            ]""";
    private static final String DOCUMENTS = """
            "documents": [
              {"id": "d1", "mission": "m1", "kind": "notice", "title": "T", "language": "fr",
               "paragraphs": ["P\u202E."], "source": {"name": "s"}},
              {"id": "d2", "mission": "m9", "kind": "notice", "title": "T", "language": "fr", "date": "2023-02-30",
               "paragraphs": ["P."], "source": {"name": "s"}}
            ]""";
    private static final String EVENTS = """
            "events": [
              {"id": "e1", "mission": "m1", "date": "2015-03-01", "title": {"en": "E"}, "documents": ["d1", "d2", "d7"],
               "sources": [{"name": "s"}]},
              {"id": "e1", "mission": "m1", "date": "2015-03-01", "title": {"en": "E"}, "sources": []}
            ]""";

    @Test
    void theUsualOrderAndAnyOtherGiveTheSameProblemsAndItems() {
        LoadResult usual = load(VERSION, MISSIONS, DOCUMENTS, EVENTS);
        assertFalse(usual.problems().isEmpty());
        for (List<String> order : List.of(List.of(EVENTS, DOCUMENTS, MISSIONS, VERSION), List.of(VERSION, DOCUMENTS, MISSIONS, EVENTS),
                List.of(MISSIONS, VERSION, DOCUMENTS, EVENTS), List.of(VERSION, MISSIONS, EVENTS, DOCUMENTS))) {
            LoadResult other = load(order.toArray(String[]::new));
            assertEquals(described(usual), described(other), order.toString());
            assertEquals(usual.library().missions(), other.library().missions());
            assertEquals(usual.library().documents(), other.library().documents());
            assertEquals(usual.library().events(), other.library().events());
        }
    }

    /**
     * Where a problem is told by its JSON path here: lines and columns move with the order, also those a
     * repeated id gives for its first use.
     */
    private static List<String> described(LoadResult result) {
        return result.problems().stream()
                .map(p -> p.path() + " " + p.code() + " " + (p.code() == ProblemCode.DUPLICATE_ID ? p.args().get(0) : p.args()))
                .sorted().toList();
    }

    private static LoadResult load(String... fields) {
        String json = "{\n" + String.join(",\n", fields) + "\n}\n";
        return new LibraryLoader().load("order.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
