package org.missionreader.print.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.print.Line;
import org.missionreader.print.Orientation;
import org.missionreader.print.Page;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.PaperSize;
import org.missionreader.print.PrintContent;
import org.missionreader.print.StatementContent;
import org.missionreader.print.Statements;

/** The exported PDF: its text, its fonts, its pages and its metadata, read back with PDFBox. */
class PdfExportTest {

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

    private PrintContent pressElements(Locale locale) {
        Document doc = library.document("minusma-press-elements-2015-03-04").orElseThrow();
        return StatementContent.of(doc, library.mission("minusma").orElseThrow(), locale);
    }

    /** The text of each page as PDFBox extracts it, white space normalised. */
    static List<String> pageTexts(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        List<String> pages = new java.util.ArrayList<>();
        for (int n = 1; n <= pdf.getNumberOfPages(); n++) {
            stripper.setStartPage(n);
            stripper.setEndPage(n);
            pages.add(Statements.normalize(stripper.getText(pdf)));
        }
        return pages;
    }

    /** The laid-out text of a page in reading order: header, body, footer. */
    private static String laidOut(Page page) {
        return Statements.normalize(page.lines().stream().map(Line::text).collect(Collectors.joining(" ")));
    }

    @Test
    void theExtractedTextIsTheDocumentsTextPageForPage() throws Exception {
        PrintContent content = pressElements(Locale.FRENCH);
        Path file = dir.resolve("press.pdf");
        Pagination pagination = new PdfExport(measurer).export(content, PageSetup.defaults().withFontSize(16), Locale.FRENCH, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(pagination.pageCount(), pdf.getNumberOfPages());
            assertEquals(2, pdf.getNumberOfPages());
            List<String> texts = pageTexts(pdf);
            for (Page page : pagination.pages()) {
                assertEquals(laidOut(page), texts.get(page.number() - 1), "page " + page.number());
            }
            // and the body, across the pages, is the statement word for word, accents and all
            String all = String.join(" ", texts);
            for (String paragraph : library.document("minusma-press-elements-2015-03-04").orElseThrow().paragraphs()) {
                String words = Statements.normalize(paragraph);
                String split = firstPageBreakInside(pagination, words);
                assertTrue(split == null ? all.contains(words) : all.contains(split), words);
            }
            assertTrue(all.contains("l’accord de paix paraphé le 1er mars à Alger"));
            assertTrue(all.contains("mise en œuvre"));
            assertTrue(all.contains("page 2 sur 2"));
        }
    }

    /** A paragraph split over two pages reads, in the extracted text, with the next page's header between. */
    private static String firstPageBreakInside(Pagination pagination, String paragraph) {
        for (Page page : pagination.pages()) {
            List<Line> body = page.bodyLines();
            if (body.isEmpty() || page.number() == pagination.pageCount()) continue;
            String last = body.get(body.size() - 1).text();
            if (paragraph.contains(last) && !paragraph.endsWith(last)) {
                Page next = pagination.pages().get(page.number());
                String beforeBreak = paragraph.substring(0, paragraph.indexOf(last) + last.length());
                String afterBreak = paragraph.substring(beforeBreak.length()).strip();
                String runningText = Statements.normalize(page.runningLines().get(2).text() + " " + page.runningLines().get(3).text()
                        + " " + next.runningLines().get(0).text() + " " + next.runningLines().get(1).text());
                return beforeBreak + " " + runningText + " " + afterBreak;
            }
        }
        return null;
    }

    @Test
    void theFontsAreEmbeddedSubsetsOfCharisSil() throws Exception {
        Path file = dir.resolve("fonts.pdf");
        new PdfExport(measurer).export(pressElements(Locale.FRENCH), PageSetup.defaults(), Locale.FRENCH, file);
        Set<String> names = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    assertTrue(font.getName().matches("^[A-Z]{6}\\+.*"), font.getName() + " is not a subset");
                }
            }
        }
        assertEquals(Set.of("CharisSIL", "CharisSIL-Bold", "CharisSIL-Italic"), names);
    }

    @Test
    void everyFrenchCharacterSurvivesTheRoundTrip() throws Exception {
        String french = "é è ê à ù ç Ç É È œ Œ æ « guillemets » l’apostrophe – tiret — cadratin … "
                + "4\u00A0mars, 1er\u202Fjuin ; ï ë ô î û ÿ";
        Document doc = Statements.document("accents", "Accents : é è ç œ", List.of(french));
        Path file = dir.resolve("accents.pdf");
        new PdfExport(measurer).export(StatementContent.of(doc, null, Locale.FRENCH), PageSetup.defaults(), Locale.FRENCH, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = pageTexts(pdf).get(0);
            assertTrue(text.contains(Statements.normalize(french)), text);
        }
    }

    @Test
    void theDocumentSaysWhatItIs() throws Exception {
        Path file = dir.resolve("meta.pdf");
        new PdfExport(measurer).export(pressElements(Locale.ENGLISH), PageSetup.of(PaperSize.LETTER, Orientation.LANDSCAPE, 12),
                Locale.ENGLISH, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            var info = pdf.getDocumentInformation();
            assertEquals("Eléments à la presse du Président du Conseil de sécurité", info.getTitle());
            assertEquals("François Delattre", info.getAuthor());
            assertEquals("MINUSMA — United Nations Multidimensional Integrated Stabilization Mission in Mali", info.getSubject());
            assertEquals("fr", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            var box = pdf.getPage(0).getMediaBox();
            assertEquals(792, box.getWidth(), 0.01);  // Letter, turned
            assertEquals(612, box.getHeight(), 0.01);
        }
    }

    @Test
    void aLongStatementExportsEveryPageWithItsText() throws Exception {
        Document doc = Statements.synthetic(80, 11);
        PrintContent content = StatementContent.of(doc, library.mission("minusma").orElseThrow(), Locale.FRENCH);
        Path file = dir.resolve("long.pdf");
        Pagination pagination = new PdfExport(measurer).export(content, PageSetup.defaults(), Locale.FRENCH, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(pagination.pageCount(), pdf.getNumberOfPages());
            List<String> texts = pageTexts(pdf);
            for (Page page : pagination.pages()) {
                assertEquals(laidOut(page), texts.get(page.number() - 1), "page " + page.number());
            }
        }
        assertTrue(Files.size(file) > 0);
    }
}
