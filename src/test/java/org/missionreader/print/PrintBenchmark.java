package org.missionreader.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Document;
import org.missionreader.print.pdf.PdfExport;
import org.missionreader.print.pdf.PdfFontMeasurer;

/**
 * Paginates and exports a synthetic statement of about 300 pages (mvn -Pbench test). Prints the figures
 * and writes them to target/bench/print.txt; asserts the result is right, never how fast it was.
 */
@Tag("benchmark")
class PrintBenchmark {

    private static final int PARAGRAPHS = 2400;
    private static final int WARM_UP = 5;
    private static final int RUNS = 10;

    @Test
    void paginateAndExportAThreeHundredPageStatement() throws Exception {
        Document doc = Statements.synthetic(PARAGRAPHS, 2015);
        long t0 = System.nanoTime();
        PdfFontMeasurer measurer = new PdfFontMeasurer();
        double fontLoadMs = ms(System.nanoTime() - t0);
        PrintContent content = StatementContent.of(doc, null, Locale.FRENCH);
        PageSetup setup = PageSetup.defaults();

        // cold: the first pagination in this JVM, fresh width cache, nothing compiled yet
        long coldStart = System.nanoTime();
        Pagination pagination = new Paginator(measurer).paginate(content, setup, Locale.FRENCH);
        double paginateCold = ms(System.nanoTime() - coldStart);
        for (int i = 0; i < WARM_UP; i++) new Paginator(measurer).paginate(content, setup, Locale.FRENCH);
        List<Double> paginate = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            new Paginator(measurer).paginate(content, setup, Locale.FRENCH);
            paginate.add(ms(System.nanoTime() - start));
        }

        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path pdf = dir.resolve("print-300-pages.pdf");
        long exportStart = System.nanoTime();
        new PdfExport(measurer).write(pagination, content.metadata(), pdf);
        double exportCold = ms(System.nanoTime() - exportStart);
        for (int i = 0; i < 2; i++) new PdfExport(measurer).write(pagination, content.metadata(), pdf);
        List<Double> export = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            new PdfExport(measurer).write(pagination, content.metadata(), pdf);
            export.add(ms(System.nanoTime() - start));
        }
        long size = Files.size(pdf);
        int lines = pagination.pages().stream().mapToInt(p -> p.lines().size()).sum();

        // right, not only fast: every page there, the text of the first, a middle and the last page as laid out
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pagination.pageCount(), read.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int n : List.of(1, pagination.pageCount() / 2, pagination.pageCount())) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String laidOut = pagination.pages().get(n - 1).lines().stream().map(Line::text).collect(Collectors.joining(" "));
                assertEquals(Statements.normalize(laidOut), Statements.normalize(stripper.getText(read)), "page " + n);
            }
        }
        for (int b = 0; b < content.blocks().size(); b += 97) {
            assertEquals(Statements.normalize(content.blocks().get(b).text()), Statements.normalize(Statements.blockText(pagination, b)));
        }
        assertTrue(pagination.pageCount() >= 280 && pagination.pageCount() <= 330, "about 300 pages: " + pagination.pageCount());
        measurer.close();

        String report = String.join("\n",
                "Print benchmark: synthetic French statement, " + PARAGRAPHS + " paragraphs, A4 portrait 11 pt",
                "pages: " + pagination.pageCount() + ", lines: " + lines,
                String.format(Locale.ROOT, "load the three Charis SIL faces (PDFBox): %.0f ms", fontLoadMs),
                String.format(Locale.ROOT, "paginate: first run in the JVM %.0f ms; after %d warm-up runs, median of %d %.0f ms (min %.0f, max %.0f)",
                        paginateCold, WARM_UP, RUNS, median(paginate), Collections.min(paginate), Collections.max(paginate)),
                String.format(Locale.ROOT, "export to PDF (draw, subset and embed fonts, write atomically): first run %.0f ms; after 2 warm-up runs, median of 5 %.0f ms (min %.0f, max %.0f)",
                        exportCold, median(export), Collections.min(export), Collections.max(export)),
                String.format(Locale.ROOT, "PDF size: %.1f KiB (%d bytes), %.2f KiB a page", size / 1024.0, size, size / 1024.0 / pagination.pageCount()),
                "machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        System.out.println(report);
        Files.writeString(dir.resolve("print.txt"), report + "\n", StandardCharsets.UTF_8);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
