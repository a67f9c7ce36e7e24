package org.missionreader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aShortTextIsShownWhole() {
        assertEquals(new Span(0, 5), Snippets.window("court", List.of(new Span(0, 5)), 160));
    }

    @Test
    void theSentenceOfTheFirstHitIsChosen() {
        String text = "Première phrase sans rien. Deuxième phrase avec le mot cherché dedans. Troisième phrase.";
        int at = text.indexOf("cherché");
        Span w = Snippets.window(text, List.of(new Span(at, at + 7)), 50);
        assertEquals("Deuxième phrase avec le mot cherché dedans.", text.substring(w.start(), w.end()));
    }

    @Test
    void aLongSentenceIsCutAtSpacesAroundTheHit() {
        String text = "mot ".repeat(100) + "cible " + "suite ".repeat(100);
        int at = text.indexOf("cible");
        Span w = Snippets.window(text, List.of(new Span(at, at + 5)), 60);
        String cut = text.substring(w.start(), w.end());
        assertTrue(cut.contains("cible"));
        assertTrue(cut.length() <= 60, cut);
        assertTrue(w.start() == 0 || text.charAt(w.start() - 1) == ' ');
        assertTrue(w.end() == text.length() || text.charAt(w.end()) == ' ');
    }

    @Test
    void withNoHitTheOpeningIsShown() {
        String text = "a ".repeat(200);
        Span w = Snippets.window(text, List.of(), 20);
        assertEquals(0, w.start());
        assertTrue(w.end() <= 20);
    }
}
