package org.missionreader.ui.application;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;

/**
 * One piece of background work as the window lists it: what it is (its kind), its title in the reader's
 * language, its progress, and a way to cancel it.
 */
public final class Job {

    /** What a job does; a job of a kind that supersedes replaces the one still running. */
    public enum Kind {
        /** A library file read and bound. */
        LOAD(false),
        /** The search index built for the open libraries. */
        SEARCH_INDEX(true),
        /** A search query run against the index. */
        SEARCH_QUERY(true),
        /** A document paginated for the print preview. */
        PAGINATE(true),
        /** A document sent to a printer. */
        PRINT(false),
        /** A document written to a PDF file. */
        EXPORT(false),
        /** A file read to show (the problems panel's source lines). */
        READ(true),
        /** Find in a large open document: its text folded and matched. */
        FIND(true),
        /** A file or pasted text read for the import form. */
        IMPORT(false),
        /**
         * A change of the reader's own library (an import saved, a document edited or removed, an event added):
         * the file read, the change checked, the file written. Not cancellable: once begun, the change is
         * written or refused as a whole, and the window is told which.
         */
        SAVE_IMPORT(false, false),
        /**
         * The reader's notes written to their file, one change after the other (a serial lane: {@link Jobs#serial}).
         * A write takes milliseconds, once per change the reader saves (a highlight, a note's Save, a bookmark):
         * the toolbar does not list it, so its button does not flash in and out at each change. Not cancellable:
         * a change queued is written (the lane runs it whatever its job's state).
         */
        NOTES_WRITE(false, false),
        /** The open document's notes whose quote is not where it was, found again in its text (which is folded). */
        NOTES_PLACE(true),
        /** Work of the window itself (fonts, icons) that nobody cancels. */
        STARTUP(false);

        private final boolean superseded;
        private final boolean cancellable;

        Kind(boolean superseded) {
            this(superseded, true);
        }

        Kind(boolean superseded, boolean cancellable) {
            this.superseded = superseded;
            this.cancellable = cancellable;
        }

        /** Whether a new job of this kind cancels the one still running: only the newest result matters. */
        public boolean superseded() {
            return superseded;
        }

        /** Whether the reader may cancel a job of this kind (its Cancel button is disabled otherwise). */
        public boolean cancellable() {
            return cancellable;
        }
    }

    private final Kind kind;
    private final ObservableStringValue title;
    private final Task<?> task;

    Job(Kind kind, ObservableStringValue title, Task<?> task) {
        this.kind = kind;
        this.title = title;
        this.task = task;
    }

    public Kind kind() {
        return kind;
    }

    /** What the job does, in the window's language. */
    public ObservableStringValue title() {
        return title;
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    /** Asks the job to stop; it ends at its next step and its result is not used. A job of a kind that is not cancellable runs on. */
    public void cancel() {
        if (!kind.cancellable()) return;
        task.cancel(false);
    }

    /** Whether the job was asked to stop. */
    public boolean isCancelled() {
        return task.isCancelled();
    }

    /** Waits until the job has ended, however it ended (a failure is the job's own to report). */
    public void await() throws InterruptedException {
        try {
            task.get();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // Ended: how is for the job's own handlers.
        }
    }

    Task<?> task() {
        return task;
    }

    @Override
    public String toString() {
        return kind + ": " + title.get();
    }
}
