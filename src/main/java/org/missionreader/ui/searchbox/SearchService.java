package org.missionreader.ui.searchbox;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.missionreader.library.Library;
import org.missionreader.search.SearchHit;
import org.missionreader.search.SearchIndex;
import org.missionreader.ui.application.ReaderModel;

/** Keeps a search index of the model's library, rebuilt off the JavaFX thread whenever the library changes. */
public final class SearchService {

    /** As many results as a reader scans; the command line prints the same number. */
    public static final int LIMIT = 50;

    private static final System.Logger LOG = System.getLogger(SearchService.class.getName());

    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private SearchIndex index;
    /** Why the current library has no index, when its build failed; else null. */
    private String failure;
    /** Counts the builds started, so that only the latest one's index is kept. */
    private int builds;

    /** Starts the index builds: at once, or later (the window starts them once a new library is drawn). */
    private final Executor starter;
    private final Function<Library, SearchIndex> indexer;

    /** A service that starts each index build at once. */
    public SearchService(ReaderModel model) {
        this(model, Runnable::run);
    }

    /**
     * A service whose index builds are started by {@code starter}: the window has each start after the
     * new library is on screen, so that indexing does not compete for the processor with drawing it.
     */
    public SearchService(ReaderModel model, Executor starter) {
        this(model, starter, SearchIndex::build);
    }

    /** As above, with the index made by {@code indexer} (tests make one that fails). */
    SearchService(ReaderModel model, Executor starter, Function<Library, SearchIndex> indexer) {
        this.starter = starter;
        this.indexer = indexer;
        model.libraryProperty().addListener((obs, old, now) -> rebuild(now));
        if (!model.loadingProperty().get()) rebuild(model.library());
    }

    private void rebuild(Library library) {
        int build = ++builds;
        ready.set(false);
        if (library.documents().isEmpty() && library.events().isEmpty()) {
            // Nothing to find (a library whose every file was refused, say): no index, and no search
            // engine started for it.
            replace(null, null);
            return;
        }
        Task<SearchIndex> task = new Task<>() {
            @Override
            protected SearchIndex call() {
                return indexer.apply(library);
            }
        };
        task.setOnSucceeded(e -> {
            if (build == builds) {
                replace(task.getValue(), null);
            } else {
                // A newer library came in while this one was indexed: the newer build wins.
                task.getValue().close();
            }
        });
        task.setOnFailed(e -> {
            if (build != builds) return;
            Throwable problem = task.getException();
            LOG.log(System.Logger.Level.WARNING, "the library could not be indexed for search", problem);
            // Ready, with nothing to search: the search box says why instead of "indexing" for ever.
            replace(null, problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage());
        });
        starter.execute(() -> {
            if (build != builds) return; // a newer library came in before this build started
            Thread thread = new Thread(task, "search-index");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private void replace(SearchIndex next, String why) {
        if (index != null) index.close();
        index = next;
        failure = why;
        ready.set(true);
    }

    /** Why the current library could not be indexed, or null when it was (or is being) indexed. */
    public String failure() {
        return failure;
    }

    /** True once the current library is indexed, or its indexing has failed ({@link #failure()}). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The best hits, best first; none while the index is being built, or when the library is empty. */
    public List<SearchHit> search(String query) {
        return index == null || !ready.get() ? List.of() : index.search(query, LIMIT);
    }
}
