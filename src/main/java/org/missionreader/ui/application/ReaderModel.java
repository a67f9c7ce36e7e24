package org.missionreader.ui.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibrarySet;
import org.missionreader.library.LoadResult;
import org.missionreader.library.Mission;
import org.missionreader.library.Problem;
import org.missionreader.library.TimelineEvent;

/**
 * What the window shows, shared by its views: the library, the selected mission, document and event,
 * and the problems the library files had. Views bind to it and change it; they never talk to each other.
 */
public final class ReaderModel {

    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(Library.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    /** Loads begun and not yet ended; with more than one (two files dropped at once) each is its own job. */
    private int loadsRunning;
    /** Whether a first library has been shown: until then the window is loading. */
    private boolean firstIn;
    /** Loads begun that replace the library shown (not files added to it), and not yet ended. */
    private int replacesRunning;
    /** Whether there is no library to read until a load ends: the first one, or one that replaces it. */
    private final ReadOnlyBooleanWrapper replacing = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Mission> mission = new SimpleObjectProperty<>();
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObjectProperty<TimelineEvent> event = new SimpleObjectProperty<>();
    private final ObjectProperty<ReadingSpot> spot = new SimpleObjectProperty<>();
    private LibrarySet libraries = LibrarySet.empty();
    /** The document last open in each mission (by id), opened again when the reader comes back to the mission. */
    private final Map<String, Document> lastOpen = new HashMap<>();
    /** The document {@link #open} or {@link #openEvent} is about to show: a mission change shows it at once. */
    private Document opening;

    public ReaderModel() {
        // A spot belongs to its document: opening another one forgets it.
        document.addListener((obs, old, now) -> {
            ReadingSpot at = spot.get();
            if (at != null && (now == null || !now.id().equals(at.documentId()))) {
                spot.set(null);
            }
        });
        // A document belongs to one mission: choosing another mission closes it, and shows the document the
        // reader had open there (from the timeline or the sidebar, the reader finds their place again).
        mission.addListener((obs, old, now) -> {
            Document open = document.get();
            if (old != null) {
                if (open != null && open.missionId().equals(old.id())) lastOpen.put(old.id(), open);
                else lastOpen.remove(old.id());
            }
            if (open == null || now == null || !open.missionId().equals(now.id())) {
                Document back = opening != null ? opening : now == null ? null : lastOpen.get(now.id());
                if (back != open) document.set(back);
            }
            TimelineEvent selected = event.get();
            if (selected != null && (now == null || !selected.missionId().equals(now.id()))) {
                event.set(null);
            }
        });
        // An event belongs to one mission: selecting one of another mission (on the all-missions timeline) shows it.
        event.addListener((obs, old, now) -> {
            Mission current = mission.get();
            if (now != null && (current == null || !current.id().equals(now.missionId()))) {
                library.get().mission(now.missionId()).ifPresent(mission::set);
            }
        });
    }

    /**
     * A load has begun: the window shows that the library is loading until every load begun has ended.
     * Each load's progress and cancel are its job's ({@link Jobs}).
     */
    public void loadStarted() {
        loadsRunning++;
        updateLoading();
    }

    /** A load has begun that replaces the library shown ({@link #loadReplaced} or {@link #replaceEnded} ends it). */
    public void replaceStarted() {
        replacesRunning++;
        loadStarted();
    }

    /** A load that was to replace the library ended without doing so (cancelled): the library shown stays. */
    public void replaceEnded() {
        replacesRunning = Math.max(0, replacesRunning - 1);
        loadEnded();
    }

    /**
     * Runs an action once the current load has ended, or at once when nothing is loading. It runs once:
     * later loads (files opened) do not run it again.
     */
    public void afterLoad(Runnable action) {
        Once.when(loading, false, action);
    }

    /** A load ended without replacing the library (cancelled, failed, or added to it). */
    public void loadEnded() {
        loadsRunning = Math.max(0, loadsRunning - 1);
        updateLoading();
    }

    /** A load ended with the library that replaces the one shown. */
    public void loadReplaced(LoadResult result) {
        loadsRunning = Math.max(0, loadsRunning - 1);
        replacesRunning = Math.max(0, replacesRunning - 1);
        libraryLoaded(result);
    }

    /** Loading while the first library is not in yet, and while any load runs. */
    private void updateLoading() {
        loading.set(!firstIn || loadsRunning > 0);
        replacing.set(!firstIn || replacesRunning > 0);
    }

    /** Shows a loaded library; selects its first mission, as the reader opens on MINUSMA. */
    public void libraryLoaded(LoadResult result) {
        // The bundled library has no origin to show; files added later do.
        libraries = LibrarySet.of(null, result.library());
        lastOpen.clear();
        library.set(libraries.library());
        problems.setAll(result.problems());
        List<Mission> missions = result.library().missions();
        mission.set(missions.isEmpty() ? null : missions.get(0));
        // Last: what waits for the load (the session's remembered place) comes after the first mission.
        firstIn = true;
        updateLoading();
    }

    /** Opens a document and shows its mission. */
    public void open(Document doc) {
        if (doc != null) {
            opening = doc;
            try {
                library.get().mission(doc.missionId()).ifPresent(mission::set);
            } finally {
                opening = null;
            }
        }
        document.set(doc);
    }

    /**
     * Adds a library file to those open: its missions join the sidebar, and nothing open changes. Items
     * whose ids are already open are left out and returned; the file's own problems join the problems.
     */
    public List<LibrarySet.Collision> addLibrary(String origin, LoadResult result) {
        LibrarySet.Added added = libraries.add(origin, result.library());
        libraries = added.set();
        problems.addAll(result.problems());
        library.set(libraries.library());
        return added.collisions();
    }

    /**
     * Shows a library file as it now is (the reader's own library after an import): in place of the part of
     * the same origin, or added when none is open. What is open stays open if it is still there.
     */
    public void showLibrary(String origin, Library changed) {
        LibrarySet next = LibrarySet.empty();
        boolean found = false;
        for (LibrarySet.Part part : libraries.parts()) {
            boolean same = java.util.Objects.equals(part.origin(), origin);
            found |= same;
            next = next.add(part.origin(), same ? changed : part.library()).set();
        }
        if (!found) next = next.add(origin, changed).set();
        libraries = next;
        library.set(libraries.library());
        Document open = document.get();
        if (open != null) {
            Document now = libraries.library().document(open.id()).orElse(null);
            if (now != open) document.set(now);
        }
    }

    /** The library files open, the bundled one first (its origin is null). */
    public LibrarySet libraries() {
        return libraries;
    }

    /** The file a mission comes from, or null for the bundled library. */
    public String originOf(Mission m) {
        return libraries.originOf(m);
    }

    /** Opens a document at a spot: the reader scrolls to the paragraph and marks the runs. */
    public void openAt(Document doc, ReadingSpot at) {
        open(doc);
        spot.set(at);
    }

    /** The spot of the open document to bring into view, or null. */
    public ObjectProperty<ReadingSpot> spotProperty() {
        return spot;
    }

    /** Selects an event and opens the first document it links to, if any, at the paragraph the link names. */
    public void openEvent(TimelineEvent e) {
        Document linked = e == null || e.documentIds().isEmpty() ? null
                : library.get().document(e.documentIds().get(0)).orElse(null);
        // An event of another mission changes the mission: straight to the linked document, if it has one.
        opening = linked;
        try {
            event.set(e);
        } finally {
            opening = null;
        }
        if (linked != null) {
            open(linked);
            // A link that names the paragraph telling of the event opens there; else at the document's top.
            int paragraph = e.paragraphIn(linked.id());
            if (paragraph >= 0 && paragraph < linked.paragraphs().size()) {
                spot.set(null);
                spot.set(new ReadingSpot(linked.id(), paragraph, List.of()));
            }
        }
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public Library library() {
        return library.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * Whether the window has no library to read until a load ends: before the first library is in, and while one
     * that replaces it loads. A file added to the library shown (File > Open) leaves the reader on its text.
     */
    public ReadOnlyBooleanProperty replacingProperty() {
        return replacing.getReadOnlyProperty();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObjectProperty<Mission> missionProperty() {
        return mission;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public ObjectProperty<TimelineEvent> eventProperty() {
        return event;
    }
}
