package org.missionreader.cite;

import java.time.LocalDate;
import java.util.Locale;
import org.missionreader.cite.CitationText;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;

/**
 * What a citation of a document says, taken from the record and nothing else: a null field is one the
 * library does not know, and every format leaves it out.
 *
 * @param author   the speaker's name as written, or, for the Council's own texts with no speaker, the
 *                 Council as an institution; null otherwise
 * @param institutional true when the author is the Council, not a person
 * @param genre    the document's kind, in the document's language
 * @param mission  the mission's acronym and name, in the document's language
 * @param language the document's language code, as the library gives it ("fr", "en")
 * @param accessed the day the reader consulted the record (the day the citation is made)
 */
public record CitedRecord(String id, String author, boolean institutional, String title, PartialDate date,
                          String genre, String symbol, String mission, String language, String sourceName,
                          String sourceUrl, LocalDate accessed) {

    /** The record of a document of {@code library}, consulted on {@code accessed}. */
    public static CitedRecord of(Document doc, Library library, LocalDate accessed) {
        Locale language = Messages.supported(doc.language() == null ? Locale.FRENCH : Locale.forLanguageTag(doc.language()));
        String author = null;
        boolean institutional = false;
        if (doc.speaker() != null && doc.speaker().name() != null && !doc.speaker().name().isBlank()) {
            author = doc.speaker().name().strip();
        } else if (CitationText.councilAuthor(doc, language) != null) {
            author = CitationText.councilAuthor(doc, language);
            institutional = true;
        }
        Mission mission = library == null ? null : library.mission(doc.missionId()).orElse(null);
        String missionText = null;
        if (mission != null) {
            String acronym = mission.acronym() == null ? null : mission.acronym().in(language);
            String name = mission.name() == null ? null : mission.name().in(language);
            missionText = acronym == null ? name : name == null ? acronym : acronym + " (" + name + ")";
        }
        return new CitedRecord(doc.id(), author, institutional, blankToNull(doc.title()), doc.date(),
                doc.kind() == null ? null : Messages.get(language, "kind." + doc.kind().jsonName()),
                blankToNull(doc.symbol()), missionText, blankToNull(doc.language()),
                doc.source() == null ? null : blankToNull(doc.source().name()),
                doc.source() == null ? null : blankToNull(doc.source().url()), accessed);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The note every format carries: the mission, then where the text comes from. */
    String note() {
        StringBuilder note = new StringBuilder();
        if (mission != null) note.append(mission);
        if (sourceName != null) {
            if (note.length() > 0) note.append(". ");
            note.append(Messages.get(Messages.supported(languageLocale()), "cite.sourceNote", sourceName));
        }
        return note.length() == 0 ? null : note.toString();
    }

    Locale languageLocale() {
        return language == null ? Locale.FRENCH : Locale.forLanguageTag(language);
    }
}
