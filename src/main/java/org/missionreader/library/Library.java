package org.missionreader.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The missions, documents and timeline events of one or more library files, with look-ups by id. */
public final class Library {

    private static final Comparator<PartialDate> DATES_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    private final List<Mission> missions;
    private final List<Document> documents;
    private final List<TimelineEvent> events;
    private final Map<String, Mission> missionsById;
    private final Map<String, Document> documentsById;
    private final Map<String, List<Document>> documentsByMission;
    private final Map<String, List<TimelineEvent>> eventsByMission;
    private final Map<String, List<TimelineEvent>> eventsByDocument;

    public Library(List<Mission> missions, List<Document> documents, List<TimelineEvent> events) {
        this.missions = List.copyOf(missions);
        this.documents = List.copyOf(documents);
        this.events = List.copyOf(events);
        // Sized for what they will hold: growing a map of 100,000 documents rehashes it many times.
        missionsById = new LinkedHashMap<>(capacity(missions.size()));
        documentsById = new LinkedHashMap<>(capacity(documents.size()));
        documentsByMission = new LinkedHashMap<>(capacity(missions.size()));
        eventsByMission = new LinkedHashMap<>(capacity(missions.size()));
        eventsByDocument = new LinkedHashMap<>(capacity(Math.min(documents.size(), events.size())));
        for (Mission m : this.missions) missionsById.putIfAbsent(m.id(), m);
        for (Document d : this.documents) {
            documentsById.putIfAbsent(d.id(), d);
            documentsByMission.computeIfAbsent(d.missionId(), k -> new ArrayList<>()).add(d);
        }
        for (TimelineEvent e : this.events) {
            eventsByMission.computeIfAbsent(e.missionId(), k -> new ArrayList<>()).add(e);
            for (String docId : e.documentIds()) {
                eventsByDocument.computeIfAbsent(docId, k -> new ArrayList<>()).add(e);
            }
        }
        documentsByMission.values().forEach(list -> list.sort(Comparator.comparing(Document::date, DATES_FIRST)));
        eventsByMission.values().forEach(list -> list.sort(Comparator.comparing(TimelineEvent::date)));
    }

    /** A map's capacity for that many entries at its default load factor. */
    private static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    public static Library empty() {
        return new Library(List.of(), List.of(), List.of());
    }

    /** Missions in file order: the bundled library lists MINUSMA first. */
    public List<Mission> missions() {
        return missions;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<TimelineEvent> events() {
        return events;
    }

    public Optional<Mission> mission(String id) {
        return Optional.ofNullable(missionsById.get(id));
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    /** A mission's documents, oldest first, undated ones last. */
    public List<Document> documentsOf(String missionId) {
        return List.copyOf(documentsByMission.getOrDefault(missionId, List.of()));
    }

    /** A mission's events in time order. */
    public List<TimelineEvent> eventsOf(String missionId) {
        return List.copyOf(eventsByMission.getOrDefault(missionId, List.of()));
    }

    /** The events that link to a document. */
    public List<TimelineEvent> eventsLinkedTo(String documentId) {
        return List.copyOf(eventsByDocument.getOrDefault(documentId, List.of()));
    }
}
