package org.missionreader.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several library files open at once, seen as one {@link Library}. The first file keeps its items; an item
 * of a later file whose id is already open (a mission, document or event of the same kind) is left out and
 * reported, so nothing already open changes. A later file's documents and events may belong to a mission
 * that is already open: they join it. Immutable; {@link #add} gives a new set.
 */
public final class LibrarySet {

    /** One open file: the name it is shown by, and what it holds (already without its colliding items). */
    public record Part(String origin, Library library) {
    }

    /** An item of an added file left out because its id is already open, and the file that has it. */
    public record Collision(String kind, String id, String openIn) {
    }

    /** What adding a file gave: the new set and the items left out. */
    public record Added(LibrarySet set, List<Collision> collisions) {
    }

    private final List<Part> parts;
    private final Library merged;
    private final Map<String, String> missionOrigins = new HashMap<>();

    private LibrarySet(List<Part> parts) {
        this.parts = List.copyOf(parts);
        List<Mission> missions = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>();
        for (Part part : this.parts) {
            missions.addAll(part.library().missions());
            documents.addAll(part.library().documents());
            events.addAll(part.library().events());
            part.library().missions().forEach(m -> missionOrigins.put(m.id(), part.origin()));
        }
        merged = new Library(missions, documents, events);
    }

    public static LibrarySet empty() {
        return new LibrarySet(List.of());
    }

    public static LibrarySet of(String origin, Library library) {
        return empty().add(origin, library).set();
    }

    /** Adds a file's library; its items whose ids are already open are left out and returned. */
    public Added add(String origin, Library library) {
        List<Collision> collisions = new ArrayList<>();
        Set<String> missionIds = new HashSet<>();
        merged.missions().forEach(m -> missionIds.add(m.id()));
        Set<String> eventIds = new HashSet<>();
        merged.events().forEach(e -> eventIds.add(e.id()));

        List<Mission> missions = new ArrayList<>();
        for (Mission m : library.missions()) {
            if (missionIds.contains(m.id())) {
                collisions.add(new Collision("mission", m.id(), missionOrigins.get(m.id())));
            } else {
                missions.add(m);
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Document d : library.documents()) {
            if (merged.document(d.id()).isPresent()) {
                collisions.add(new Collision("document", d.id(), originOfDocument(d.id())));
            } else {
                documents.add(d);
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (TimelineEvent e : library.events()) {
            if (eventIds.contains(e.id())) {
                collisions.add(new Collision("event", e.id(), originOfEvent(e.id())));
            } else {
                events.add(e);
            }
        }
        List<Part> next = new ArrayList<>(parts);
        next.add(new Part(origin, new Library(missions, documents, events)));
        return new Added(new LibrarySet(next), collisions);
    }

    /** All open items as one library. */
    public Library library() {
        return merged;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The name of the file a mission comes from, or null. */
    public String originOf(Mission mission) {
        return missionOrigins.get(mission.id());
    }

    /** True when a file of that name is already open. */
    public boolean contains(String origin) {
        return parts.stream().anyMatch(p -> java.util.Objects.equals(p.origin(), origin));
    }

    // The bundled part's origin is null, which streams cannot carry: plain loops.
    private String originOfDocument(String id) {
        for (Part p : parts) {
            if (p.library().document(id).isPresent()) return p.origin();
        }
        return null;
    }

    private String originOfEvent(String id) {
        for (Part p : parts) {
            if (p.library().events().stream().anyMatch(e -> e.id().equals(id))) return p.origin();
        }
        return null;
    }
}
