package org.missionreader.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;

class AnchorsTest {

    private static final String P0 = "Les membres du Conseil de sécurité ont salué le paraphe de l’accord.";
    private static final String P1 = "Ils ont appelé toutes les parties à signer l’accord sans tarder.";
    private static final String P2 = "Le Conseil restera saisi de la question.";

    private static Anchor anchor(int paragraph, String text, String quote) {
        int at = text.indexOf(quote);
        return new Anchor("doc", paragraph, at, at + quote.length(), quote);
    }

    @Test
    void aQuoteWhereItWasStaysThere() {
        Anchor a = anchor(1, P1, "toutes les parties");
        assertEquals(Optional.of(a), Anchors.place(a, List.of(P0, P1, P2)));
    }

    @Test
    void aQuoteMovedWithinItsParagraphIsFoundThere() {
        Anchor a = anchor(1, P1, "toutes les parties");
        String edited = "Le 4 mars, ils ont appelé toutes les parties à signer l’accord sans tarder.";
        Anchor placed = Anchors.place(a, List.of(P0, edited, P2)).orElseThrow();
        assertEquals(1, placed.paragraph());
        assertEquals("toutes les parties", edited.substring(placed.start(), placed.end()));
    }

    @Test
    void ofSeveralOccurrencesTheNearestIsChosen() {
        String text = "l’accord, l’accord, l’accord et encore l’accord";
        int third = text.indexOf("l’accord", 15);
        Anchor a = new Anchor("doc", 0, third + 3, third + 3 + "l’accord".length(), "l’accord");
        Anchor placed = Anchors.place(a, List.of(text)).orElseThrow();
        assertEquals(third, placed.start());
    }

    @Test
    void changedSpacesApostrophesAndCaseAreTolerated() {
        Anchor a = anchor(0, P0, "paraphe de l’accord");
        String edited = "Les membres du Conseil de sécurité ont salué le Paraphe  de\u00A0l'Accord.";
        Anchor placed = Anchors.place(a, List.of(edited, P1, P2)).orElseThrow();
        assertEquals(0, placed.paragraph());
        assertEquals("Paraphe  de\u00A0l'Accord", edited.substring(placed.start(), placed.end()));
        assertEquals(edited.substring(placed.start(), placed.end()), placed.quote(), "the anchor takes the text as it is now");
    }

    @Test
    void accentsChangedByAnEditionAreTolerated() {
        Anchor a = anchor(0, P0, "Conseil de sécurité");
        String edited = "Les membres du CONSEIL DE SECURITE ont salué le paraphe de l’accord.";
        Anchor placed = Anchors.place(a, List.of(edited)).orElseThrow();
        assertEquals("CONSEIL DE SECURITE", edited.substring(placed.start(), placed.end()));
    }

    @Test
    void aQuoteMovedToAnotherParagraphIsFoundInTheNearest() {
        Anchor a = anchor(3, P2, "restera saisi");
        // The fourth paragraph was split: the quote is now in the one after it, and also, farther, in the first.
        List<String> edited = List.of("Le Conseil restera saisi, disait-on.", P0, P1, "Le Conseil", "restera saisi de la question.");
        Anchor placed = Anchors.place(a, edited).orElseThrow();
        assertEquals(4, placed.paragraph());
    }

    @Test
    void theOriginalParagraphWinsOverAnExactMatchElsewhere() {
        Anchor a = anchor(0, P0, "l’accord");
        List<String> edited = List.of("Les membres du Conseil ont salué le paraphe de l'accord.", "l’accord");
        Anchor placed = Anchors.place(a, edited).orElseThrow();
        assertEquals(0, placed.paragraph());
        assertEquals("l'accord", placed.quote());
    }

    @Test
    void aQuoteGoneIsEmpty() {
        Anchor a = anchor(1, P1, "sans tarder");
        assertEquals(Optional.empty(), Anchors.place(a, List.of(P0, "Ils ont appelé les parties à signer.", P2)));
        assertEquals(Optional.empty(), Anchors.place(new Anchor("doc", 0, 0, 0, " "), List.of(P0)));
    }

    @Test
    void aParagraphGoneLeavesTheQuoteToBeFoundInTheOthers() {
        Anchor a = new Anchor("doc", 7, 0, 10, "Le Conseil");
        Anchor placed = Anchors.place(a, List.of(P0, P1, P2)).orElseThrow();
        assertEquals(2, placed.paragraph());
        assertEquals(0, placed.start());
    }

    @Test
    void theNotesThatCannotBePlacedAreListedWithWhy() {
        Document doc = new Document("doc", "minusma", DocumentKind.PRESS_ELEMENTS, "Éléments de presse", null, null, "fr",
                List.of(P0, "Ils ont appelé les parties à signer.", P2), null, null);
        Library library = new Library(List.of(), List.of(doc), List.of());
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Note kept = new Note("kept", anchor(0, P0, "paraphe"), NoteColour.YELLOW, "", t, t);
        Note quoteGone = new Note("quote-gone", anchor(1, P1, "sans tarder"), NoteColour.BLUE, "", t, t);
        Note docGone = new Note("doc-gone", new Anchor("withdrawn", 0, 0, 3, "Les"), NoteColour.PINK, "", t, t);
        List<Anchors.Unplaced> lost = Anchors.unplaced(new Notebook(List.of(kept, quoteGone, docGone), List.of()), library);
        assertEquals(List.of(new Anchors.Unplaced(quoteGone, Anchors.Reason.QUOTE_GONE),
                new Anchors.Unplaced(docGone, Anchors.Reason.DOCUMENT_GONE)), lost);
        assertTrue(Anchors.place(kept, library).isPresent());
    }

    @Test
    void asWrittenFindsWhatPlaceFindsWithoutFoldingAndLeavesTheRestToIt() {
        List<String> same = List.of(P0, P1, P2);
        Anchor there = anchor(1, P1, "toutes les parties");
        assertEquals(Optional.of(there), Anchors.placeAsWritten(there, same), "where it was");
        String edited = "Le 4 mars, ils ont appelé toutes les parties à signer l’accord sans tarder.";
        List<String> moved = List.of(P0, edited, P2);
        assertEquals(Anchors.place(there, moved), Anchors.placeAsWritten(there, moved), "moved within its paragraph, as written");
        Anchor first = new Anchor("doc", 0, 3 + "l’accord, l’accord, ".length(), 3 + "l’accord, l’accord, l’accord".length(), "l’accord");
        List<String> repeated = List.of("l’accord, l’accord, l’accord et encore l’accord");
        assertEquals(Anchors.place(first, repeated), Anchors.placeAsWritten(first, repeated), "the nearest of several, as place");

        // What only folding, or another paragraph, finds is left to place.
        Anchor council = anchor(0, P0, "Conseil de sécurité");
        List<String> shouted = List.of("Les membres du CONSEIL DE SECURITE ont salué le paraphe de l’accord.");
        assertEquals(Optional.empty(), Anchors.placeAsWritten(council, shouted));
        assertTrue(Anchors.place(council, shouted).isPresent());
        Anchor gone = new Anchor("doc", 7, 0, 10, "Le Conseil");
        assertEquals(Optional.empty(), Anchors.placeAsWritten(gone, same), "its paragraph is gone");
        assertTrue(Anchors.place(gone, same).isPresent());
        assertEquals(Optional.empty(), Anchors.placeAsWritten(new Anchor("doc", 0, 0, 0, " "), same));
    }
}
