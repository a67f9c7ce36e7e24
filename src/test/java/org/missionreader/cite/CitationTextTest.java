package org.missionreader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.Speaker;

class CitationTextTest {

    private static Document pressElements() {
        return new LibraryLoader().loadBundled().library().document("minusma-press-elements-2015-03-04").orElseThrow();
    }

    @Test
    void thePressElementsInFrench() {
        Document doc = pressElements();
        assertEquals("François Delattre, " + doc.speaker().role()
                + ", «\u202fEléments à la presse du Président du Conseil de sécurité\u202f», 4\u00A0mars 2015. Source\u00A0: "
                + doc.source().name(), CitationText.format(doc, Locale.FRENCH));
    }

    @Test
    void thePressElementsInEnglish() {
        Document doc = pressElements();
        assertEquals("François Delattre, " + doc.speaker().role()
                + ", \u201cEléments à la presse du Président du Conseil de sécurité\u201d, 4\u00A0March 2015. Source: "
                + doc.source().name(), CitationText.format(doc, Locale.ENGLISH));
    }

    @Test
    void anUndatedDocumentWithoutSpeakerButWithSymbolAndAddress() {
        Document doc = new Document("d", "m", DocumentKind.RESOLUTION, "Résolution 2100", null, null, "fr",
                List.of("…"), new Source("undocs.org", "https://undocs.org/S/RES/2100(2013)"), "S/RES/2100 (2013)");
        assertEquals("Conseil de sécurité des Nations Unies, «\u202fRésolution 2100\u202f», s.\u00A0d., S/RES/2100 (2013). Source\u00A0: undocs.org (https://undocs.org/S/RES/2100(2013))",
                CitationText.format(doc, Locale.FRENCH));
        Document noRole = new Document("d", "m", DocumentKind.SPEECH, "Remarks", PartialDate.ofMonth(2015, 3),
                new Speaker("A. Speaker", null), "en", List.of("…"), new Source("un.org", null), null);
        assertEquals("A. Speaker, \u201cRemarks\u201d, March 2015. Source: un.org", CitationText.format(noRole, Locale.ENGLISH));
    }
}
