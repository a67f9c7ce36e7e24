package org.missionreader.ui.reader;


import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The runs a double-click selects, as Evince selects them in the same text. */
class WordBoundsTest {

    private static String around(String text, int index) {
        int[] run = WordBounds.around(text, index);
        return text.substring(run[0], run[1]);
    }

    @Test
    void anApostropheBetweenLettersStaysInTheWordAsInEvince() {
        String text = "signer l’accord de paix";
        assertEquals("l’accord", around(text, text.indexOf("accord") + 3));
        assertEquals("l’accord", around(text, text.indexOf("l’")));
        assertEquals("l’accord", around(text, text.indexOf("’")));
        assertEquals("aujourd'hui", around("aujourd'hui", 2));
        // Not between two letters: a quotation mark of its own.
        assertEquals("’", around("‘paix’ ", 5));
        assertEquals("paix", around("‘paix’ ", 2));
    }

    @Test
    void accentsAndCombiningMarksBelongToTheWord() {
        assertEquals("Représentant", around("le Représentant spécial", 6));
        // "é" written as e and a combining acute accent.
        assertEquals("spe\u0301cial", around("spe\u0301cial.", 3));
    }

    @Test
    void hyphensDigitsSpacesAndTheEnds() {
        assertEquals("c’est", around("c’est-à-dire", 3));
        assertEquals("à", around("c’est-à-dire", 6));
        assertEquals("2015", around("le 4 mars 2015.", 12));
        assertEquals(".", around("le 4 mars 2015.", 14));
        assertEquals("1er", around("le 1er mars", 4));
        assertEquals("000,5", around("1 000,5 ans", 3));
        assertEquals("04", around("2015-03-04", 9));
        // The no-break space set before French punctuation is a space.
        assertEquals("\u202F", around("paix\u202F;", 4));
        assertEquals(" ", around("de paix", 2));
        assertEquals("paix", around("de paix", 99));
        assertEquals("", around("", 0));
    }
}
