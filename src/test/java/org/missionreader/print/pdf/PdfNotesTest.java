package org.missionreader.print.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.print.Annotation;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.StatementContent;

/** A PDF exported with the reader's highlights and notes: the tints drawn, the notes' text at the end. */
class PdfNotesTest {

    @TempDir
    Path dir;

    @Test
    void theExportShowsTheHighlightsTintsAndTheNotes() throws Exception {
        Library library = new LibraryLoader().loadBundled().library();
        Document doc = library.document("minusma-press-elements-2015-03-04").orElseThrow();
        String quote = doc.paragraphs().get(0).substring(0, 18);
        List<Annotation> annotations = List.of(new Annotation(0, 0, 18, 1, quote, "to quote in chapter 2"),
                new Annotation(1, 0, 10, 0, doc.paragraphs().get(1).substring(0, 10), ""));
        Path file = dir.resolve("notes.pdf");
        try (PdfFontMeasurer measurer = new PdfFontMeasurer()) {
            Pagination pagination = new PdfExport(measurer).export(
                    StatementContent.of(doc, library.mission("minusma").orElseThrow(), Locale.ENGLISH, annotations),
                    PageSetup.defaults(), Locale.ENGLISH, file);
            long tints = pagination.pages().stream().flatMap(p -> p.lines().stream()).mapToLong(l -> l.tints().size()).sum();
            assertEquals(2, tints, "one tint per highlighted line");
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String text = String.join(" ", PdfExportTest.pageTexts(pdf));
                assertTrue(text.contains("Notes 1. “" + quote + "” (§\u00a01): to quote in chapter 2"), text);
                PDFStreamParser parser = new PDFStreamParser(pdf.getPage(0));
                long rectangles = parser.parse().stream()
                        .filter(t -> t instanceof Operator op && op.getName().equals("re")).count();
                assertEquals(2, rectangles, "the two tints are drawn on the first page");
            }
        }
    }
}
