package org.missionreader.ui.searchbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.library.synthetic.SyntheticLibrary;
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

    @Test
    void whileAFileLoadsTheLibraryItJoinsIsNotIndexedAndTheLibraryWithItIs(FxRobot robot) throws TimeoutException, IOException {
        ReaderModel model = new ReaderModel();
        List<Integer> indexed = Collections.synchronizedList(new ArrayList<>());
        SearchService service = countingBuilds(model, indexed);
        LoadResult bundled = new LibraryLoader().loadBundled();
        int bundledDocuments = bundled.library().documents().size();
        robot.interact(() -> model.libraryLoaded(bundled));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> service.readyProperty().get());
        assertEquals(List.of(bundledDocuments), indexed, "nothing loading: the library is indexed at once");

        LoadResult first = synthetic("first.json", 3, 20, bundled);
        // A file joins the library while a second one still loads (as files given on the command line do).
        robot.interact(() -> {
            model.loadStarted();
            model.loadStarted();
            model.loadEnded();
            model.addLibrary("first.json", first);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(bundledDocuments), indexed, "not indexed while the second file loads");
        assertFalse(service.readyProperty().get(), "the search box says the library is being indexed");

        // The second load fails: the library stays as the first file made it, and is indexed now, once.
        robot.interact(model::loadEnded);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> service.readyProperty().get());
        assertEquals(List.of(bundledDocuments, bundledDocuments + 20), indexed);
        assertFalse(service.search("accord").isEmpty());
    }

    @Test
    void aLoadThatAddsALibraryBuildsOnlyThatLibrarysIndex(FxRobot robot) throws TimeoutException, IOException {
        ReaderModel model = new ReaderModel();
        List<Integer> indexed = Collections.synchronizedList(new ArrayList<>());
        SearchService service = countingBuilds(model, indexed);
        LoadResult bundled = new LibraryLoader().loadBundled();
        int bundledDocuments = bundled.library().documents().size();
        LoadResult added = synthetic("added.json", 5, 30, bundled);
        // As at start with a file on the command line: the bundled library is in and drawn while the file
        // loads. Its build waits; the file's end comes (announced just before its library is added).
        robot.interact(() -> {
            model.loadStarted();
            model.libraryLoaded(bundled);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), indexed, "nothing indexed while the file loads");
        robot.interact(() -> {
            model.loadEnded();
            model.addLibrary("added.json", added);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> service.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(bundledDocuments + 30), indexed, "the library the file made is the only one indexed");
    }

    /** A service whose index builds note the number of documents of the library they index. */
    private static SearchService countingBuilds(ReaderModel model, List<Integer> indexed) {
        return new SearchService(model, new Jobs(), new SimpleStringProperty("indexing"), Runnable::run, library -> {
            indexed.add(library.documents().size());
            return SearchIndex.build(library);
        });
    }

    /** A file of two missions and {@code documents} documents, loaded to join the bundled library. */
    private static LoadResult synthetic(String name, long seed, int documents, LoadResult bundled) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new SyntheticLibrary(seed).write(new SyntheticLibrary.Size(2, documents, 10), file);
        return new LibraryLoader().load(name, file.toByteArray(), bundled.library());
    }
}
