package org.missionreader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.TimelineEvent;

/** The search core on a small hand-made library and on the bundled one. */
class SearchIndexTest {

    private static SearchIndex index;

    static Document doc(String id, String language, String... paragraphs) {
        return new Document(id, "m", DocumentKind.OTHER, "Titre " + id, PartialDate.ofDay(2015, 3, 4), null,
                language, List.of(paragraphs), new Source("test", null), null);
    }

    @BeforeAll
    static void build() {
        Library library = new Library(List.of(), List.of(
                doc("fr-accord", "fr", "Nous saluons l’accord de paix paraphé à Alger.",
                        "La mise en œuvre de la sécurité est une priorité."),
                doc("fr-nego", "fr", "Les négociations se sont tenues à Alger."),
                doc("fr-many", "fr", "Sécurité, sécurité et encore sécurité : la sécurité d’abord."),
                doc("en-doc", "en", "The Council's members welcomed the negotiations and the agreement.")),
                List.of(new TimelineEvent("ev", "m", PartialDate.ofDay(2015, 3, 1), null,
                        new LocalizedText("Accord de paix paraphé à Alger", "Peace accord initialed in Algiers"),
                        null, List.of("fr-accord"), List.of(new Source("test", null)))));
        index = SearchIndex.build(library);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> documents(String query) {
        return index.search(query, 20).stream().map(h -> h.documentId() + "#" + h.paragraphIndex()).toList();
    }

    @Test
    void elisionWithEitherApostropheFindsTheTypographicOne() {
        assertTrue(documents("l'accord").contains("fr-accord#0"), documents("l'accord").toString());
        assertTrue(documents("l’accord").contains("fr-accord#0"));
        SearchHit hit = index.search("l'accord", 20).stream()
                .filter(h -> h.paragraphIndex() == 0 && "fr-accord".equals(h.documentId())).findFirst().orElseThrow();
        // The highlight covers the word as written, apostrophe and article included.
        Span span = hit.textSpans().get(0);
        assertEquals("l’accord", "Nous saluons l’accord de paix paraphé à Alger.".substring(span.start(), span.end()));
    }

    @Test
    void ligatureAccentsAndCaseFold() {
        assertTrue(documents("oeuvre").contains("fr-accord#1"));
        assertTrue(documents("OEUVRE").contains("fr-accord#1"));
        assertTrue(documents("securite").contains("fr-accord#1"));
        assertTrue(documents("SÉCURITÉ").contains("fr-many#0"));
        assertTrue(documents("Sécurités").contains("fr-many#0"));
        assertTrue(documents("zzzz").isEmpty());
    }

    @Test
    void stemmingFindsPluralsInBothLanguages() {
        assertTrue(documents("négociation").contains("fr-nego#0"), documents("négociation").toString());
        assertTrue(documents("negotiation").contains("en-doc#0"), documents("negotiation").toString());
        assertTrue(documents("council").contains("en-doc#0"));
    }

    @Test
    void rankingPutsTheDensestParagraphFirst() {
        List<SearchHit> hits = index.search("sécurité", 20);
        assertEquals("fr-many", hits.get(0).documentId());
        assertTrue(hits.get(0).score() >= hits.get(1).score());
        assertEquals(4, hits.get(0).textSpans().size());
    }

    @Test
    void everyWordMustMatchWhenSomeEntryHasThemAll() {
        assertEquals(List.of("fr-nego#0"), documents("négociations Alger"));
        // No paragraph has both words: any word will do, best first.
        assertFalse(documents("négociations œuvre").isEmpty());
    }

    @Test
    void highlightsLandOnTheOriginalAccentedText() {
        String paragraph = "Sécurité, sécurité et encore sécurité : la sécurité d’abord.";
        SearchHit hit = index.search("securite", 20).get(0);
        assertEquals(paragraph, hit.snippet());
        for (Span span : hit.textSpans()) {
            assertEquals("sécurité", paragraph.substring(span.start(), span.end()).toLowerCase());
        }
        for (Span span : hit.snippetSpans()) {
            assertEquals("sécurité", hit.snippet().substring(span.start(), span.end()).toLowerCase());
        }
        SearchHit ligature = index.search("oeuvre", 20).get(0);
        Span s = ligature.snippetSpans().get(0);
        assertEquals("œuvre", ligature.snippet().substring(s.start(), s.end()));
    }

    @Test
    void eventTitlesAreFoundOnceInEitherLanguage() {
        List<SearchHit> hits = index.search("paraphé", 20);
        assertEquals(1, hits.stream().filter(h -> h.kind() == SearchHit.Kind.EVENT).count());
        SearchHit event = index.search("initialed", 20).get(0);
        assertEquals(SearchHit.Kind.EVENT, event.kind());
        assertEquals("ev", event.eventId());
        assertEquals("fr-accord", event.documentId());
        assertEquals("Peace accord initialed in Algiers", event.snippet());
        assertEquals(new Span(13, 22), event.snippetSpans().get(0));
    }

    @Test
    void phrasesAndOddInputAreHandled() {
        // The phrase is in the paragraph and in the event title (whose hit leads to the same document).
        assertEquals(List.of("fr-accord#-1", "fr-accord#0"), documents("\"accord de paix\"").stream().sorted().toList());
        assertTrue(documents("\"paix accord\"").isEmpty() || !documents("\"paix accord\"").contains("fr-accord#0"));
        assertTrue(documents("   ").isEmpty());
        assertTrue(documents("?!:").isEmpty());
        // Broken query syntax is taken literally rather than failing.
        assertTrue(documents("accord AND (").contains("fr-accord#0"));
        assertTrue(documents("\"négociations").contains("fr-nego#0"));
    }

    @Test
    void theBundledPressElementsAreFoundWithTheirExactSpot() {
        Library bundled = new LibraryLoader().loadBundled().library();
        try (SearchIndex real = SearchIndex.build(bundled)) {
            List<SearchHit> hits = real.search("l'accord paraphé", 10);
            // The first paragraph tells of "l’accord de paix paraphé le 1er mars à Alger".
            SearchHit first = hits.stream().filter(h -> h.kind() == SearchHit.Kind.PARAGRAPH && h.paragraphIndex() == 0)
                    .findFirst().orElseThrow();
            assertEquals("minusma-press-elements-2015-03-04", first.documentId());
            String paragraph = bundled.document(first.documentId()).orElseThrow().paragraphs().get(first.paragraphIndex());
            assertEquals(first.snippet(), paragraph.substring(first.snippetStart(), first.snippetStart() + first.snippet().length()));
            List<String> words = first.textSpans().stream().map(s -> paragraph.substring(s.start(), s.end())).toList();
            assertTrue(words.contains("l’accord"), words.toString());
            assertTrue(words.contains("paraphé"), words.toString());
        }
    }
}
