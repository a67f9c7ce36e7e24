package org.missionreader.ui.application;

import java.util.ArrayList;
import java.util.List;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;

/**
 * An {@link ImportTarget} kept in memory only (tests, and a window given no file of its own): it refuses a
 * repeated id, a document of a mission neither it nor the known library holds, and changes to documents it
 * does not hold. Its changes run on the job's thread like a file's; they are one at a time.
 */
public final class InMemoryImportTarget implements ImportTarget {

    private Library library = Library.empty();

    /** The library as it now is (any thread). */
    public synchronized Library library() {
        return library;
    }

    @Override
    public synchronized Library add(Library known, Document doc, Mission newMission) {
        if (library.document(doc.id()).isPresent() || known.document(doc.id()).isPresent()) {
            throw new IllegalArgumentException("a document with the id " + doc.id() + " exists");
        }
        List<Mission> missions = new ArrayList<>(library.missions());
        if (newMission != null) {
            if (library.mission(newMission.id()).isPresent() || known.mission(newMission.id()).isPresent()) {
                throw new IllegalArgumentException("a mission with the id " + newMission.id() + " exists");
            }
            missions.add(newMission);
        }
        String missionId = doc.missionId();
        boolean found = missions.stream().anyMatch(m -> m.id().equals(missionId))
                || known.mission(missionId).isPresent();
        if (!found) throw new IllegalArgumentException("no mission with the id " + missionId);
        List<Document> documents = new ArrayList<>(library.documents());
        documents.add(doc);
        library = new Library(missions, documents, library.events());
        return library;
    }

    @Override
    public synchronized Library replace(Library known, Document doc) {
        if (library.document(doc.id()).isEmpty()) throw new IllegalArgumentException("no document " + doc.id());
        List<Document> documents = new ArrayList<>(library.documents().stream()
                .map(d -> d.id().equals(doc.id()) ? doc : d).toList());
        library = new Library(library.missions(), documents, library.events());
        return library;
    }

    @Override
    public synchronized Library remove(Library known, String documentId) {
        if (library.document(documentId).isEmpty()) throw new IllegalArgumentException("no document " + documentId);
        List<Document> documents = library.documents().stream().filter(d -> !d.id().equals(documentId)).toList();
        library = new Library(library.missions(), documents, library.events());
        return library;
    }

    @Override
    public synchronized Library addEvent(Library known, TimelineEvent event) {
        String id = event.id() == null || event.id().isBlank() ? "event-" + (library.events().size() + 1) : event.id();
        List<TimelineEvent> events = new ArrayList<>(library.events());
        events.add(new TimelineEvent(id, event.missionId(), event.date(), event.end(), event.title(), event.place(),
                event.documentIds(), event.sources(), event.paragraphs()));
        library = new Library(library.missions(), library.documents(), events);
        return library;
    }
}
