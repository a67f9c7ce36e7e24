package org.missionreader.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.i18n.DateText;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;

/** Builds the printed content of a library document: title, byline, paragraphs word for word, citation. */
public final class StatementContent {

    private StatementContent() {
    }

    /** The content of a document of the library, with its mission as the library has it (if at all). */
    public static PrintContent inLibrary(Document doc, Library library, Locale locale) {
        return of(doc, library.mission(doc.missionId()).orElse(null), locale);
    }

    /**
     * The content of a document; {@code mission} may be null; {@code locale} is the interface language,
     * used for what the application adds (date, citation, mission name), never for the document's text.
     */
    public static PrintContent of(Document doc, Mission mission, Locale locale) {
        List<PrintContent.Block> blocks = new ArrayList<>();
        blocks.add(new PrintContent.Block(LineStyle.TITLE, doc.title(), 0, true));
        String date = doc.date() == null ? null : DateText.format(doc.date(), locale);
        if (doc.speaker() != null) {
            blocks.add(new PrintContent.Block(LineStyle.BYLINE, doc.speaker().name(), 0.5, true));
            if (doc.speaker().role() != null) {
                blocks.add(new PrintContent.Block(LineStyle.BYLINE, doc.speaker().role(), 0, true));
            }
        }
        String dateLine = date;
        if (doc.symbol() != null) {
            dateLine = dateLine == null ? doc.symbol() : dateLine + " · " + doc.symbol();
        }
        if (dateLine != null) {
            blocks.add(new PrintContent.Block(LineStyle.BYLINE, dateLine, doc.speaker() == null ? 0.5 : 0, true));
        }
        boolean first = true;
        for (String paragraph : doc.paragraphs()) {
            blocks.add(new PrintContent.Block(LineStyle.BODY, paragraph, first ? 1.4 : 0.6, false));
            first = false;
        }
        String acronym = mission == null ? "" : mission.acronym().in(locale);
        List<String> parts = new ArrayList<>();
        if (doc.speaker() != null) parts.add(doc.speaker().name());
        parts.add(Messages.get(locale, "print.quoted", doc.title()));
        if (date != null) parts.add(date);
        if (doc.symbol() != null) parts.add(doc.symbol());
        String citation = String.join(", ", parts);
        String subject = mission == null ? null : mission.acronym().in(locale) + " — " + mission.name().in(locale);
        PrintContent.Metadata metadata = new PrintContent.Metadata(doc.title(),
                doc.speaker() == null ? null : doc.speaker().name(), subject, doc.language());
        return new PrintContent(blocks, acronym, doc.title(), citation, metadata);
    }
}
