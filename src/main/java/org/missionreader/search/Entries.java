package org.missionreader.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.missionreader.library.DateText;
import org.missionreader.i18n.Messages;
import org.missionreader.i18n.TextFold;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;

/** What the index holds of a library: every part of a record a reader may know it by, one entry each. */
final class Entries {

    /** What an index entry stands for, and its text, analysed in each of {@code fields}. */
    record Entry(SearchHit.Kind kind, String documentId, String eventId, String missionId, int paragraph,
                 List<Field> fields, String text) {
    }

    /** Between the items of a record's details, as shown in a result. */
    static final String SEPARATOR = " · ";

    private Entries() {
    }

    /** Every entry of the library, to {@code sink}: documents' parts first, then events. */
    static void of(Library library, Consumer<Entry> sink) {
        for (Document doc : library.documents()) {
            boolean french = isFrench(doc.language());
            List<String> paragraphs = doc.paragraphs();
            if (doc.title() != null && !doc.title().isBlank()) {
                sink.accept(new Entry(SearchHit.Kind.TITLE, doc.id(), null, doc.missionId(), -1,
                        List.of(Field.Part.TITLE.in(french)), doc.title()));
            }
            String byline = byline(doc);
            if (byline != null) {
                sink.accept(new Entry(SearchHit.Kind.BYLINE, doc.id(), null, doc.missionId(), -1,
                        List.of(Field.Part.BYLINE.in(french)), byline));
            }
            String details = details(doc, library.mission(doc.missionId()).orElse(null));
            if (!details.isEmpty()) {
                // Written in both languages, so each is analysed in its own.
                sink.accept(new Entry(SearchHit.Kind.DETAILS, doc.id(), null, doc.missionId(), -1,
                        List.of(Field.DETAILS_FR, Field.DETAILS_EN), details));
            }
            for (int i = 0; i < paragraphs.size(); i++) {
                sink.accept(new Entry(SearchHit.Kind.PARAGRAPH, doc.id(), null, doc.missionId(), i,
                        List.of(Field.Part.TEXT.in(french)), paragraphs.get(i)));
            }
        }
        for (TimelineEvent event : library.events()) {
            String linked = event.documentIds().isEmpty() ? null : event.documentIds().get(0);
            LocalizedText place = event.place();
            if (event.title().fr() != null) {
                sink.accept(new Entry(SearchHit.Kind.EVENT, linked, event.id(), event.missionId(), -1,
                        List.of(Field.EVENT_FR), withPlace(event.title().fr(), place == null ? null : place.fr())));
            }
            if (event.title().en() != null) {
                sink.accept(new Entry(SearchHit.Kind.EVENT, linked, event.id(), event.missionId(), -1,
                        List.of(Field.EVENT_EN), withPlace(event.title().en(), place == null ? null : place.en())));
            }
        }
    }

    static boolean isFrench(String language) {
        return language == null || !language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** The speaker's name and role, as the reader's byline shows them; null when the document has no speaker. */
    static String byline(Document doc) {
        if (doc.speaker() == null) return null;
        List<String> parts = new ArrayList<>();
        if (doc.speaker().name() != null && !doc.speaker().name().isBlank()) parts.add(doc.speaker().name());
        if (doc.speaker().role() != null && !doc.speaker().role().isBlank()) parts.add(doc.speaker().role());
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * The mission's acronym, name and country, the document's kind, its date as each language writes it and
     * in ISO form, and its symbol: each once, French first.
     */
    static String details(Document doc, Mission mission) {
        Set<String> items = new LinkedHashSet<>();
        if (mission != null) {
            both(items, mission.acronym());
            both(items, mission.name());
            both(items, mission.country());
        }
        if (doc.kind() != null) {
            for (Locale language : Messages.LANGUAGES) {
                items.add(Messages.get(language, "kind." + doc.kind().jsonName()));
            }
        }
        if (doc.date() != null) {
            for (Locale language : Messages.LANGUAGES) {
                items.add(DateText.format(doc.date(), language));
            }
            items.add(doc.date().toString());
        }
        if (doc.symbol() != null && !doc.symbol().isBlank()) items.add(doc.symbol().strip());
        items.removeIf(s -> s == null || s.isBlank());
        return String.join(SEPARATOR, items);
    }

    private static void both(Set<String> items, LocalizedText text) {
        if (text == null) return;
        items.add(text.fr());
        items.add(text.en());
    }

    /** An event's title, and its place after it unless the title already names it. */
    private static String withPlace(String title, String place) {
        if (place == null || place.isBlank() || TextFold.fold(title).contains(TextFold.fold(place))) {
            return title;
        }
        return title + SEPARATOR + place;
    }
}
