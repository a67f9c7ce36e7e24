package org.missionreader.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import javafx.print.PageRange;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.print.Line;
import org.missionreader.print.Page;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.Paginator;
import org.missionreader.print.PrintContent;
import org.missionreader.print.StatementContent;
import org.missionreader.print.pdf.PdfFontMeasurer;
import org.missionreader.print.pdf.PdfWriter;
import org.missionreader.ui.application.Fonts;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Prints the press elements through the real JavaFX PrinterJob to a CUPS-PDF printer, with no dialog,
 * and reads back what the printer wrote: the page count the engine predicted, and on every page the
 * statement as the PDF export draws it, accents included. Skipped, saying why, where no CUPS-PDF
 * printer is set up (.ci/run sets one up).
 */
@ExtendWith(ApplicationExtension.class)
class RealPrinterTest {

    @TempDir
    Path dir;

    private ReaderModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    private static Printer javaFxPrinter(CupsPdfPrinter cups) {
        return Printer.getAllPrinters().stream().filter(p -> p.getName().equals(cups.name)).findFirst()
                .orElseThrow(() -> new AssertionError("CUPS has the printer " + cups.name + " but JavaFX lists only "
                        + Printer.getAllPrinters()));
    }

    private static Path keep(CupsPdfPrinter cups, String title, String name) throws Exception {
        Path printed = cups.awaitOutput(title, 90_000).orElseThrow(() -> new AssertionError(
                "CUPS-PDF wrote no PDF for the job " + title + " in " + cups.outputFolders + " within 90 s"));
        Path kept = Path.of("target", "printed", name);
        Files.createDirectories(kept.getParent());
        Files.move(printed, kept, StandardCopyOption.REPLACE_EXISTING);
        return kept;
    }

    @Test
    void thePrintCommandSendsOnlyThePagesAskedFor(FxRobot robot) throws Exception {
        CupsPdfPrinter cups = CupsPdfPrinter.orSkip();
        Printer printer = javaFxPrinter(cups);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        Document doc = model.library().document("minusma-press-elements-2015-03-04").orElseThrow();
        robot.interact(() -> model.open(doc));
        PageSetup setup = PageSetup.defaults().withFontSize(18);
        Pagination pagination = window.print().paginate(doc, setup, Locale.FRENCH);
        assertEquals(2, pagination.pageCount());

        String title = "missionreaderrange" + System.currentTimeMillis();
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        job.getJobSettings().setJobName(title);
        job.getJobSettings().setPageRanges(new PageRange(2, 2)); // as if chosen in the print dialog
        PageLayout layout = PagePrinter.layout(printer, setup);
        var task = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                new PrintAction(window.print(), doc, setup).run(job, layout, setup)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, task::isDone);
        assertEquals(PagePrinter.Outcome.DONE, task.get().outcome());
        assertEquals(1, task.get().pagesSent());

        Path kept = keep(cups, title, "press-elements-page-2-printed.pdf");
        PrintContent content = window.print().content(doc, Locale.FRENCH);
        Path exported = write(pagination, content, "exported.pdf");
        Path withoutAccents = write(stripAccents(pagination), content, "without-accents.pdf");
        try (PDDocument paper = Loader.loadPDF(kept.toFile());
             PDDocument pdf = Loader.loadPDF(exported.toFile());
             PDDocument plain = Loader.loadPDF(withoutAccents.toFile())) {
            assertEquals(1, paper.getNumberOfPages(), "only the page asked for is printed");
            assertSamePage(0, paper, 1, pdf, plain);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.listWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().lookup("#print-progress-message") != null && w.isShowing()), "the progress window closes");
    }

    @Test
    void printsThePressElementsOnTheCupsPdfPrinter() throws Exception {
        CupsPdfPrinter cups = CupsPdfPrinter.orSkip();
        Printer printer = javaFxPrinter(cups);

        Library library = new LibraryLoader().loadBundled().library();
        PrintContent content = StatementContent.of(library.document("minusma-press-elements-2015-03-04").orElseThrow(),
                library.mission("minusma").orElseThrow(), Locale.FRENCH);
        PageSetup setup = PageSetup.defaults().withFontSize(18);
        Pagination pagination;
        try (PdfFontMeasurer measurer = new PdfFontMeasurer()) {
            pagination = new Paginator(measurer).paginate(content, setup, Locale.FRENCH);
        }
        assertEquals(2, pagination.pageCount(), "the engine predicts two pages at 18 pt on A4");

        String title = "missionreadertest" + System.currentTimeMillis();
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        job.getJobSettings().setJobName(title);
        PageLayout layout = PagePrinter.layout(printer, setup);
        // as the Print command does: off the JavaFX thread
        PagePrinter.Result result = CompletableFuture.supplyAsync(() -> PagePrinter.print(job, layout, pagination,
                List.of(1, 2), (index, count, number) -> { }, () -> false)).get(120, TimeUnit.SECONDS);
        assertEquals(PagePrinter.Outcome.DONE, result.outcome(), "job status " + result.status());
        assertEquals(2, result.pagesSent());

        Path kept = keep(cups, title, "press-elements-printed.pdf");

        Path exported = write(pagination, content, "exported.pdf");
        Path withoutAccents = write(stripAccents(pagination), content, "without-accents.pdf");
        try (PDDocument paper = Loader.loadPDF(kept.toFile());
             PDDocument pdf = Loader.loadPDF(exported.toFile());
             PDDocument plain = Loader.loadPDF(withoutAccents.toFile())) {
            assertEquals(pagination.pageCount(), paper.getNumberOfPages(), "pages printed");
            for (int i = 0; i < paper.getNumberOfPages(); i++) {
                assertSamePage(i, paper, i, pdf, plain);
            }
        }
    }

    @Test
    void aCancelledJobPrintsNothing() throws Exception {
        CupsPdfPrinter cups = CupsPdfPrinter.orSkip();
        Printer printer = javaFxPrinter(cups);
        Library library = new LibraryLoader().loadBundled().library();
        PrintContent content = StatementContent.of(library.document("minusma-press-elements-2015-03-04").orElseThrow(),
                library.mission("minusma").orElseThrow(), Locale.FRENCH);
        Pagination pagination;
        try (PdfFontMeasurer measurer = new PdfFontMeasurer()) {
            pagination = new Paginator(measurer).paginate(content, PageSetup.defaults(), Locale.FRENCH);
        }
        String title = "missionreadercancel" + System.currentTimeMillis();
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        job.getJobSettings().setJobName(title);
        PagePrinter.Result result = CompletableFuture.supplyAsync(() -> PagePrinter.print(job,
                PagePrinter.layout(printer, PageSetup.defaults()), pagination, List.of(1), (index, count, number) -> { },
                () -> true)).get(60, TimeUnit.SECONDS);
        assertEquals(PagePrinter.Outcome.CANCELLED, result.outcome());
        assertEquals(0, result.pagesSent());
        assertEquals(PrinterJob.JobStatus.CANCELED, job.getJobStatus());
        assertTrue(cups.awaitOutput(title, 5_000).isEmpty(), "a cancelled job leaves no printout");
    }

    /**
     * The printed page shows what the exported page shows, at the same place: where there is text they
     * differ little, and where the accented export and an unaccented one differ (the accents), the
     * printed page matches the accented one.
     */
    private static void assertSamePage(int i, PDDocument paper, int exportedIndex, PDDocument pdf, PDDocument plain) throws Exception {
        float[][] printed = PrintedPageComparison.ink(paper, i);
        float[][] reference = PrintedPageComparison.ink(pdf, exportedIndex);
        float[][] unaccented = PrintedPageComparison.ink(plain, exportedIndex);
        assertEquals(reference.length, printed.length, "page " + (i + 1) + " height");
        assertEquals(reference[0].length, printed[0].length, "page " + (i + 1) + " width");
        int[] shift = PrintedPageComparison.bestShift(reference, printed);
        double onText = PrintedPageComparison.meanDifference(reference, printed, shift,
                PrintedPageComparison.inked(reference, printed, shift));
        boolean[][] accents = PrintedPageComparison.whereTheyDiffer(reference, unaccented);
        double toAccented = PrintedPageComparison.meanDifference(reference, printed, shift, accents);
        double toUnaccented = PrintedPageComparison.meanDifference(unaccented, printed, shift, accents);
        String figures = String.format(Locale.ROOT, "printed page %d (page %d of the export): shift %d,%d px; on text %.3f; on %d accent pixels %.3f (accented) vs %.3f (unaccented)",
                i + 1, exportedIndex + 1, shift[0], shift[1], onText, PrintedPageComparison.count(accents), toAccented, toUnaccented);
        System.out.println(figures);
        assertTrue(Math.abs(shift[0]) <= 2 && Math.abs(shift[1]) <= 2, "printed where the engine placed it: " + figures);
        assertTrue(onText < 0.2, "the printed text is the exported text: " + figures);
        assertTrue(PrintedPageComparison.count(accents) > 50, "the page has accents to check: " + figures);
        assertTrue(toAccented < 0.5 * toUnaccented, "the accents are printed: " + figures);
    }

    private Path write(Pagination pagination, PrintContent content, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfWriter().write(pagination, content.metadata(), out);
        }
        return file;
    }

    /** The same pages with every accent taken off its letter, each line where it was. */
    private static Pagination stripAccents(Pagination pagination) {
        List<Page> pages = pagination.pages().stream().map(page -> new Page(page.number(), page.width(), page.height(),
                page.lines().stream().map(l -> new Line(Normalizer.normalize(l.text(), Normalizer.Form.NFD).replaceAll("\\p{M}", ""),
                        l.x(), l.baseline(), l.style(), l.size(), l.block(), l.brokenWord())).toList())).toList();
        return new Pagination(pagination.setup(), pages);
    }
}
