package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The runs a double-click selects, as GTK's Pango 1.50 finds word starts and ends in the same text. */
class WordBoundsTest {

    private static String around(String text, int index) {
        int[] run = WordBounds.around(text, index);
        return text.substring(run[0], run[1]);
    }

    @Test
    void anApostropheEndsAWordAsInGtk() {
        String text = "signer l’accord de paix";
        assertEquals("accord", around(text, text.indexOf("accord") + 3));
        assertEquals("l", around(text, text.indexOf("l’")));
        assertEquals("’", around(text, text.indexOf("’")));
        assertEquals("aujourd", around("aujourd'hui", 2));
        assertEquals("hui", around("aujourd'hui", 9));
    }

    @Test
    void accentsAndCombiningMarksBelongToTheWord() {
        assertEquals("Représentant", around("le Représentant spécial", 6));
        // "é" written as e and a combining acute accent.
        assertEquals("spe\u0301cial", around("spe\u0301cial.", 3));
    }

    @Test
    void hyphensDigitsSpacesAndTheEnds() {
        assertEquals("est", around("c’est-à-dire", 3));
        assertEquals("2015", around("le 4 mars 2015.", 12));
        assertEquals(".", around("le 4 mars 2015.", 14));
        // The no-break space set before French punctuation is a space.
        assertEquals("\u202F", around("paix\u202F;", 4));
        assertEquals(" ", around("de paix", 2));
        assertEquals("paix", around("de paix", 99));
        assertEquals("", around("", 0));
    }
}
