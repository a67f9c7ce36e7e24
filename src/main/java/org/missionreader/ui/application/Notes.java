package org.missionreader.ui.application;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import org.missionreader.notes.Bookmark;
import org.missionreader.notes.Note;
import org.missionreader.notes.Notebook;
import org.missionreader.notes.NotesStore;

/**
 * The reader's highlights, notes and bookmarks as the window shows them ({@link #notebookProperty}), kept
 * in a {@link NotesStore}. A change shows at once and is written in the background, one write after the
 * other, each applied to what the store holds then (another window's or instance's changes are kept and
 * come back with the result). The writes are jobs of the window's {@link Jobs}, in a serial lane
 * ({@link Jobs#serial}, {@link Job.Kind#NOTES_WRITE}), given to it by {@link Services}: daemon threads, so
 * a write never holds the JVM open, and {@link #close} waits for the writes still queued when the
 * application stops. A write that fails keeps the change in the window and says why ({@link #problemProperty});
 * the next change writes it again. Used on the JavaFX thread.
 */
public final class Notes {

    private final NotesStore store;
    private final ReadOnlyObjectWrapper<Notebook> notebook = new ReadOnlyObjectWrapper<>(Notebook.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    /** The window's serial lane of writes: in the order the changes were made, one at a time; null until given. */
    private Executor writer;
    /** The changes made in the window since the last write that succeeded, applied again by the next one. */
    private UnaryOperator<Notebook> unsaved = UnaryOperator.identity();
    private boolean closed;

    public Notes(NotesStore store) {
        this.store = store;
    }

    /**
     * Writes through these jobs from now on, in a serial lane of their own. Given by the first {@link Services}
     * made with these notes; a later one (the same notes on other services) keeps the first lane, so that
     * every write of these notes stays in one order.
     */
    synchronized void writeThrough(Jobs jobs, ObservableStringValue title) {
        if (writer == null) writer = jobs.serial(Job.Kind.NOTES_WRITE, title);
    }

    /** Notes kept in memory only, for a window opened without a data directory (tests). */
    public static Notes inMemory() {
        return new Notes(NotesStore.inMemory());
    }

    /** Reads what the store holds, in the calling thread; says why when its file had to be set aside. */
    public NotesStore.Loaded load() {
        NotesStore.Loaded loaded = store.load();
        Runnable show = () -> notebook.set(loaded.notebook());
        if (Platform.isFxApplicationThread()) show.run();
        else Platform.runLater(show);
        return loaded;
    }

    public NotesStore store() {
        return store;
    }

    /** What the window shows: the notebook as it stands with every change made in the window. */
    public ReadOnlyObjectProperty<Notebook> notebookProperty() {
        return notebook.getReadOnlyProperty();
    }

    public Notebook notebook() {
        return notebook.get();
    }

    /** Why the last write failed (in the system's words, with the file), or null when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public List<Note> notesOf(String documentId) {
        return notebook.get().notesOf(documentId);
    }

    /** Adds a note, or puts it in place of the one with its id. */
    public void put(Note note) {
        change(n -> n.withNote(note));
    }

    public void remove(Note note) {
        change(n -> n.withoutNote(note.id()));
    }

    public void put(Bookmark bookmark) {
        change(n -> n.withBookmark(bookmark));
    }

    public void remove(Bookmark bookmark) {
        change(n -> n.withoutBookmark(bookmark.id()));
    }

    /** Makes a change: shown at once, written in the background. */
    public void change(UnaryOperator<Notebook> change) {
        if (closed) throw new IllegalStateException("the notes are closed");
        Executor lane = lane();
        notebook.set(change.apply(notebook.get()));
        UnaryOperator<Notebook> before = unsaved;
        UnaryOperator<Notebook> pending = n -> change.apply(before.apply(n));
        unsaved = pending;
        lane.execute(() -> write(pending));
    }

    private synchronized Executor lane() {
        if (writer == null) throw new IllegalStateException("the notes have no jobs to write through: give them to Services");
        return writer;
    }

    private void write(UnaryOperator<Notebook> pending) {
        try {
            Notebook kept = store.update(pending);
            Platform.runLater(() -> {
                if (unsaved == pending) {
                    // Nothing changed meanwhile: the window shows what is kept, another instance's notes included.
                    unsaved = UnaryOperator.identity();
                    notebook.set(kept);
                }
                problem.set(null);
            });
        } catch (IOException | RuntimeException e) {
            String where = store.file() == null ? "" : store.file() + ": ";
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Platform.runLater(() -> problem.set(where + why));
        }
    }

    /**
     * Waits (ten seconds at most) for the writes queued so far to be done (the window is closing, the
     * application stopping: the lane's threads are daemons and would not keep the JVM alive for them);
     * later changes are refused.
     */
    public void close() {
        if (closed) return;
        closed = true;
        Executor lane;
        synchronized (this) {
            lane = writer;
        }
        if (lane == null) return;
        // The lane runs in order: once this has run, every write queued before it is done.
        CountDownLatch flushed = new CountDownLatch(1);
        try {
            lane.execute(flushed::countDown);
        } catch (RejectedExecutionException e) {
            // The jobs were shut down first: nothing queued can run any more.
            return;
        }
        try {
            flushed.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
