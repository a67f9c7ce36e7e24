package org.missionreader.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.PartialDate;

/** The import form's paragraph edits, and the id a new document is given. */
class ParagraphsTest {

    private static final List<String> THREE = List.of("Le Conseil salue l’accord.", "Il appelle les parties.", "Fin.");

    @Test
    void mergeJoinsAParagraphWithTheNextByOneSpace() {
        assertEquals(List.of("Le Conseil salue l’accord. Il appelle les parties.", "Fin."), Paragraphs.mergeWithNext(THREE, 0));
        assertEquals(THREE, Paragraphs.mergeWithNext(THREE, 2), "the last has no next");
    }

    @Test
    void splitCutsAtTheCaretAndRefusesAnEmptySide() {
        assertEquals(List.of("Le Conseil", "salue l’accord.", "Il appelle les parties.", "Fin."), Paragraphs.split(THREE, 0, 10));
        assertEquals(THREE, Paragraphs.split(THREE, 0, 0));
        assertEquals(THREE, Paragraphs.split(THREE, 2, 4));
    }

    @Test
    void removeTakesOneOut() {
        assertEquals(List.of("Le Conseil salue l’accord.", "Fin."), Paragraphs.remove(THREE, 1));
    }

    @Test
    void aNewDocumentsIdIsMadeOfItsMissionDateAndTitleAndIsFree() {
        FormValues values = new FormValues(null, "Déclaration à la presse sur le Mali", DocumentKind.PRESS_STATEMENT,
                PartialDate.ofDay(2015, 3, 4), null, null, null, "fr", "minusma", null, "press.txt", null, List.of("Texte."));
        assertEquals("minusma-2015-03-04-declaration-a-la-presse-sur-le-mali", values.newId(id -> false));
        Set<String> taken = Set.of("minusma-2015-03-04-declaration-a-la-presse-sur-le-mali");
        assertEquals("minusma-2015-03-04-declaration-a-la-presse-sur-le-mali-2", values.newId(taken::contains));
        assertEquals(null, values.document("x").speaker(), "no speaker named, none made");
        assertEquals(null, values.mission(), "a mission of the library: no new one");
    }
}
