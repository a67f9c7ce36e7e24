package org.missionreader.ui;

import org.missionreader.ui.application.Services;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.synthetic.SyntheticLibrary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A large library opens without freezing the window: progress shows, Cancel works, lists stay virtual. */
@ExtendWith(ApplicationExtension.class)
class LargeLibraryTest {

    @TempDir
    static Path dir;
    private static Path large;

    private ReaderModel model;
    private MainWindow window;

    @BeforeAll
    static void writeLargeLibrary() throws IOException {
        large = dir.resolve("large.json");
        try (OutputStream out = Files.newOutputStream(large)) {
            new SyntheticLibrary(7).write(new SyntheticLibrary.Size(20, 10_000, 5_000), out);
        }
    }

    @Start
    void start(Stage stage) {
        model = new ReaderModel();
        window = new MainWindow(Services.create(model, new I18n(Locale.ENGLISH)), "test");
        TestWindow.putOn(stage, window);
        stage.show();
        window.loadBundled();
    }

    @BeforeEach
    void waitForBundled() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
    }

    @Test
    void aLargeLibraryLoadsWithProgressAndVirtualLists(FxRobot robot) throws TimeoutException {
        double[] maxProgress = {0};
        robot.interact(() -> {
            window.load(large.toString(), monitor -> new LibraryLoader().load(large, monitor));
            // The load's progress is its job's, which the window lists with its Cancel.
            Job load = window.services().jobs().running().stream().filter(j -> j.kind() == Job.Kind.LOAD).findFirst()
                    .orElseThrow();
            load.progressProperty().addListener((obs, old, now) -> maxProgress[0] = Math.max(maxProgress[0], now.doubleValue()));
        });
        assertTrue(model.loadingProperty().get());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10_000, model.library().documents().size());
        assertTrue(maxProgress[0] > 0.5, "progress reached " + maxProgress[0]);
        assertTrue(model.problems().isEmpty(), () -> model.problems().toString());
        // Only the visible rows have cells: the list of ~500 documents of a mission is virtual.
        int items = window.documents().list().getItems().size();
        int cells = robot.lookup("#document-list .list-cell").queryAll().size();
        assertTrue(items > 300, "documents of the first mission: " + items);
        assertTrue(cells < 60, cells + " cells for " + items + " documents");
    }

    @Test
    void cancellingALoadKeepsTheLibraryAlreadyShown(FxRobot robot) throws TimeoutException {
        // The load waits until Cancel has been clicked, so the click can't come after a fast load ended.
        CountDownLatch clicked = new CountDownLatch(1);
        boolean[] stoppedByCancel = {false};
        robot.interact(() -> window.load(large.toString(), monitor -> {
            awaitQuietly(clicked);
            try {
                return new LibraryLoader().load(large, monitor);
            } catch (CancellationException e) {
                stoppedByCancel[0] = true;
                throw e;
            }
        }));
        robot.clickOn("#cancel-load");
        clicked.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.loadingProperty().get());
        assertEquals(8, model.library().missions().size(), "the bundled library stays");
        assertEquals("minusma", model.missionProperty().get().id());
        assertTrue(model.problems().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stoppedByCancel[0]);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
