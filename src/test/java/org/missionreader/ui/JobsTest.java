package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadMonitor;
import org.missionreader.library.LoadResult;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Background jobs as the window shows them: every running job listed, each with its own Cancel. */
@ExtendWith(ApplicationExtension.class)
class JobsTest {

    private ReaderModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, Locale.ENGLISH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void waitForBundled() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
    }

    /** A load that waits for its latch, then reports progress (where a cancel stops it) and reads the library. */
    private static LoadResult heldLoad(CountDownLatch go, LoadMonitor monitor) {
        try {
            go.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        monitor.progress(0.5);
        return new LibraryLoader().loadBundled();
    }

    @Test
    void twoLoadsAtOnceAreTwoJobsAndCancellingTheFirstKeepsTheSecondShown(FxRobot robot) throws TimeoutException {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        robot.interact(() -> {
            window.load("first.json", monitor -> heldLoad(first, monitor));
            window.load("second.json", monitor -> heldLoad(second, monitor));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Job> loads = window.services().jobs().running().stream().filter(j -> j.kind() == Job.Kind.LOAD).toList();
        assertEquals(2, loads.size(), "both loads listed");
        List<Node> cancels = List.copyOf(robot.lookup("#cancel-load").queryAll());
        assertEquals(2, cancels.size(), "each load has its own Cancel");

        robot.clickOn(cancels.get(0));
        first.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.services().jobs().running().stream()
                .filter(j -> j.kind() == Job.Kind.LOAD).count() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(loads.get(0).isCancelled(), "the first load's cancel reached it");
        assertFalse(loads.get(1).isCancelled());
        assertTrue(model.loadingProperty().get(), "the window still shows a load running");
        assertTrue(robot.lookup("#cancel-load").queryAll().stream().anyMatch(Node::isVisible),
                "the second load's Cancel is still there");

        second.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        // The second load's end starts work of its own (the search index for the new library): every job ends.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.services().jobs().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("minusma", model.missionProperty().get().id());
    }

    @Test
    void quittingWaitsForAChangeOfTheReadersLibraryBeingWritten(FxRobot robot) throws Exception {
        Jobs jobs = window.services().jobs();
        CountDownLatch writing = new CountDownLatch(1);
        AtomicInteger written = new AtomicInteger();
        robot.interact(() -> jobs.run(Job.Kind.SAVE_IMPORT, new javafx.beans.property.SimpleStringProperty("Saving"), () -> {
            writing.countDown();
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.incrementAndGet();
        }));
        assertTrue(writing.await(5, TimeUnit.SECONDS));
        boolean[] finished = new boolean[1];
        // As the application's stop() calls it, on the JavaFX thread.
        robot.interact(() -> finished[0] = jobs.awaitAll(Job.Kind.SAVE_IMPORT, java.time.Duration.ofSeconds(10)));
        assertTrue(finished[0], "the write finished within the limit");
        assertEquals(1, written.get(), "the change was written before awaitAll returned");
        // A job that outlasts the limit is said not to have finished.
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> jobs.run(Job.Kind.SAVE_IMPORT, new javafx.beans.property.SimpleStringProperty("Saving"), () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        robot.interact(() -> finished[0] = jobs.awaitAll(Job.Kind.SAVE_IMPORT, java.time.Duration.ofMillis(200)));
        assertFalse(finished[0]);
        release.countDown();
    }

    @Test
    void theToolbarListsRunningJobsAndCancelsEach(FxRobot robot) throws TimeoutException {
        CountDownLatch release = new CountDownLatch(1);
        Jobs jobs = window.services().jobs();
        Job[] job = new Job[1];
        robot.interact(() -> job[0] = jobs.submit(Job.Kind.EXPORT, new javafx.beans.property.SimpleStringProperty("Exporting"),
                new Task<Void>() {
                    @Override
                    protected Void call() throws InterruptedException {
                        while (!isCancelled()) {
                            if (release.await(20, TimeUnit.MILLISECONDS)) break;
                        }
                        return null;
                    }
                }));
        WaitForAsyncUtils.waitForFxEvents();
        Node button = robot.lookup("#jobs-button").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, button::isVisible);
        assertTrue(button.isVisible(), "shown while a job runs");
        assertEquals("1 running", ((javafx.scene.control.Labeled) button).getText());
        // The spinner turns a dot's place (30°) at a time while work runs, not at every frame.
        Node spinner = ((javafx.scene.control.Labeled) button).getGraphic();
        double before = spinner.getRotate();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> spinner.getRotate() != before);
        assertEquals(0, spinner.getRotate() % 30, 1e-9, "a whole step: " + spinner.getRotate());
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = robot.lookup("#cancel-job").queryButton();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, jobs.running()::isEmpty);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(job[0].isCancelled());
        assertFalse(button.isVisible(), "hidden once nothing runs");
        double stopped = spinner.getRotate();
        robot.sleep(3 * 1000 / JobsButton.STEPS_PER_SECOND);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stopped, spinner.getRotate(), "the spinner stands still once hidden");
        release.countDown();
    }

    @Test
    void aNewJobOfASupersededKindCancelsTheOneBefore(FxRobot robot) throws TimeoutException {
        Jobs jobs = window.services().jobs();
        CountDownLatch release = new CountDownLatch(1);
        Job[] both = new Job[2];
        robot.interact(() -> {
            for (int i = 0; i < 2; i++) {
                both[i] = jobs.submit(Job.Kind.SEARCH_QUERY, new javafx.beans.property.SimpleStringProperty("q" + i),
                        new Task<Void>() {
                            @Override
                            protected Void call() throws InterruptedException {
                                while (!isCancelled() && !release.await(20, TimeUnit.MILLISECONDS)) {
                                    // waits for the test, or for its cancel
                                }
                                return null;
                            }
                        });
            }
        });
        assertTrue(both[0].isCancelled(), "the older query gave way");
        assertFalse(both[1].isCancelled());
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, jobs.running()::isEmpty);
    }

    @Test
    void aSerialLaneRunsItsTasksOneAtATimeInOrderAsOneJobTheToolbarDoesNotShow(FxRobot robot) throws Exception {
        Jobs jobs = window.services().jobs();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> jobs.running().isEmpty()).get());
        Executor lane = jobs.serial(Job.Kind.NOTES_WRITE, new javafx.beans.property.SimpleStringProperty("Writing"));
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int count = 40;
        Runnable[] tasks = IntStream.range(0, count).mapToObj(i -> (Runnable) () -> {
            most.accumulateAndGet(active.incrementAndGet(), Math::max);
            if (i == 0) {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            threads.add(Thread.currentThread());
            order.add(i);
            active.decrementAndGet();
        }).toArray(Runnable[]::new);
        // Half given on the JavaFX thread, half from another thread after them: the lane keeps the order given.
        robot.interact(() -> {
            for (int i = 0; i < count / 2; i++) lane.execute(tasks[i]);
        });
        Thread other = new Thread(() -> {
            for (int i = count / 2; i < count; i++) lane.execute(tasks[i]);
        });
        other.start();
        other.join(10_000);
        WaitForAsyncUtils.waitForFxEvents();

        List<Job> listed = WaitForAsyncUtils.asyncFx(() -> List.copyOf(jobs.running())).get();
        assertEquals(1, listed.size(), "one job for the lane's queued tasks: " + listed);
        assertEquals(Job.Kind.NOTES_WRITE, listed.get(0).kind());
        assertEquals("Writing", listed.get(0).title().get());
        assertFalse(robot.lookup("#jobs-button").query().isVisible(), "the toolbar does not show a notes write");
        assertTrue(order.isEmpty(), "the first task holds the others: " + order);

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> order.size() == count);
        assertEquals(IntStream.range(0, count).boxed().toList(), order, "in the order given");
        assertEquals(1, most.get(), "one at a time");
        assertTrue(threads.stream().allMatch(t -> t.isDaemon() && t.getName().startsWith("mission-reader-job-")),
                "on the jobs' daemon threads: " + threads);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> jobs.running().isEmpty()).get());

        // Emptied, the lane starts a job again for the next task; a task that throws does not stop the ones after it.
        List<String> after = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> {
            lane.execute(() -> {
                throw new IllegalStateException("a task that fails (expected by the test)");
            });
            lane.execute(() -> {
                synchronized (after) {
                    after.add("ran");
                }
                done.countDown();
            });
        });
        assertTrue(done.await(10, TimeUnit.SECONDS), "the task after a failed one ran");
        synchronized (after) {
            assertEquals(List.of("ran"), after);
        }
    }
}
