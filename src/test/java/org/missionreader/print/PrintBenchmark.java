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
    private static final int RUNS = 5;

    @Test
    void paginateAndExportAThreeHundredPageStatement() throws Exception {
        Document doc = Statements.synthetic(PARAGRAPHS, 2015);
        long t0 = System.nanoTime();
        PdfFontMeasurer measurer = new PdfFontMeasurer();
        double fontLoadMs = ms(System.nanoTime() - t0);
        PrintContent content = StatementContent.of(doc, null, Locale.FRENCH);
        PageSetup setup = PageSetup.defaults();

        List<Double> paginate = new ArrayList<>();
        Pagination pagination = null;
        for (int i = 0; i < RUNS; i++) {
            // a fresh measurer each time after the first, so its width cache does not carry over
            PdfFontMeasurer m = i == 0 ? measurer : new PdfFontMeasurer();
            long start = System.nanoTime();
            pagination = new Paginator(m).paginate(content, setup, Locale.FRENCH);
            paginate.add(ms(System.nanoTime() - start));
            if (m != measurer) m.close();
        }
        long startCached = System.nanoTime();
        new Paginator(measurer).paginate(content, setup, Locale.FRENCH);
        double paginateCached = ms(System.nanoTime() - startCached);

        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path pdf = dir.resolve("print-300-pages.pdf");
        List<Double> export = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
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
                String.format(Locale.ROOT, "paginate, cold width cache: first %.0f ms, median of the next %d %.0f ms", paginate.get(0),
                        RUNS - 1, median(paginate.subList(1, paginate.size()))),
                String.format(Locale.ROOT, "paginate again, warm width cache: %.0f ms", paginateCached),
                String.format(Locale.ROOT, "export to PDF (draw, subset and embed fonts, write atomically): median of 3 %.0f ms (runs %s)",
                        median(export), export.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).collect(Collectors.joining(", "))),
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
