package org.missionreader.ui.printing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.Paginator;
import org.missionreader.print.StatementContent;
import org.missionreader.print.pdf.PdfFontMeasurer;
import org.missionreader.ui.application.Fonts;

/**
 * {@code --print DOCUMENT_ID [PRINTER]}: prints a document of the bundled library with no window and no
 * dialog, page for page as the Print command does with the default page setup (A4, 11 pt), on the
 * default printer or the one named. JavaFX prints, so its toolkit is started (it needs the graphical
 * session), and stopped at the end.
 */
public final class CommandLinePrint {

    private final Locale locale;
    private final PrintStream out;
    private final PrintStream err;

    public CommandLinePrint(Locale locale, PrintStream out, PrintStream err) {
        this.locale = locale;
        this.out = out;
        this.err = err;
    }

    /**
     * Prints a document of the library and returns the process's exit code: 0 printed, 1 not (with the
     * reason on standard error).
     */
    public int run(Library library, Document doc, String printerName) {
        boolean started = false;
        try {
            Platform.startup(() -> { });
            started = true;
        } catch (IllegalStateException running) {
            // The toolkit runs already (in the tests): print with it, and leave it running.
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // No display (UnsupportedOperationException), or no GTK: say so rather than a stack trace.
            err.println(Messages.get(locale, "cli.print.noDisplay", String.valueOf(e.getMessage())));
            return 1;
        }
        try {
            Fonts.load();
            return print(library, doc, printerName);
        } finally {
            // The job's own thread may still be spooling the pages: the launcher returns from main instead
            // of calling System.exit, so the JVM ends when that thread has handed the job to the printer.
            if (started) Platform.exit();
        }
    }

    /** What a printer name that is not there gets: the printers there are, or that there is none at all. */
    static String unknownPrinter(Locale locale, String printerName, List<String> known, String documentId) {
        if (known.isEmpty()) return Messages.get(locale, "cli.print.unknownPrinterNone", printerName, documentId);
        return Messages.get(locale, "cli.print.unknownPrinter", printerName,
                known.stream().sorted().collect(Collectors.joining(", ")));
    }

    private int print(Library library, Document doc, String printerName) {
        Printer printer;
        try {
            printer = printerName == null ? Printer.getDefaultPrinter() : named(printerName);
        } catch (RuntimeException e) {
            printer = null; // a broken print service is, for the reader, no printer (as in the window)
        }
        if (printer == null) {
            if (printerName == null) {
                err.println(Messages.get(locale, "cli.print.noPrinter", doc.id()));
            } else {
                List<String> names = new ArrayList<>();
                Printer.getAllPrinters().forEach(p -> names.add(p.getName()));
                err.println(unknownPrinter(locale, printerName, names, doc.id()));
            }
            return 1;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            err.println(Messages.get(locale, "cli.print.noPrinter", doc.id()));
            return 1;
        }
        job.getJobSettings().setJobName(doc.title());
        PageLayout layout = PagePrinter.layout(printer, PageSetup.defaults());
        job.getJobSettings().setPageLayout(layout);
        PageSetup setup = PagePrinter.setupFor(layout, PageSetup.defaults());
        PdfFontMeasurer measurer;
        try {
            measurer = new PdfFontMeasurer();
        } catch (UncheckedIOException e) {
            // The typeface's files could not be read: a damaged installation.
            err.println(Messages.get(locale, "cli.print.noFonts", String.valueOf(e.getCause().getMessage())));
            return 1;
        }
        Pagination pagination;
        try {
            pagination = new Paginator(measurer).paginate(StatementContent.inLibrary(doc, library, locale), setup, locale);
        } finally {
            try {
                measurer.close();
            } catch (IOException e) {
                // Only a scratch document in memory is closed: the pages are laid out, and nothing is lost.
            }
        }
        List<Integer> pages = PagePrinter.selectedPages(job.getJobSettings(), pagination.pageCount());
        PagePrinter.Result result = PagePrinter.print(job, layout, pagination, pages, (index, count, number) -> { },
                () -> false);
        if (result.outcome() != PagePrinter.Outcome.DONE) {
            err.println(Messages.get(locale, "cli.print.failed", printer.getName(), String.valueOf(result.status())));
            return 1;
        }
        out.println(Messages.get(locale, "cli.print.done", doc.title(), printer.getName(), result.pagesSent()));
        return 0;
    }

    private static Printer named(String name) {
        for (Printer printer : Printer.getAllPrinters()) {
            if (printer.getName().equals(name)) return printer;
        }
        return null;
    }
}
