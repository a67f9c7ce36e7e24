package org.missionreader.ui.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.missionreader.library.Document;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.Speaker;

/**
 * What the import form holds when the reader saves it, checked: the document's fields, and a new mission
 * when the reader made one. {@code id} is the edited document's, or null for a new document.
 */
public record FormValues(String id, String title, DocumentKind kind, PartialDate date, String speakerName,
                         String speakerRole, String symbol, String language, String missionId, NewMission newMission,
                         String sourceName, String sourceUrl, List<String> paragraphs) {

    /**
     * A mission the reader adds with the document: only what the reader typed, nothing filled in; the format
     * asks every mission for its country, start, state and the day that state was checked ({@code asOf}).
     */
    public record NewMission(String id, String acronym, String name, String country, PartialDate start, PartialDate end,
                             org.missionreader.library.MissionStatus status, PartialDate asOf) {
    }

    public FormValues {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The document, with the given id. */
    public Document document(String documentId) {
        Speaker speaker = speakerName == null ? null : new Speaker(speakerName, speakerRole);
        return new Document(documentId, missionId, kind, title, date, speaker, language, paragraphs,
                new Source(sourceName, sourceUrl), symbol);
    }

    /**
     * The new mission as a library's, its texts in the document's language; its source is the document's, the
     * one thing the reader gives for it. Null when the reader chose a mission of the library.
     */
    public Mission mission() {
        if (newMission == null) return null;
        return new Mission(newMission.id(), text(newMission.acronym()), text(newMission.name()),
                newMission.country() == null ? null : text(newMission.country()), newMission.start(), newMission.end(), null,
                null, newMission.status(), newMission.asOf(), null, List.of(new Source(sourceName, sourceUrl)));
    }

    private LocalizedText text(String s) {
        return "fr".equals(language) ? new LocalizedText(s, null) : new LocalizedText(null, s);
    }

    /**
     * An id for a new document: its mission, its date (or "undated") and the first words of its title, in
     * the letters ids allow; {@code taken} says which ids exist, and a number is added until it is free.
     */
    public String newId(Predicate<String> taken) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (folded.length() > 40) folded = folded.substring(0, 40).replaceAll("-[^-]*$", "");
        String base = missionId + "-" + (date == null ? "undated" : date.toString()) + (folded.isEmpty() ? "" : "-" + folded);
        String id = base;
        for (int n = 2; taken.test(id); n++) id = base + "-" + n;
        return id;
    }
}
