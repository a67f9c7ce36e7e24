package org.missionreader.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.notes.Notebook;
import org.missionreader.notes.NotesStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes' writes are jobs: one serial lane of the window's {@link Jobs}, each change applied to what the
 * store holds, in the order made, one at a time, on the jobs' daemon threads; {@link Notes#close} waits for
 * the writes queued, and a failed write is said, then cleared by the next that succeeds.
 */
@ExtendWith(ApplicationExtension.class)
class NotesWriterTest {

    @Start
    void start(Stage stage) {
        // No window: the notes and their services on their own.
    }

    /** A store in memory that says on which thread each write ran, and how many ran at once. */
    private static final class WatchedStore implements NotesStore {
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        final AtomicInteger active = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch firstMayEnd = new CountDownLatch(1);
        volatile int failing;
        private Notebook kept = Notebook.empty();

        @Override
        public Loaded load() {
            return new Loaded(kept, null, null);
        }

        @Override
        public Notebook update(UnaryOperator<Notebook> change) throws IOException {
            most.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                threads.add(Thread.currentThread());
                onFxThread.add(Platform.isFxApplicationThread());
                if (threads.size() == 1) await(firstMayEnd);
                if (failing > 0) {
                    failing--;
                    throw new IOException("disk full (the test's)");
                }
                synchronized (this) {
                    kept = change.apply(kept);
                    return kept;
                }
            } finally {
                active.decrementAndGet();
            }
        }

        synchronized Notebook kept() {
            return kept;
        }

        @Override
        public Path file() {
            return Path.of("notes.json");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Note note(int i) {
        Instant t = Instant.ofEpochSecond(1_700_000_000L + i);
        return new Note("note-" + i, new Anchor("doc", i % 4, 0, 5, "quote"), NoteColour.YELLOW, "note " + i, t, t);
    }

    private static Services services(Notes notes) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Services.create(new ReaderModel(), new I18n(Locale.ENGLISH), notes)).get();
    }

    @Test
    void changesAreWrittenInOrderOneAtATimeInOneJobAndCloseWaitsForThem(FxRobot robot) throws Exception {
        WatchedStore store = new WatchedStore();
        Notes notes = new Notes(store);
        Services services = services(notes);
        int count = 30;
        robot.interact(() -> {
            for (int i = 0; i < count; i++) notes.put(note(i));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.threads.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        List<Job> listed = WaitForAsyncUtils.asyncFx(() -> List.copyOf(services.jobs().running())).get();
        assertEquals(1, listed.size(), "the writes queued are one job of the window's jobs: " + listed);
        assertEquals(Job.Kind.NOTES_WRITE, listed.get(0).kind());
        assertEquals("Saving your notes", listed.get(0).title().get());
        assertEquals(count, notes.notebook().notes().size(), "the window shows the changes at once");

        // The application stops as the first write is still under way: close waits for it and every one queued.
        store.firstMayEnd.countDown();
        robot.interact(notes::close);
        assertEquals(IntStream.range(0, count).mapToObj(NotesWriterTest::note).toList(), store.kept().notes(),
                "every change kept, in the order made, once close returned");
        assertEquals(1, store.most.get(), "one write at a time");
        assertFalse(store.onFxThread.contains(true), "no write on the JavaFX thread");
        assertTrue(store.threads.stream().allMatch(t -> t.isDaemon() && t.getName().startsWith("mission-reader-job-")),
                "the jobs' daemon threads, which never hold the JVM open: " + store.threads);
        RuntimeException[] refused = new RuntimeException[1];
        robot.interact(() -> refused[0] = assertThrows(IllegalStateException.class, () -> notes.put(note(99))));
        assertTrue(refused[0].getMessage().contains("closed"), "a change after close is refused: " + refused[0]);
    }

    @Test
    void aFailedWriteIsSaidAndTheNextChangeWritesItAgain(FxRobot robot) throws Exception {
        WatchedStore store = new WatchedStore();
        store.firstMayEnd.countDown();
        store.failing = 1;
        Notes notes = new Notes(store);
        services(notes);
        robot.interact(() -> notes.put(note(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.problemProperty().get() != null);
        assertEquals(Path.of("notes.json") + ": disk full (the test's)", notes.problemProperty().get());
        assertEquals(List.of(), store.kept().notes(), "nothing kept yet");
        assertEquals(List.of(note(0)), notes.notebook().notes(), "the change stays in the window");

        robot.interact(() -> notes.put(note(1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.problemProperty().get() == null);
        assertEquals(List.of(note(0), note(1)), store.kept().notes(), "the failed change is written with the next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(store.kept(), notes.notebook());
        robot.interact(notes::close);
        assertNull(notes.problemProperty().get());
    }

    @Test
    void notesGivenToSecondServicesKeepTheirFirstLane(FxRobot robot) throws Exception {
        WatchedStore store = new WatchedStore();
        Notes notes = new Notes(store);
        Services first = services(notes);
        Services second = services(notes);
        robot.interact(() -> notes.put(note(0)));
        // The write is held in the store: it is listed in the first services' jobs, in one lane for both.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.threads.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Job.Kind.NOTES_WRITE), WaitForAsyncUtils.asyncFx(() -> first.jobs().running().stream()
                .map(Job::kind).toList()).get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> second.jobs().running().isEmpty()).get(), "nothing in the second services' jobs");
        store.firstMayEnd.countDown();
        robot.interact(notes::close);
        assertEquals(List.of(note(0)), store.kept().notes());
    }
}
