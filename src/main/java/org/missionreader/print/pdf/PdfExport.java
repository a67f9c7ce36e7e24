package org.missionreader.print.pdf;

import java.nio.file.Path;
import java.util.Locale;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.Paginator;
import org.missionreader.print.PrintContent;

/** Exports printed content to a PDF file: paginated with PDFBox's metrics, written atomically. */
public final class PdfExport {

    private final PdfFontMeasurer measurer;
    private final AtomicFileWriter files;

    public PdfExport(PdfFontMeasurer measurer) {
        this(measurer, new AtomicFileWriter());
    }

    public PdfExport(PdfFontMeasurer measurer, AtomicFileWriter files) {
        this.measurer = measurer;
        this.files = files;
    }

    /** Paginates and writes; returns the pagination written. {@code locale}: the language of the footer. */
    public Pagination export(PrintContent content, PageSetup setup, Locale locale, Path target) throws ExportException {
        return export(content, setup, locale, target, false);
    }

    /** The same, replacing a read-only file at the target if {@code replaceReadOnly} (the reader said so). */
    public Pagination export(PrintContent content, PageSetup setup, Locale locale, Path target, boolean replaceReadOnly)
            throws ExportException {
        Pagination pagination = new Paginator(measurer).paginate(content, setup, locale);
        write(pagination, content.metadata(), target, replaceReadOnly);
        return pagination;
    }

    /** Writes pages already laid out, as the preview shows them; a read-only file at the target is refused. */
    public void write(Pagination pagination, PrintContent.Metadata metadata, Path target) throws ExportException {
        write(pagination, metadata, target, false);
    }

    /**
     * Writes pages already laid out; {@code replaceReadOnly}: the reader was asked about the read-only file
     * at the target (an {@link ExportException.Reason#READ_ONLY} refusal) and said to replace it.
     */
    public void write(Pagination pagination, PrintContent.Metadata metadata, Path target, boolean replaceReadOnly)
            throws ExportException {
        files.write(target, out -> new PdfWriter().write(pagination, metadata, out), replaceReadOnly);
    }
}
