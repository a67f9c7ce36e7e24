package org.missionreader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TypographyTest {

    private static String shown(String text) {
        // Makes the spaces visible in failure messages: _ no-break, ^ narrow no-break.
        return Typography.keepTogether(text).replace('\u00A0', '_').replace('\u202F', '^');
    }

    @Test
    void frenchPunctuationKeepsItsSpaceButNeverBreaksThere() {
        assertEquals("Statut_: fermée^; liquidation^! Vraiment^?", shown("Statut : fermée ; liquidation ! Vraiment ?"));
        assertEquals("«^accord de paix^»", shown("« accord de paix »"));
    }

    @Test
    void noSpaceIsAddedWhereTheTextHasNone() {
        // The statement's own style, word for word.
        assertEquals("Président du Conseil de sécurité; Représentant", shown("Président du Conseil de sécurité; Représentant"));
        assertEquals("«accord»", shown("«accord»"));
    }

    @Test
    void datesStayOnOneLine() {
        assertEquals("le 1er_mars à Alger", shown("le 1er mars à Alger"));
        assertEquals("a fermé le 31_décembre_2023.", shown("a fermé le 31 décembre 2023."));
        assertEquals("liquidation from 1_January_2024", shown("liquidation from 1 January 2024"));
        assertEquals("en septembre_1991", shown("en septembre 1991"));
        assertEquals("the 2nd_March", shown("the 2nd March"));
    }

    @Test
    void numbersAndWordsThatAreNotDatesAreLeftAlone() {
        assertEquals("résolution 2690 du Conseil", shown("résolution 2690 du Conseil"));
        assertEquals("les 12_mai", shown("les 12 mai"));
        assertEquals("2015 marsupiaux", shown("2015 marsupiaux"));
        assertEquals("remarsable 12", shown("remarsable 12"));
    }

    @Test
    void aTitleStaysWithTheName() {
        assertEquals("M._Mongi Hamdi", shown("M. Mongi Hamdi"));
        assertEquals("Mme_Bintou Keita", shown("Mme Bintou Keita"));
        assertEquals("il y a 3 M. de", shown("il y a 3 M. de"));
    }

    @Test
    void everyOffsetStaysTrue() {
        String text = "Nous avons entendu M. Mongi Hamdi le 1er mars 2015 : « accord » ; enfin !";
        String set = Typography.keepTogether(text);
        assertEquals(text.length(), set.length());
        assertEquals(text, set.replace('\u00A0', ' ').replace('\u202F', ' '));
        assertNull(Typography.keepTogether(null));
        assertEquals("", Typography.keepTogether(""));
    }
}
