package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An event's link to a paragraph of a document: {"id": ..., "paragraph": n}, a compatible addition to schema 1. */
class ParagraphLinksTest {

    private static LoadResult load(String documents) {
        String json = """
                {
                  "schemaVersion": 1,
                  "missions": [{
                    "id": "m", "acronym": { "en": "M" }, "name": { "en": "M" }, "country": { "en": "C" },
                    "start": "2013-07-01", "status": { "state": "ongoing", "asOf": "2025" },
                    "sources": [{ "name": "s" }]
                  }],
                  "documents": [
                    { "id": "d", "mission": "m", "kind": "notice", "title": "T", "language": "fr",
                      "paragraphs": ["Un.", "Deux.", "Trois."], "source": { "name": "s" } },
                    { "id": "d2", "mission": "m", "kind": "notice", "title": "T2", "language": "fr",
                      "paragraphs": ["Seul."], "source": { "name": "s" } }
                  ],
                  "events": [{
                    "id": "e", "mission": "m", "date": "2015-03-01", "title": { "en": "E" },
                    "sources": [{ "name": "s" }],
                    "documents": %s
                  }]
                }
                """.formatted(documents);
        return new LibraryLoader().load("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
    }

    @Test
    void aLinkMayNameTheParagraphThatTellsOfTheEvent() {
        LoadResult result = load("""
                [{ "id": "d", "paragraph": 3 }, "d2"]""");
        assertEquals(List.of(), result.problems());
        TimelineEvent event = result.library().events().get(0);
        assertEquals(List.of("d", "d2"), event.documentIds());
        assertEquals(2, event.paragraphIn("d"), "§ 3 is the third paragraph, index 2");
        assertEquals(-1, event.paragraphIn("d2"), "a plain id names no paragraph");
    }

    @Test
    void anObjectWithoutParagraphLinksTheWholeDocument() {
        LoadResult result = load("""
                [{ "id": "d" }]""");
        assertEquals(List.of(), result.problems());
        assertEquals(-1, result.library().events().get(0).paragraphIn("d"));
    }

    @Test
    void aParagraphBeyondTheDocumentIsAProblemThatSaysHowManyItHas() {
        LoadResult result = load("""
                [{ "id": "d", "paragraph": 4 }]""");
        assertEquals(List.of("test.json:17:45: $.events[0].documents[0].paragraph: "
                + "the document \"d\" has 3 paragraphs: there is no paragraph 4"), problems(result));
        assertTrue(result.problems().get(0).message(Locale.FRENCH)
                .endsWith("le document «\u00a0d\u00a0» a 3 paragraphes\u00a0: il n’a pas de paragraphe 4"),
                result.problems().get(0).message(Locale.FRENCH));
        // As with a link to an unknown document, the event is left out.
        assertTrue(result.library().events().isEmpty());
    }

    @Test
    void aParagraphIsAWholeNumberFromOne() {
        for (String bad : List.of("0", "1.5", "\"2\"", "-1")) {
            LoadResult result = load("[{ \"id\": \"d\", \"paragraph\": " + bad + " }]");
            assertEquals(1, result.problems().size(), bad);
            assertTrue(problems(result).get(0).contains("a paragraph is a whole number from 1 (§ 1), found"),
                    problems(result).get(0));
        }
    }

    @Test
    void anUnknownDocumentInAnObjectIsPlacedAtItsId() {
        LoadResult result = load("""
                [{ "id": "nope", "paragraph": 1 }, 7]""");
        assertEquals(List.of(
                "test.json:17:27: $.events[0].documents[0].id: there is no document with the id \"nope\"",
                "test.json:17:53: $.events[0].documents[1]: expected a text or an object, found a number"), problems(result));
    }

    @Test
    void theBundledLibraryLinksTheAccordToTheParagraphThatNamesIt() {
        LoadResult result = new LibraryLoader().loadBundled();
        assertEquals(List.of(), result.problems());
        TimelineEvent accord = result.library().events().stream()
                .filter(e -> e.id().equals("minusma-accord-initialed-algiers")).findFirst().orElseThrow();
        int paragraph = accord.paragraphIn("minusma-press-elements-2015-03-04");
        assertEquals(0, paragraph);
        String text = result.library().document("minusma-press-elements-2015-03-04").orElseThrow().paragraphs().get(paragraph);
        assertTrue(text.contains("l’accord de paix paraphé le 1er mars à Alger"), text);
        TimelineEvent closure = result.library().events().stream()
                .filter(e -> e.id().equals("minusma-closure")).findFirst().orElseThrow();
        String notice = result.library().document("minusma-closure-notice").orElseThrow().paragraphs()
                .get(closure.paragraphIn("minusma-closure-notice"));
        assertTrue(notice.contains("a fermé le 31 décembre 2023"), notice);
    }
}
