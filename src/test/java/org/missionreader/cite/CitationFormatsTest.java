package org.missionreader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What each citation format carries of a record, and that it carries nothing the record does not know. */
class CitationFormatsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static String cite(CitationFormat format, org.missionreader.library.Document doc,
                               org.missionreader.library.Library library) {
        return format.format(doc, library, Locale.ENGLISH, TODAY);
    }

    @Test
    void theBundledPressElementsInBibtex() {
        String bib = cite(CitationFormat.BIBTEX, Records.PRESS, Records.BUNDLED);
        assertTrue(bib.startsWith("@report{minusma-press-elements-2015-03-04,\n"), bib);
        assertTrue(bib.contains("  author = {{François Delattre}},\n"), bib);
        assertTrue(bib.contains("  title = {{Eléments à la presse du Président du Conseil de sécurité}},\n"), bib);
        assertTrue(bib.contains("  date = {2015-03-04},\n"), bib);
        assertTrue(bib.contains("  type = {Éléments à la presse},\n"), bib);
        assertTrue(bib.contains("  langid = {french},\n"), bib);
        assertTrue(bib.contains("  urldate = {2026-12-02},\n"), bib);
        assertTrue(bib.contains("note = {MINUSMA (Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali). Source : MINUSMA web page"), bib);
        // The press elements have no symbol and no address: none is made up.
        assertFalse(bib.contains("number ="), bib);
        assertFalse(bib.contains("url ="), bib);
    }

    @Test
    void latexCharactersAreEscapedAndTheAddressKeptAsIs() {
        String bib = cite(CitationFormat.BIBTEX, Records.STATEMENT, Records.WITH_TEST);
        assertTrue(bib.contains("title = {{Statement on Mali \\& the 100\\% \\{test\\} of Ségou\\_Gao}}"), bib);
        assertTrue(bib.contains("url = {https://example.org/prst?id=5&lang=en}"), bib);
        assertTrue(bib.contains("number = {S/PRST/2016/99}"), bib);
        assertTrue(bib.contains("date = {2016-06}"), bib);
        // A presidential statement with no speaker is the Council's, named in the document's language.
        assertTrue(bib.contains("author = {{United Nations Security Council}}"), bib);
    }

    @Test
    void risGivesEveryKnownFieldOnItsOwnLine() {
        String ris = cite(CitationFormat.RIS, Records.STATEMENT, Records.WITH_TEST);
        assertEquals(String.join("\r\n", "TY  - RPRT", "ID  - test-prst", "AU  - United Nations Security Council",
                "TI  - Statement on Mali & the 100% {test} of Ségou_Gao", "PY  - 2016", "DA  - 2016/06//",
                "M3  - Presidential statement", "SN  - S/PRST/2016/99", "N1  - TM (Test Mission). Source: Test source, été",
                "LA  - en", "UR  - https://example.org/prst?id=5&lang=en", "Y2  - 2026/12/02/", "ER  - ", ""), ris);
    }

    @Test
    void aRecordWithoutSourceOrMissionHasNoNoteAndAPersonIsNeverTheCouncil() {
        String ris = cite(CitationFormat.RIS, Records.LETTER, Records.BUNDLED);
        assertTrue(ris.contains("AU  - Zoé Ñúñez-Åström\r\n"), ris);
        assertTrue(ris.contains("DA  - 2014///\r\n"), ris);
        // Its only note is the day of access, which a year-only date leaves out of Y2 (see Ris).
        assertTrue(ris.contains("N1  - Consulté le 2026-12-02\r\n"), ris);
        assertFalse(ris.contains("Y2  -"), ris);
        assertFalse(ris.contains("UR  -"), ris);
        assertFalse(ris.contains("SN  -"), ris);
        // A notice has no speaker and is not the Council's: no author at all.
        assertFalse(cite(CitationFormat.RIS, Records.NOTICE, Records.BUNDLED).contains("AU  -"));
        assertFalse(cite(CitationFormat.CSL_JSON, Records.NOTICE, Records.BUNDLED).contains("\"author\""));
        assertFalse(cite(CitationFormat.BIBTEX, Records.NOTICE, Records.BUNDLED).contains("author ="));
        // Undated: no date field in any format.
        assertFalse(cite(CitationFormat.BIBTEX, Records.NOTICE, Records.BUNDLED).contains("  date ="));
        assertFalse(cite(CitationFormat.CSL_JSON, Records.NOTICE, Records.BUNDLED).contains("issued"));
    }

    @Test
    void cslJsonIsValidJsonWithDatesAtTheirPrecision() throws IOException {
        String json = cite(CitationFormat.CSL_JSON, Records.STATEMENT, Records.WITH_TEST);
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                // Reads through: a syntax error would throw.
                assertTrue(parser.currentToken() != JsonToken.NOT_AVAILABLE);
            }
        }
        String flat = json.replaceAll("\\s+", "");
        assertTrue(flat.contains("\"issued\":{\"date-parts\":[[2016,6]]}"), json);
        assertTrue(flat.contains("\"accessed\":{\"date-parts\":[[2026,12,2]]}"), json);
        assertTrue(flat.contains("\"author\":[{\"literal\":\"UnitedNationsSecurityCouncil\"}]"), json);
        assertTrue(json.contains("\"URL\" : \"https://example.org/prst?id=5&lang=en\""), json);
        assertTrue(json.contains("\"number\" : \"S/PRST/2016/99\""), json);
        assertTrue(json.contains("\"type\" : \"report\""), json);
    }

    @Test
    void plainTextEndsWithTheAddressAndTheDayOfAccess() {
        String english = cite(CitationFormat.TEXT, Records.STATEMENT, Records.WITH_TEST);
        assertTrue(english.endsWith("Source: Test source, été (https://example.org/prst?id=5&lang=en). Accessed 2\u00A0December 2026."),
                english);
        String french = CitationFormat.TEXT.format(Records.PRESS, Records.BUNDLED, Locale.FRENCH, TODAY);
        assertTrue(french.startsWith("François Delattre, "), french);
        assertTrue(french.contains("4\u00A0mars 2015"), french);
        assertTrue(french.endsWith("Consulté le 2\u00A0décembre 2026."), french);
    }

    @Test
    void formatsAreNamedAsTheCommandLineTakesThem() {
        for (CitationFormat f : CitationFormat.values()) {
            assertEquals(f, CitationFormat.named(f.cliName()));
        }
        assertEquals(null, CitationFormat.named("endnote"));
    }
}
