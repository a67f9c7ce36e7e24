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
 * its address at the end, and the footer's citation; with the reader's annotations, their highlights on a
 * tint and their notes, numbered, after the source.
 */
public final class StatementContent {

    private StatementContent() {
    }

    /** The content of a document of the library, with its mission as the library has it (if at all). */
    public static PrintContent inLibrary(Document doc, Library library, Locale locale) {
        return of(doc, library.mission(doc.missionId()).orElse(null), locale);
    }

    /** The same, with the reader's highlights and notes of the document. */
    public static PrintContent inLibrary(Document doc, Library library, Locale locale, List<Annotation> annotations) {
        return of(doc, library.mission(doc.missionId()).orElse(null), locale, annotations);
    }

    public static PrintContent of(Document doc, Mission mission, Locale locale) {
        return of(doc, mission, locale, List.of());
    }

    /**
     * The content of a document; {@code mission} may be null; {@code locale} is the interface language,
     * used for what the application adds (date, citation, mission name), never for the document's text.
     */
    public static PrintContent of(Document doc, Mission mission, Locale locale, List<Annotation> annotations) {
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
        List<String> paragraphs = doc.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            blocks.add(new PrintContent.Block(LineStyle.BODY, paragraph, first ? 1.4 : 0.6, false,
                    highlightsOf(annotations, i, paragraph.length())));
            first = false;
        }
        Source source = doc.source();
        if (source != null && source.name() != null && !source.name().isBlank()) {
            // The last page ends with where the text comes from, so that a printed copy can be traced.
            String where = source.url() == null || source.url().isBlank() ? source.name()
                    : source.name() + " (" + source.url() + ")";
            blocks.add(new PrintContent.Block(LineStyle.BYLINE, Messages.get(locale, "citation.source", where), 1.4, false));
        }
        blocks.addAll(notes(annotations, locale));
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

    /** The highlights of one paragraph, cut to its length. */
    private static List<PrintContent.Highlight> highlightsOf(List<Annotation> annotations, int paragraph, int length) {
        List<PrintContent.Highlight> highlights = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.paragraph() != paragraph || a.start() >= length) continue;
            highlights.add(new PrintContent.Highlight(a.start(), Math.min(a.end(), length), a.marker()));
        }
        return highlights;
    }

    /**
     * The notes at the end, by their numbers: each with its quote and paragraph; those whose quote this edition
     * no longer has come last, under a line that says so. Bare highlights (no number) are not listed.
     */
    private static List<PrintContent.Block> notes(List<Annotation> annotations, Locale locale) {
        List<Annotation> numbered = annotations.stream().filter(Annotation::hasNote)
                .sorted(java.util.Comparator.comparingInt(Annotation::marker)).toList();
        List<PrintContent.Block> blocks = new ArrayList<>();
        if (numbered.isEmpty()) return blocks;
        blocks.add(new PrintContent.Block(LineStyle.NOTES_HEADING, Messages.get(locale, "print.notes.title"), 2.0, true));
        boolean unplacedSaid = false;
        for (Annotation a : numbered.stream().sorted(java.util.Comparator.comparing((Annotation n) -> !n.placed())).toList()) {
            if (!a.placed() && !unplacedSaid) {
                blocks.add(new PrintContent.Block(LineStyle.BYLINE, Messages.get(locale, "print.notes.unplaced"), 0.8, true));
                unplacedSaid = true;
            }
            String quote = a.quote().strip();
            String note = a.note().strip();
            String entry;
            if (a.placed()) {
                entry = note.isEmpty() ? Messages.get(locale, "print.notes.entryNoText", a.marker(), quote, a.paragraph() + 1)
                        : Messages.get(locale, "print.notes.entry", a.marker(), quote, a.paragraph() + 1, note);
            } else {
                entry = note.isEmpty() ? Messages.get(locale, "print.notes.unplacedNoText", a.marker(), quote)
                        : Messages.get(locale, "print.notes.unplacedEntry", a.marker(), quote, note);
            }
            blocks.add(new PrintContent.Block(LineStyle.NOTE, entry, 0.5, false));
        }
        return blocks;
    }
}
