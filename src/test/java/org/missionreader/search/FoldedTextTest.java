package org.missionreader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    private static List<String> found(String text, String query) {
        return new FoldedText(text).find(query).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void accentsAndCaseAreIgnoredAndTheOriginalIsReturned() {
        assertEquals(List.of("Sécurité", "sécurité"), found("Sécurité et sécurité.", "securite"));
        assertEquals(List.of("Sécurité"), found("La Sécurité.", "SÉCURITÉ"));
    }

    @Test
    void theLigatureMapsBackAcrossItsLengthChange() {
        String text = "La mise en œuvre de l’œuvre.";
        assertEquals(List.of("œuvre", "œuvre"), found(text, "oeuvre"));
        assertEquals(List.of("œ", "œ"), found(text, "oe"));
        // After the two-character fold, later offsets still land right.
        assertEquals(List.of("l’œuvre"), found(text, "l'oeuvre"));
        assertEquals(List.of("de"), found(text, "de"));
    }

    @Test
    void decomposedAccentsStayWithTheirLetter() {
        String text = "Re\u0301sume\u0301 final";
        assertEquals(List.of("Re\u0301sume\u0301"), found(text, "résumé"));
    }

    @Test
    void noQueryOrNoMatchFindsNothing() {
        assertTrue(found("texte", "").isEmpty());
        assertTrue(found("texte", "zz").isEmpty());
        assertEquals(List.of("aa", "aa"), found("aaaa", "aa"));
    }
}
