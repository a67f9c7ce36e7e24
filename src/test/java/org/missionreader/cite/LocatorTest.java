package org.missionreader.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A citation of paragraphs of a document (a selection in the reader): "§ 3" in each format as it allows. */
class LocatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Locator THIRD = Locator.paragraph(3);
    private static final Locator THIRD_TO_FOURTH = new Locator(3, 4);

    private static String cite(CitationFormat format, Locale locale, Locator at) {
        return format.format(Records.PRESS, Records.BUNDLED, locale, TODAY, at);
    }

    @Test
    void theTextNamesTheParagraphsAfterTheDateInBothLanguages() {
        String english = cite(CitationFormat.TEXT, Locale.ENGLISH, THIRD);
        assertTrue(english.contains(", 4\u00a0March 2015, §\u00a03. Source: "), english);
        String french = cite(CitationFormat.TEXT, Locale.FRENCH, THIRD_TO_FOURTH);
        assertTrue(french.contains(", 4\u00a0mars 2015, §§\u00a03–4. Source\u00a0: "), french);
        // Without a locator, the citation is the whole document's, as before.
        assertEquals(CitationFormat.TEXT.format(Records.PRESS, Records.BUNDLED, Locale.ENGLISH, TODAY),
                cite(CitationFormat.TEXT, Locale.ENGLISH, null));
        assertFalse(cite(CitationFormat.TEXT, Locale.ENGLISH, null).contains("§"));
    }

    @Test
    void cslJsonCarriesALocatorLabelledParagraph() throws IOException {
        String json = cite(CitationFormat.CSL_JSON, Locale.ENGLISH, THIRD_TO_FOURTH);
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                // Reads through: a syntax error would throw.
            }
        }
        assertTrue(json.contains("\"locator\" : \"3-4\",\n  \"label\" : \"paragraph\""), json);
        String whole = cite(CitationFormat.CSL_JSON, Locale.ENGLISH, null);
        assertFalse(whole.contains("\"locator\""), whole);
        assertFalse(whole.contains("\"label\""), whole);
    }

    @Test
    void biblatexGivesPagesCountedAsParagraphs() {
        String one = cite(CitationFormat.BIBTEX, Locale.ENGLISH, THIRD);
        assertTrue(one.contains("  pages = {3},\n  pagination = {paragraph},\n"), one);
        String two = cite(CitationFormat.BIBTEX, Locale.ENGLISH, THIRD_TO_FOURTH);
        assertTrue(two.contains("  pages = {3--4},\n"), two);
        assertFalse(cite(CitationFormat.BIBTEX, Locale.ENGLISH, null).contains("pagination"));
    }

    @Test
    void risHasNoParagraphFieldSoTheNoteBeginsWithThem() {
        String ris = cite(CitationFormat.RIS, Locale.ENGLISH, THIRD);
        // In the record's language (French), as the rest of its note.
        assertTrue(ris.contains("N1  - §\u00a03. MINUSMA (Mission multidimensionnelle"), ris);
        assertFalse(ris.contains("SP  - "), ris);
    }

    @Test
    void aLocatorIsAtLeastOneParagraphInOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Locator(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Locator(4, 3));
    }
}
