package org.missionreader.ui.searchbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;
import org.missionreader.library.Library;
import org.missionreader.library.TimelineEvent;
import org.missionreader.search.SearchHit;
import org.missionreader.search.SearchIndex;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.ReaderModel;

/**
 * Keeps a search index of the model's library, rebuilt in an indexing job whenever the library changes (a
 * newer library's build cancels the one still running), and the library's events by id for the results.
 */
public final class SearchService {

    /** As many results as a reader scans; the command line prints the same number. */
    public static final int LIMIT = 50;

    /** For tests: told each time a query runs, and whether on the JavaFX thread. Does nothing unless set. */
    static volatile BiConsumer<String, Boolean> probe = (work, onFxThread) -> { };

    private static final System.Logger LOG = System.getLogger(SearchService.class.getName());

    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    /** Read by the query jobs, replaced on the JavaFX thread. */
    private volatile SearchIndex index;
    /** Whether {@link #index} is the current library's: false while a new library is indexed. */
    private volatile boolean current;
    /** Why the current library has no index, when its build failed; else null. */
    private String failure;
    /** Counts the builds started, so that only the latest one's index is kept. */
    private int builds;
    /** The library's events by id, made once per library: each result cell names its event's date. */
    private Map<String, TimelineEvent> eventsById = Map.of();

    private final ReaderModel model;
    private final Jobs jobs;
    private final ObservableStringValue indexTitle;
    /** Starts the index builds: at once, or later (the window starts them once a new library is drawn). */
    private final Executor starter;
    private final Function<Library, SearchIndex> indexer;

    /**
     * A service whose index builds run as {@code jobs}, started by {@code starter}: the window has each
     * start after the new library is on screen, so that indexing does not compete with drawing it.
     */
    public SearchService(ReaderModel model, Jobs jobs, ObservableStringValue indexTitle, Executor starter) {
        this(model, jobs, indexTitle, starter, SearchIndex::build);
    }

    /** As above, with the index made by {@code indexer} (tests make one that fails). */
    SearchService(ReaderModel model, Jobs jobs, ObservableStringValue indexTitle, Executor starter,
                  Function<Library, SearchIndex> indexer) {
        this.model = model;
        this.jobs = jobs;
        this.indexTitle = indexTitle;
        this.starter = starter;
        this.indexer = indexer;
        model.libraryProperty().addListener((obs, old, now) -> rebuild(now));
        if (!model.loadingProperty().get()) rebuild(model.library());
        else eventsById = byId(model.library());
    }

    private static Map<String, TimelineEvent> byId(Library library) {
        Map<String, TimelineEvent> events = new HashMap<>();
        for (TimelineEvent event : library.events()) events.putIfAbsent(event.id(), event);
        return events;
    }

    private void rebuild(Library library) {
        int build = ++builds;
        current = false;
        ready.set(false);
        eventsById = byId(library);
        if (library.documents().isEmpty() && library.events().isEmpty()) {
            // Nothing to find (a library whose every file was refused, say): no index, and no search
            // engine started for it.
            jobs.cancelAll(Job.Kind.SEARCH_INDEX);
            replace(null, null);
            return;
        }
        Built built = new Built();
        Task<SearchIndex> task = new Task<>() {
            @Override
            protected SearchIndex call() {
                return built.offer(indexer.apply(library));
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
        // Superseded by a newer library's build: its index, if it is ever made, is closed unused.
        task.setOnCancelled(e -> built.drop());
        task.setOnFailed(e -> {
            if (build != builds) return;
            Throwable problem = task.getException();
            LOG.log(System.Logger.Level.WARNING, "the library could not be indexed for search", problem);
            // Ready, with nothing to search: the search box says why instead of "indexing" for ever.
            replace(null, problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage());
        });
        starter.execute(() -> whenNoFileLoads(() -> {
            if (build != builds) return; // a newer library came in before this build started
            jobs.submit(Job.Kind.SEARCH_INDEX, indexTitle, task);
        }));
    }

    /**
     * Runs a build's start at once, or, while a file is loading, once no load runs: a file that loads
     * will change the library, whose index is then built whole, so indexing the library it joins meanwhile
     * would take a core from its reading for an index never used (a file given on the command line loads
     * while the window's first library is drawn). A load that fails or is cancelled leaves the library as it
     * was: its build starts then. The end of a load is announced just before its library is added, so the
     * start waits one more event, by which time the newer library's build has replaced this one.
     */
    private void whenNoFileLoads(Runnable start) {
        if (!model.loadingProperty().get()) {
            start.run();
        } else {
            model.afterLoad(() -> Platform.runLater(start));
        }
    }

    /** Hands an index from its build to the window, or closes it when the build was cancelled meanwhile. */
    private static final class Built {
        private SearchIndex index;
        private boolean dropped;

        synchronized SearchIndex offer(SearchIndex made) {
            if (dropped) {
                made.close();
                return null;
            }
            index = made;
            return made;
        }

        synchronized void drop() {
            dropped = true;
            if (index != null) index.close();
            index = null;
        }
    }

    private void replace(SearchIndex next, String why) {
        SearchIndex old = index;
        index = next;
        // A query still running on the old index fails and is not shown: a newer one follows the new index.
        if (old != null) old.close();
        failure = why;
        current = true;
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

    /** An event of the current library by its id, or null. */
    TimelineEvent event(String id) {
        return eventsById.get(id);
    }

    /**
     * The best hits, best first; none while the index is being built, or when the library is empty. Runs
     * the query where it is called: the search box calls it from a query job, never the JavaFX thread.
     */
    public List<SearchHit> search(String query) {
        probe.accept("query", Platform.isFxApplicationThread());
        SearchIndex now = index;
        return now == null || !current ? List.of() : now.search(query, LIMIT);
    }
}
