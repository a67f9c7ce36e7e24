package org.missionreader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionreader.library.LibraryLoader;

/** Search on the bundled library, as a new reader tries it: every part of a record, ranked, marked. */
class LibrarySearchTest {

    private static final String PRESS = "minusma-press-elements-2015-03-04";
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(new LibraryLoader().loadBundled().library());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> marked(SearchHit hit) {
        return hit.snippetSpans().stream().map(s -> hit.snippet().substring(s.start(), s.end())).toList();
    }

    @Test
    void theSpeakerIsFoundInTheByline() {
        SearchHit first = index.search("Delattre", 10).get(0);
        assertEquals(SearchHit.Kind.BYLINE, first.kind());
        assertEquals(PRESS, first.documentId());
        assertEquals(List.of("Delattre"), marked(first));
    }

    @Test
    void aTitleWordFindsTheTitleAndTheRoleBeforeTheParagraphsThatRepeatIt() {
        List<SearchHit> hits = index.search("securite", 10);
        assertEquals(SearchHit.Kind.TITLE, hits.get(0).kind());
        assertEquals(PRESS, hits.get(0).documentId());
        assertEquals(List.of("sécurité"), marked(hits.get(0)));
        assertTrue(hits.stream().anyMatch(h -> h.kind() == SearchHit.Kind.BYLINE && PRESS.equals(h.documentId())));
        assertTrue(hits.stream().anyMatch(h -> "minusma-closure-notice".equals(h.documentId())));
    }

    @Test
    void theStatementsOwnParagraphsOutrankEventTitlesThatRepeatAWord() {
        List<SearchHit> hits = index.search("paraphé", 10);
        int paragraph = indexOf(hits, h -> h.kind() == SearchHit.Kind.PARAGRAPH && h.paragraphIndex() == 0);
        int firstEvent = indexOf(hits, h -> h.kind() == SearchHit.Kind.EVENT);
        assertTrue(paragraph >= 0 && firstEvent > paragraph, hits.toString());
        // Every event hit comes after every paragraph hit.
        int lastParagraph = 0;
        for (int i = 0; i < hits.size(); i++) if (hits.get(i).kind() == SearchHit.Kind.PARAGRAPH) lastParagraph = i;
        assertTrue(lastParagraph < firstEvent);
    }

    @Test
    void theDocumentsTitleOutranksAnEventOfTheSameWords() {
        List<SearchHit> hits = index.search("press elements", 10);
        int title = indexOf(hits, h -> h.kind() == SearchHit.Kind.TITLE);
        int event = indexOf(hits, h -> h.kind() == SearchHit.Kind.EVENT);
        assertTrue(title >= 0 && event > title, hits.toString());
    }

    @Test
    void wordsTypedTogetherAreMarkedAsOnePhraseAndAStopWordNeverAlone() {
        for (String query : List.of("mise en oeuvre", "\"mise en oeuvre\"")) {
            List<SearchHit> hits = index.search(query, 10);
            assertEquals(3, hits.size(), query);
            for (SearchHit hit : hits) {
                assertEquals(List.of("mise en œuvre"), marked(hit), query);
            }
        }
        // Paragraph 7 has "en coordination": "en" is not marked there, nor does it count as a hit.
        assertTrue(index.search("mise en oeuvre", 10).stream().noneMatch(h -> h.paragraphIndex() == 6 && marked(h).contains("en")));
        // Typed alone, a stop word is what the reader looks for.
        assertFalse(index.search("en", 10).isEmpty());
    }

    @Test
    void theDateIsFoundAsEachLanguageWritesItAndInIsoForm() {
        for (String query : List.of("4 mars 2015", "4 March 2015", "2015-03-04", "\"4 mars 2015\"")) {
            SearchHit first = index.search(query, 10).get(0);
            assertEquals(SearchHit.Kind.DETAILS, first.kind(), query);
            assertEquals(PRESS, first.documentId(), query);
        }
        SearchHit french = index.search("\"4 mars 2015\"", 10).get(0);
        assertTrue(marked(french).contains("4\u00A0mars 2015"), marked(french).toString());
    }

    @Test
    void theMissionKindAndCountryFindTheDocuments() {
        for (String query : List.of("MINUSMA", "stabilisation au Mali", "Stabilization Mission in Mali", "Mali",
                "éléments à la presse", "press elements", "notice")) {
            List<SearchHit> hits = index.search(query, 20);
            assertTrue(hits.stream().anyMatch(h -> h.kind() == SearchHit.Kind.DETAILS || h.kind() == SearchHit.Kind.TITLE),
                    query + ": " + hits);
        }
        assertTrue(index.search("notice", 20).stream().anyMatch(h -> "minusma-closure-notice".equals(h.documentId())));
    }

    @Test
    void eventsAreFoundByTheirPlace() {
        // "New York" is in no event title, only in places.
        List<SearchHit> hits = index.search("\"New York\"", 20);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.kind() == SearchHit.Kind.EVENT), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> "minusma-res-2100".equals(h.eventId())));
    }

    @Test
    void anInfinitiveFindsItsParticipleAndASingularItsPlural() {
        List<String> words = index.search("parapher", 10).stream().flatMap(h -> marked(h).stream()).toList();
        assertTrue(words.contains("paraphé"), words.toString());
        assertTrue(words.contains("parapher"), words.toString());
        List<String> plural = index.search("négociation", 10).stream().flatMap(h -> marked(h).stream()).toList();
        assertTrue(plural.contains("négociations"), plural.toString());
        List<String> feminine = index.search("impliqué", 10).stream().flatMap(h -> marked(h).stream()).toList();
        assertTrue(feminine.contains("impliquées"), feminine.toString());
    }

    private static int indexOf(List<SearchHit> hits, java.util.function.Predicate<SearchHit> test) {
        for (int i = 0; i < hits.size(); i++) if (test.test(hits.get(i))) return i;
        return -1;
    }
}
