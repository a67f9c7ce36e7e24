package org.missionreader.notes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the notebook is kept. Each change is an operation applied to what is kept now, so that two windows
 * or two instances writing in turn keep each other's changes.
 */
public interface NotesStore {

    /**
     * What loading gave: the notebook (empty when there was none or it could not be read); when the file was
     * set aside, where it went and why in the system's words ({@code problem}, null when all went well).
     */
    record Loaded(Notebook notebook, Path setAside, String problem) {
        public boolean failed() {
            return problem != null;
        }
    }

    /** Reads what is kept. Never throws. */
    Loaded load();

    /** Applies a change to what is kept now and keeps the result, which it returns. */
    Notebook update(UnaryOperator<Notebook> change) throws IOException;

    /** The file the notebook is kept in, or null when it is kept in memory only. */
    Path file();

    /** A store that keeps the notebook in memory only (tests, and a window opened without a data directory). */
    static NotesStore inMemory() {
        return new NotesStore() {
            private Notebook kept = Notebook.empty();

            @Override
            public Loaded load() {
                return new Loaded(kept, null, null);
            }

            @Override
            public synchronized Notebook update(UnaryOperator<Notebook> change) {
                kept = change.apply(kept);
                return kept;
            }

            @Override
            public Path file() {
                return null;
            }
        };
    }
}
