package org.missionreader.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.library.DateText;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.library.Source;

/**
 * Builds the printed content of a library document: title, byline, paragraphs word for word, the source and
 * its address at the end, and the footer's citation.
 */
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
        // The byline is part of the document: its date is written in the document's language. The footer
        // and header are the application's, in the interface language.
        Locale textLanguage = doc.language() == null ? locale : Messages.supported(Locale.forLanguageTag(doc.language()));
        String date = doc.date() == null ? null : DateText.format(doc.date(), locale);
        String bylineDate = doc.date() == null ? null : DateText.format(doc.date(), textLanguage);
        if (doc.speaker() != null) {
            blocks.add(new PrintContent.Block(LineStyle.BYLINE, doc.speaker().name(), 0.5, true));
            if (doc.speaker().role() != null) {
                blocks.add(new PrintContent.Block(LineStyle.BYLINE, doc.speaker().role(), 0, true));
            }
        }
        String dateLine = bylineDate;
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
        Source source = doc.source();
        if (source != null && source.name() != null && !source.name().isBlank()) {
            // The last page ends with where the text comes from, so that a printed copy can be traced.
            String where = source.url() == null || source.url().isBlank() ? source.name()
                    : source.name() + " (" + source.url() + ")";
            blocks.add(new PrintContent.Block(LineStyle.BYLINE, Messages.get(locale, "citation.source", where), 1.4, false));
        }
        String acronym = mission == null ? "" : mission.acronym().in(locale);
        // The footer may shorten the title, inside its quotation marks: the closing mark, the date and the
        // symbol are the part kept whole.
        String[] quotes = Messages.get(locale, "print.quoted", "\u0000").split("\u0000", -1);
        List<String> parts = new ArrayList<>();
        if (doc.speaker() != null) parts.add(doc.speaker().name());
        parts.add(quotes[0] + doc.title());
        String citation = String.join(", ", parts);
        List<String> tail = new ArrayList<>();
        if (date != null) tail.add(date);
        if (doc.symbol() != null) tail.add(doc.symbol());
        String citationTail = (quotes.length > 1 ? quotes[1] : "") + (tail.isEmpty() ? "" : ", " + String.join(", ", tail));
        String subject = mission == null ? null : mission.acronym().in(locale) + " — " + mission.name().in(locale);
        PrintContent.Metadata metadata = new PrintContent.Metadata(doc.title(),
                doc.speaker() == null ? null : doc.speaker().name(), subject, doc.language());
        return new PrintContent(blocks, acronym, doc.title(), citation, citationTail, metadata);
    }
}
