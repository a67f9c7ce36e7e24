package org.missionreader.ui.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.print.JobSettings;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import org.missionreader.print.Orientation;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.PaperSize;

/**
 * Sends paginated pages to a JavaFX {@link PrinterJob}, one node per page, with no dialog: what the Print
 * command runs on a background thread after the print dialog, and what the printer test runs directly.
 */
public final class PagePrinter {

    /** Told before each page is sent: its position among the pages printed (from 1), how many, its number. */
    @FunctionalInterface
    public interface Progress {
        void page(int index, int count, int pageNumber);
    }

    /** How a run ended; {@code pagesSent} counts the pages the job accepted. */
    public enum Outcome { DONE, CANCELLED, FAILED }

    /** The outcome, the pages sent, and the job's final status (for a failure message). */
    public record Result(Outcome outcome, int pagesSent, PrinterJob.JobStatus status) {
    }

    private PagePrinter() {
    }

    /** The printer's page layout for a page setup: its paper and orientation, the printer's own smallest margins. */
    public static PageLayout layout(Printer printer, PageSetup setup) {
        Paper paper = paperFor(printer, setup.paper());
        PageOrientation orientation = setup.orientation() == Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
        return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
    }

    private static Paper paperFor(Printer printer, PaperSize size) {
        for (Paper paper : printer.getPrinterAttributes().getSupportedPapers()) {
            if (Math.abs(paper.getWidth() - size.width()) < 2 && Math.abs(paper.getHeight() - size.height()) < 2) return paper;
        }
        return size == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4;
    }

    /** The page setup matching what the print dialog chose (paper, orientation), keeping the text size. */
    public static PageSetup setupFor(PageLayout layout, PageSetup base) {
        Paper paper = layout.getPaper();
        PaperSize size = PaperSize.CHOICES.stream()
                .filter(p -> Math.abs(p.width() - paper.getWidth()) < 2 && Math.abs(p.height() - paper.getHeight()) < 2)
                .findFirst()
                .orElse(new PaperSize(paper.getName(), paper.getWidth(), paper.getHeight()));
        PageOrientation o = layout.getPageOrientation();
        Orientation orientation = o == PageOrientation.LANDSCAPE || o == PageOrientation.REVERSE_LANDSCAPE
                ? Orientation.LANDSCAPE : Orientation.PORTRAIT;
        return base.withPaper(size).withOrientation(orientation);
    }

    /** The page numbers the job's settings ask for (all when no range is set), in order, within 1..count. */
    public static List<Integer> selectedPages(JobSettings settings, int count) {
        List<Integer> pages = new ArrayList<>();
        PageRange[] ranges = settings.getPageRanges();
        if (ranges == null || ranges.length == 0) {
            for (int n = 1; n <= count; n++) pages.add(n);
            return pages;
        }
        for (PageRange range : ranges) {
            for (int n = Math.max(1, range.getStartPage()); n <= Math.min(count, range.getEndPage()); n++) {
                if (!pages.contains(n)) pages.add(n);
            }
        }
        return pages;
    }

    /**
     * Sends one page, on the JavaFX thread, and returns once the job has printed it: JavaFX's printing thread
     * tells a caller on another thread that its page is done as it asks for the next one, but for the first
     * page of a job it says so before it has taken that page, so that a second page sent at once could
     * replace the first, which was then never printed (seen once in about a dozen runs of RealPrinterTest:
     * a job of two pages came out as page 2 alone). Sent from the JavaFX thread, a page waits in a nested
     * event loop that JavaFX leaves only once the page is printed; the window keeps answering meanwhile.
     */
    private static boolean sendPage(PrinterJob job, PageLayout layout, Group page) {
        if (Platform.isFxApplicationThread()) return job.printPage(layout, page);
        FutureTask<Boolean> sent = new FutureTask<>(() -> job.printPage(layout, page));
        Platform.runLater(sent);
        try {
            return sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancelJob();
            return false;
        } catch (ExecutionException e) {
            // printPage throws only for a job already ended or a node it cannot print: the job is not done.
            return false;
        }
    }

    /**
     * Prints the given pages and ends the job. Call it off the JavaFX thread (JavaFX schedules what must run
     * on its own thread); a cancel is checked before each page and cancels the job.
     */
    public static Result print(PrinterJob job, PageLayout layout, Pagination pagination, List<Integer> pages,
                               Progress progress, BooleanSupplier cancelled) {
        // JavaFX would apply the job's page ranges again, to the pages in the order they are sent (the
        // first page sent being its page 1) and drop the others: the pages given here are already the
        // ones asked for, so the job prints all it is sent.
        job.getJobSettings().setPageRanges((PageRange[]) null);
        int sent = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (cancelled.getAsBoolean()) {
                job.cancelJob();
                return new Result(Outcome.CANCELLED, sent, job.getJobStatus());
            }
            int number = pages.get(i);
            progress.page(i + 1, pages.size(), number);
            Group page = PageNodes.lines(pagination.pages().get(number - 1));
            // The printer draws the node from the corner of its printable area: shift it back so the engine's
            // positions, measured from the paper's edge, land where the PDF puts them.
            page.setTranslateX(-layout.getLeftMargin());
            page.setTranslateY(-layout.getTopMargin());
            if (!sendPage(job, layout, page)) {
                return new Result(cancelled.getAsBoolean() ? Outcome.CANCELLED : Outcome.FAILED, sent, job.getJobStatus());
            }
            sent++;
        }
        if (cancelled.getAsBoolean()) {
            job.cancelJob();
            return new Result(Outcome.CANCELLED, sent, job.getJobStatus());
        }
        boolean ended = job.endJob();
        return new Result(ended ? Outcome.DONE : Outcome.FAILED, sent, job.getJobStatus());
    }
}
