package org.missionreader.ui.searchbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.search.SearchIndex;
import javafx.beans.property.SimpleStringProperty;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The search index behind the search box: built off the JavaFX thread, the latest library's only. */
@ExtendWith(ApplicationExtension.class)
class SearchServiceTest {

    @Test
    void anEmptyLibraryIsReadyAtOnceWithNoIndexBuilt(FxRobot robot) {
        ReaderModel model = new ReaderModel();
        SearchService service = new SearchService(model, new Jobs(), new SimpleStringProperty("indexing"), Runnable::run, library -> {
            throw new AssertionError("no index is built for an empty library");
        });
        assertFalse(service.readyProperty().get(), "not ready while the first library loads");

        // A library with nothing in it (every file refused, say): nothing to find, ready at once.
        robot.interact(() -> model.libraryLoaded(new LoadResult(Library.empty(), List.of())));
        assertTrue(service.readyProperty().get());
        assertNull(service.failure());
        assertEquals(List.of(), service.search("accord"));
    }

    @Test
    void theBundledLibraryIsIndexedAndSearched(FxRobot robot) throws TimeoutException {
        ReaderModel model = new ReaderModel();
        SearchService service = new SearchService(model, new Jobs(), new SimpleStringProperty("indexing"), Runnable::run, SearchIndex::build);
        robot.interact(() -> model.libraryLoaded(new LibraryLoader().loadBundled()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> service.readyProperty().get());
        assertNull(service.failure());
        assertFalse(service.search("accord").isEmpty());
    }

    @Test
    void aFailedIndexBuildLeavesTheServiceReadyWithItsReason(FxRobot robot) throws TimeoutException {
        ReaderModel model = new ReaderModel();
        SearchService service = new SearchService(model, new Jobs(), new SimpleStringProperty("indexing"), Runnable::run, library -> {
            throw new IllegalStateException("no space left on device");
        });
        robot.interact(() -> model.libraryLoaded(new LibraryLoader().loadBundled()));
        // Not "indexing" for ever: ready, with nothing to search and the reason to show.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> service.readyProperty().get());
        assertEquals("no space left on device", service.failure());
        assertEquals(List.of(), service.search("accord"));
    }
}
