package org.missionreader.ui.searchbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Library;
import org.missionreader.library.LoadResult;
import org.missionreader.ui.ReaderModel;

class SearchServiceTest {

    @Test
    void anEmptyLibraryIsReadyAtOnceWithNoIndexBuilt() {
        ReaderModel model = new ReaderModel();
        SearchService service = new SearchService(model);
        assertFalse(service.readyProperty().get(), "not ready while the first library loads");

        // A library with nothing in it (every file refused, say): nothing to find, and no search engine
        // started for it. Ready at once, on this thread: an index is only ever built on another thread,
        // and only its completion (on the JavaFX thread, not running here) sets ready for a library with
        // contents.
        model.libraryLoaded(new LoadResult(Library.empty(), List.of()));
        assertTrue(service.readyProperty().get());
        assertEquals(List.of(), service.search("accord"));
    }
}
