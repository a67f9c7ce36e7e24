package org.missionreader.notes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the notebook is kept. Each change is an operation applied to what is kept now, so that two windows
 * or two instances writing in turn keep each other's changes.
 */
public interface NotesStore {

    /**
     * What loading gave: the notebook (empty when there was none or it could not be read); when the file was
     * set aside, where it went (null if it could not even be moved) and why in the system's words
     * ({@code problem}, null when all went well); and, for a file that was used, a line for each entry in it
     * that could not be ({@code unusable}), with the copy of the file that keeps them ({@code unusableCopy}).
     */
    record Loaded(Notebook notebook, Path setAside, String problem, List<String> unusable, Path unusableCopy) {
        public Loaded(Notebook notebook, Path setAside, String problem) {
            this(notebook, setAside, problem, List.of(), null);
        }

        public Loaded {
            unusable = unusable == null ? List.of() : List.copyOf(unusable);
        }

        public boolean failed() {
            return problem != null;
        }

        /** Whether some entries of a file otherwise used could not be used (they are kept in {@link #unusableCopy}). */
        public boolean partlyUsed() {
            return problem == null && !unusable.isEmpty();
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
