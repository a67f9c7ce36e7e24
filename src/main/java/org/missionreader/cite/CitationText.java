package org.missionreader.cite;

import org.missionreader.i18n.Messages;
import org.missionreader.library.DateText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.library.Document;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;

/**
 * A document's citation as plain text, in the interface language: speaker and role, the title in quotation
 * marks, the date (or "n.d."), the document symbol, then the source and its address, and, when given, the day
 * the record was consulted. Only what the library knows is cited.
 */
public final class CitationText {

    private CitationText() {
    }

    /** As {@link #format(Document, Locale)}, ending with the day the reader consulted the record. */
    public static String format(Document doc, Locale locale, LocalDate accessed) {
        return format(doc, locale, accessed, null);
    }

    /** As {@link #format(Document, Locale, LocalDate)}, pointing at paragraphs (after the symbol) when {@code at} is given. */
    public static String format(Document doc, Locale locale, LocalDate accessed, Locator at) {
        String citation = format(doc, locale, at);
        if (accessed == null) return citation;
        PartialDate day = PartialDate.ofDay(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth());
        return citation + (citation.endsWith(".") ? " " : ". ")
                + Messages.get(locale, "citation.accessed", DateText.format(day, locale));
    }

    /**
     * The Security Council as the author of a text it adopts or issues as a body (a resolution, a
     * presidential or press statement, press elements) when the record names no speaker; else null.
     */
    public static String councilAuthor(Document doc, Locale locale) {
        boolean speaker = doc.speaker() != null && doc.speaker().name() != null && !doc.speaker().name().isBlank();
        if (speaker || doc.kind() == null) return null;
        return switch (doc.kind()) {
            case RESOLUTION, PRESIDENTIAL_STATEMENT, PRESS_STATEMENT, PRESS_ELEMENTS -> Messages.get(locale, "cite.council");
            default -> null;
        };
    }

    public static String format(Document doc, Locale locale) {
        return format(doc, locale, (Locator) null);
    }

    private static String format(Document doc, Locale locale, Locator at) {
        List<String> parts = new ArrayList<>();
        if (doc.speaker() != null) {
            parts.add(doc.speaker().name());
            if (doc.speaker().role() != null && !doc.speaker().role().isBlank()) {
                parts.add(doc.speaker().role());
            }
        } else if (councilAuthor(doc, locale) != null) {
            parts.add(councilAuthor(doc, locale));
        }
        parts.add(Messages.get(locale, "citation.title", doc.title()));
        parts.add(doc.date() == null ? Messages.get(locale, "citation.undated") : DateText.format(doc.date(), locale));
        if (doc.symbol() != null && !doc.symbol().isBlank()) {
            parts.add(doc.symbol());
        }
        if (at != null) parts.add(at.text(locale));
        String citation = String.join(", ", parts) + ".";
        Source source = doc.source();
        if (source != null && source.name() != null) {
            String where = source.url() == null ? source.name() : source.name() + " (" + source.url() + ")";
            citation += " " + Messages.get(locale, "citation.source", where);
        }
        return citation;
    }
}
