package org.missionreader.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.StatementContent;
import org.missionreader.print.pdf.ExportException;
import org.missionreader.print.pdf.PdfExport;
import org.missionreader.print.pdf.PdfFontMeasurer;

/** {@code --export-pdf DOCUMENT_ID OUT.pdf}: writes a document of the bundled library as a PDF, no window. */
final class PdfCommand {

    private final Locale locale;

    PdfCommand(Locale locale) {
        this.locale = locale;
    }

    int run(String documentId, Path target, PrintStream out, PrintStream err) {
        Library library = new LibraryLoader().loadBundled().library();
        Optional<Document> doc = DocumentArgument.find(library, documentId, locale, err);
        if (doc.isEmpty()) return 1;
        try (PdfFontMeasurer measurer = new PdfFontMeasurer()) {
            Pagination pages = new PdfExport(measurer).export(StatementContent.inLibrary(doc.get(), library, locale),
                    PageSetup.defaults(), locale, target);
            out.println(Messages.get(locale, "export.done", target, pages.pageCount()));
            return 0;
        } catch (ExportException e) {
            err.println(e.message(locale));
            return 1;
        } catch (java.io.IOException e) {
            err.println(Messages.get(locale, "export.error.other", target, e.getMessage()));
            return 1;
        }
    }
}
