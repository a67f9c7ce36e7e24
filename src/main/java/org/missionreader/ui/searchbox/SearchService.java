package org.missionreader.ui.searchbox;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.missionreader.library.Library;
import org.missionreader.search.SearchHit;
import org.missionreader.search.SearchIndex;
import org.missionreader.ui.ReaderModel;

/** Keeps a search index of the model's library, rebuilt off the JavaFX thread whenever the library changes. */
public final class SearchService {

    /** As many results as a reader scans; the command line prints the same number. */
    public static final int LIMIT = 50;

    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private SearchIndex index;
    private Library indexed;

    public SearchService(ReaderModel model) {
        model.libraryProperty().addListener((obs, old, now) -> rebuild(now));
        if (!model.loadingProperty().get()) rebuild(model.library());
    }

    private void rebuild(Library library) {
        ready.set(false);
        Task<SearchIndex> task = new Task<>() {
            @Override
            protected SearchIndex call() {
                return SearchIndex.build(library);
            }
        };
        task.setOnSucceeded(e -> {
            if (indexed != null && index != null) index.close();
            index = task.getValue();
            indexed = library;
            ready.set(true);
        });
        Thread thread = new Thread(task, "search-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** True once the current library is indexed. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The best hits, best first; none while the index is being built. */
    public List<SearchHit> search(String query) {
        return index == null || !ready.get() ? List.of() : index.search(query, LIMIT);
    }
}
