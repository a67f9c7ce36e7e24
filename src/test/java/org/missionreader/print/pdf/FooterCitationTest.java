package org.missionreader.print.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.print.Orientation;
import org.missionreader.print.PageSetup;
import org.missionreader.print.PaperSize;
import org.missionreader.print.StatementContent;

/**
 * Pages that can be cited as printed: at every text size offered, on A4 and Letter, each exported page's
 * footer keeps the date and "page N of M" whole (the title gives way), read back from the PDF; the last
 * page ends with the source; the byline's date is in the document's language.
 */
class FooterCitationTest {

    private static PdfFontMeasurer measurer;
    private static Library library;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        measurer = new PdfFontMeasurer();
        library = new LibraryLoader().loadBundled().library();
    }

    @AfterAll
    static void close() throws IOException {
        measurer.close();
    }

    @Test
    void theDateAndPageNumberSurviveAtEverySizeOnA4AndLetter() throws IOException, ExportException {
        Document doc = library.document("minusma-press-elements-2015-03-04").orElseThrow();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            String date = locale == Locale.ENGLISH ? "4 March 2015" : "4 mars 2015";
            for (PaperSize paper : PaperSize.CHOICES) {
                for (double size : PageSetup.FONT_SIZES) {
                    Path file = dir.resolve(paper.name() + "-" + size + "-" + locale + ".pdf");
                    new PdfExport(measurer).export(StatementContent.inLibrary(doc, library, locale),
                            PageSetup.of(paper, Orientation.PORTRAIT, size), locale, file);
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        List<String> pages = PdfExportTest.pageTexts(pdf).stream().map(t -> t.replace("\u00A0", " ")).toList();
                        int total = pages.size();
                        for (int n = 1; n <= total; n++) {
                            String page = pages.get(n - 1);
                            String where = paper.name() + " " + size + " pt " + locale + " page " + n + ": ";
                            String pageOf = locale == Locale.ENGLISH ? "page " + n + " of " + total : "page " + n + " sur " + total;
                            assertTrue(page.toLowerCase(Locale.ROOT).contains(pageOf), where + page);
                            // The footer: the (shortened) citation then the page number, on the page's last line.
                            String footer = page.substring(page.lastIndexOf("François Delattre"));
                            assertTrue(footer.contains(", " + date), where + footer);
                            // At the largest sizes the whole citation cannot fit: the title gave way.
                            // It is shortened inside its quotation marks, which close before the date.
                            if (size >= 16) assertTrue(footer.matches("(?s).*…[\\s\\u202F\\u00A0]?[»”], " + date + ".*"), where + footer);
                        }
                        // The byline's date is the document's (French), whatever the interface language.
                        assertTrue(pages.get(0).contains("4 mars 2015"), pages.get(0));
                        // The last page ends with the source.
                        assertTrue(pages.get(total - 1).contains("Source"), pages.get(total - 1));
                        assertTrue(pages.get(total - 1).contains("maliweb AFP report of 4 March 2015"), pages.get(total - 1));
                    }
                }
            }
        }
    }

    @Test
    void aFrenchStatementInAnEnglishSessionKeepsItsFrenchDateUnderItsTitle() throws IOException, ExportException {
        Document doc = library.document("minusma-press-elements-2015-03-04").orElseThrow();
        Path file = dir.resolve("en.pdf");
        new PdfExport(measurer).export(StatementContent.inLibrary(doc, library, Locale.ENGLISH), PageSetup.defaults(),
                Locale.ENGLISH, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String first = PdfExportTest.pageTexts(pdf).get(0).replace("\u00A0", " ");
            int title = first.indexOf("Eléments à la presse du Président du Conseil de sécurité François Delattre");
            assertTrue(title >= 0, first);
            String byline = first.substring(title, first.indexOf("Nous avons entendu"));
            assertTrue(byline.contains("4 mars 2015"), byline);
            assertEquals(-1, byline.indexOf("March"), byline);
        }
    }
}
