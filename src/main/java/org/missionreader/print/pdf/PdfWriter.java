package org.missionreader.print.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.missionreader.print.FontFace;
import org.missionreader.print.Line;
import org.missionreader.print.Page;
import org.missionreader.print.Pagination;
import org.missionreader.print.PrintContent;

/**
 * Draws paginated pages into a PDF: real text (selectable, searchable) in the embedded Charis SIL
 * subsets, at the positions the paginator chose, with the document's title, author, subject and language.
 */
public final class PdfWriter {

    /** The grey of headers and footers, the same as the preview's and the printer's. */
    public static final float RUNNING_GREY = 0.35f;

    /** Writes the pages; the stream is left open. */
    public void write(Pagination pagination, PrintContent.Metadata metadata, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Map<FontFace, PDType0Font> fonts = FontFiles.load(doc);
            for (Page page : pagination.pages()) {
                PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                doc.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                    // Highlights' tints first, so that the text lies over them.
                    content.setNonStrokingColor((float) Line.Tint.GREY);
                    for (Line line : page.lines()) {
                        for (Line.Tint tint : line.tints()) {
                            content.addRect((float) tint.x(), (float) (page.height() - tint.top() - tint.height()),
                                    (float) tint.width(), (float) tint.height());
                            content.fill();
                        }
                    }
                    for (Line line : page.lines()) {
                        if (line.text().isEmpty()) continue;
                        content.beginText();
                        content.setFont(fonts.get(line.style().face()), (float) line.size());
                        content.setNonStrokingColor(line.style().isRunning() ? RUNNING_GREY : 0f);
                        // PDF measures from the bottom of the page, the paginator from the top.
                        content.newLineAtOffset((float) line.x(), (float) (page.height() - line.baseline()));
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            describe(doc, metadata);
            doc.save(out);
        }
    }

    private static void describe(PDDocument doc, PrintContent.Metadata metadata) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(metadata.title());
        if (metadata.author() != null) info.setAuthor(metadata.author());
        if (metadata.subject() != null) info.setSubject(metadata.subject());
        info.setCreator("Mission Reader");
        info.setCreationDate(Calendar.getInstance());
        if (metadata.language() != null) doc.getDocumentCatalog().setLanguage(metadata.language());
        // Viewers show the title rather than the file name.
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
