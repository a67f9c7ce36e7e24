package org.missionreader.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The pagination rules on pages worked out by hand: a monospace measurer (each character 5 pt at
 * 10 pt), a column of 20 characters, and a body exactly ten 14 pt lines tall.
 */
class PaginationRulesTest {

    private static final double SIZE = 10;
    // header and footer bands: 9.6 pt line + 12 pt gap each; body: 10 lines of 14 pt
    private static final PageSetup TEN_LINES = new PageSetup(new PaperSize("test", 100, 2 * 21.6 + 140 + 0.001),
            Orientation.PORTRAIT, 0, 0, 0, 0, SIZE);

    private final Paginator paginator = new Paginator(new MonospaceMeasurer());

    /** A paragraph of n lines: words of 15 characters, so two never share a 20-character line. */
    private static PrintContent.Block paragraph(int lines, char letter) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < lines; i++) words.add(String.valueOf(letter).repeat(14) + i % 10);
        return new PrintContent.Block(LineStyle.BODY, String.join(" ", words), 0, false);
    }

    private static PrintContent content(PrintContent.Block... blocks) {
        return new PrintContent(List.of(blocks), "MINUSMA", "Titre", "Citation",
                new PrintContent.Metadata("Titre", null, null, "fr"));
    }

    /** For each page, how many body lines each block has there, as "block:lines" in page order. */
    private List<List<String>> shape(Pagination pagination) {
        List<List<String>> pages = new ArrayList<>();
        for (Page page : pagination.pages()) {
            List<String> chunks = new ArrayList<>();
            int block = -2;
            int count = 0;
            for (Line line : page.bodyLines()) {
                if (line.block() != block && count > 0) {
                    chunks.add(block + ":" + count);
                    count = 0;
                }
                block = line.block();
                count++;
            }
            if (count > 0) chunks.add(block + ":" + count);
            pages.add(chunks);
        }
        return pages;
    }

    private List<List<String>> layout(PrintContent.Block... blocks) {
        return shape(paginator.paginate(content(blocks), TEN_LINES, Locale.FRENCH));
    }

    @Test
    void aParagraphThatFitsStaysWhole() {
        assertEquals(List.of(List.of("0:6", "1:4")), layout(paragraph(6, 'a'), paragraph(4, 'b')));
        assertEquals(List.of(List.of("0:9", "1:1")), layout(paragraph(9, 'a'), paragraph(1, 'b')));
    }

    @Test
    void noFirstLineAloneAtTheBottomOfAPage() {
        // one line of room for a four-line paragraph: it starts on the next page
        assertEquals(List.of(List.of("0:9"), List.of("1:4")), layout(paragraph(9, 'a'), paragraph(4, 'b')));
    }

    @Test
    void noLastLineAloneAtTheTopOfAPage() {
        // four lines of room for five: three go, two follow, rather than four and one
        assertEquals(List.of(List.of("0:6", "1:3"), List.of("1:2")), layout(paragraph(6, 'a'), paragraph(5, 'b')));
        // two lines of room for three: two then one would strand a line, one then two an orphan: it moves whole
        assertEquals(List.of(List.of("0:8"), List.of("1:3")), layout(paragraph(8, 'a'), paragraph(3, 'b')));
    }

    @Test
    void aParagraphLongerThanAPageRunsOnKeepingTwoLinesTogetherAtTheEnd() {
        assertEquals(List.of(List.of("0:10"), List.of("0:10"), List.of("0:5")), layout(paragraph(25, 'a')));
        assertEquals(List.of(List.of("0:10"), List.of("0:9"), List.of("0:2")), layout(paragraph(21, 'a')));
    }

    @Test
    void aTitleIsKeptWithTheStartOfWhatFollows() {
        PrintContent.Block title = new PrintContent.Block(LineStyle.TITLE, "Titre", 0, true);
        // after 8 lines, 28 pt remain: room for the 18.75 pt title but not for it and two lines after it
        assertEquals(List.of(List.of("0:8"), List.of("1:1", "2:3")), layout(paragraph(8, 'a'), title, paragraph(3, 'b')));
    }

    @Test
    void aWordWiderThanTheColumnIsBrokenAndNothingIsLost() {
        String word = "x".repeat(30) + "y".repeat(30) + "z".repeat(10);
        Pagination pagination = paginator.paginate(content(new PrintContent.Block(LineStyle.BODY, "début " + word + " fin", 0, false)),
                TEN_LINES, Locale.FRENCH);
        List<Line> lines = pagination.pages().get(0).bodyLines();
        assertEquals(List.of("début", "x".repeat(20), "x".repeat(10) + "y".repeat(10), "y".repeat(20), "z".repeat(10) + " fin"),
                lines.stream().map(Line::text).toList());
        assertEquals(List.of(false, true, true, true, false), lines.stream().map(Line::brokenWord).toList());
        assertEquals("début " + word + " fin", Statements.blockText(pagination, 0));
    }

    @Test
    void noBreakSpacesAreNotBreakOpportunities() {
        // "4\u00A0mars" is one word for the breaker, as French typography wants
        Pagination pagination = paginator.paginate(content(new PrintContent.Block(LineStyle.BODY,
                "le 4\u00A0mars 2015 à Alger, «\u202Faccord\u202F»", 0, false)), TEN_LINES, Locale.FRENCH);
        assertTrue(pagination.pages().get(0).bodyLines().stream().anyMatch(l -> l.text().contains("4\u00A0mars")));
    }

    @Test
    void everyPageHasItsHeaderAndAFooterCountingThePagesInTheInterfaceLanguage() {
        Pagination pagination = paginator.paginate(content(paragraph(25, 'a')), TEN_LINES, Locale.FRENCH);
        assertEquals(3, pagination.pageCount());
        for (Page page : pagination.pages()) {
            List<String> running = page.runningLines().stream().map(Line::text).toList();
            assertEquals(List.of("MINUSMA", "Titre", "Citation", "page " + page.number() + " sur 3"), running);
        }
        Pagination english = paginator.paginate(content(paragraph(25, 'a')), TEN_LINES, Locale.ENGLISH);
        assertEquals("page 2 of 3", english.pages().get(1).runningLines().get(3).text());
    }

    @Test
    void theRulesDecideHowManyLinesGo() {
        assertEquals(5, Paginator.linesToTake(5, 10, true));
        assertEquals(0, Paginator.linesToTake(1, 10, true));   // orphan
        assertEquals(3, Paginator.linesToTake(4, 5, true));    // widow
        assertEquals(0, Paginator.linesToTake(2, 3, true));    // both
        assertEquals(1, Paginator.linesToTake(1, 10, false));  // a continued paragraph may fill the last line
    }

    @Test
    void anEmptyDocumentStillHasOnePageWithHeaderAndFooter() {
        Pagination pagination = paginator.paginate(content(), TEN_LINES, Locale.ENGLISH);
        assertEquals(1, pagination.pageCount());
        assertEquals(Collections.emptyList(), pagination.pages().get(0).bodyLines());
        assertEquals(4, pagination.pages().get(0).runningLines().size());
    }

    @Test
    void landscapeTurnsThePaper() {
        PageSetup landscape = PageSetup.defaults().withOrientation(Orientation.LANDSCAPE);
        assertEquals(PaperSize.A4.height(), landscape.pageWidth(), 1e-9);
        assertEquals(PaperSize.A4.width(), landscape.pageHeight(), 1e-9);
        assertEquals(595.28, PaperSize.A4.width(), 0.01);
        assertEquals(841.89, PaperSize.A4.height(), 0.01);
    }

    @Test
    void aDateOrATitleAndItsNameNeverEndsALineButPrintsAsWritten() {
        // 20 characters to a line: "paraphé le 1er" would fit, but "1er mars" goes over together.
        LineBreaker breaker = new LineBreaker(new MonospaceMeasurer());
        List<String> lines = breaker.wrap("accord paraphé le 1er mars à Alger par M. Mongi Hamdi", FontFace.REGULAR, SIZE, 100)
                .stream().map(LineBreaker.Wrapped::text).toList();
        assertEquals(List.of("accord paraphé le", "1er mars à Alger par", "M. Mongi Hamdi"), lines);
        lines.forEach(line -> assertEquals(-1, line.indexOf('\u00A0'), "the source's own spaces: " + line));
    }
}
