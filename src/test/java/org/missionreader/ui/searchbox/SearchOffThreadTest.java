package org.missionreader.ui.searchbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.search.SearchHit;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.TestWindow;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search box's queries run in query jobs, never on the JavaFX thread, the newest superseding the one before. */
@ExtendWith(ApplicationExtension.class)
class SearchOffThreadTest {

    private ReaderModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void waitForIndex() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get()
                && window.search().service().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void quietProbe() {
        SearchService.probe = (work, onFxThread) -> { };
        NoteHits.probe = (work, onFxThread) -> { };
    }

    private List<Job> queries() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.services().jobs().running().stream()
                .filter(j -> j.kind() == Job.Kind.SEARCH_QUERY).toList()).get();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theQueryRunsInAJobAndItsHitsAreHandedBack(FxRobot robot) throws Exception {
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        SearchService.probe = (work, onFxThread) -> {
            onFx.add(onFxThread);
            await(release);
        };
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write("accord");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onFx.isEmpty());
        // The query is held in its job: the window goes on, the job is listed, no hits yet.
        assertTrue(queries().size() >= 1);
        assertTrue(window.search().results().getItems().isEmpty());
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.search().results().getItems().isEmpty());
        // One query once typing paused (more if the machine was slow to type): none on the JavaFX thread.
        assertFalse(onFx.contains(true), onFx.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.search().overlay().isVisible(), "focused: " + window.search().field().isFocused());
    }

    @Test
    void theNextKeystrokesQuerySupersedesTheOneRunning(FxRobot robot) throws Exception {
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        AtomicInteger count = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        SearchService.probe = (work, onFxThread) -> {
            onFx.add(onFxThread);
            if (count.incrementAndGet() == 1) await(release);
        };
        try {
            robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
            robot.write("xylophone");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.get() == 1);
            Job first = queries().get(0);
            robot.eraseText(9).write("Delattre");
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.search().results().getItems().isEmpty());
            } catch (TimeoutException e) {
                throw new AssertionError("text " + window.search().field().getText() + " focus " + window.search().field().isFocused()
                        + " probe " + onFx + " jobs " + queries() + " owner " + window.search().field().getScene().getFocusOwner());
            }
            assertTrue(first.isCancelled(), "the query for the old text is cancelled");
            List<SearchHit> hits = List.copyOf(window.search().results().getItems());
            assertEquals(1, hits.size(), hits.toString());
            release.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queries().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(hits, window.search().results().getItems(), "the old query's (no) hits, done late, are not shown");
            assertFalse(onFx.contains(true), "no query ran on the JavaFX thread");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aResultCellKeepsItsNodesFromOneResultToTheNext(FxRobot robot) throws Exception {
        SearchService service = window.search().service();
        SearchHit accord = service.search("accord").get(0);
        SearchHit delattre = service.search("Delattre").get(0);
        SearchHitCell cell = WaitForAsyncUtils.asyncFx(() -> new SearchHitCell(model, service,
                new org.missionreader.ui.application.I18n(Locale.FRENCH), new javafx.beans.property.SimpleDoubleProperty(500))).get();
        robot.interact(() -> cell.updateItem(accord, false));
        Node graphic = cell.getGraphic();
        javafx.scene.control.Label where = (javafx.scene.control.Label) graphic.lookup(".search-hit-where");
        String before = where.getText();
        robot.interact(() -> cell.updateItem(delattre, false));
        assertSame(graphic, cell.getGraphic(), "the cell updates its nodes rather than making new ones");
        assertSame(where, cell.getGraphic().lookup(".search-hit-where"));
        assertTrue(where.getText().endsWith("· orateur et fonction") && !where.getText().equals(before), where.getText());
        robot.interact(() -> cell.updateItem(null, true));
        assertEquals(null, cell.getGraphic());
    }

    private static long count(List<String> work, String what) {
        return work.stream().filter(what::equals).count();
    }

    @Test
    void yourNotesAreMatchedInTheQueryJobEachNoteFoldedOnce(FxRobot robot) throws Exception {
        List<String> work = new CopyOnWriteArrayList<>();
        NoteHits.probe = (what, onFxThread) -> work.add(what + (onFxThread ? " on the JavaFX thread" : " off it"));
        Instant t = Instant.parse("2026-12-01T09:00:00Z");
        String doc = "minusma-press-elements-2015-03-04";
        Note alger = new Note("n-alger", new Anchor(doc, 0, 0, 9, "une étape"), NoteColour.YELLOW, "La MÉDIATION d’Alger", t, t);
        Note other = new Note("n-other", new Anchor(doc, 1, 0, 9, "une étape"), NoteColour.BLUE, "Rien à voir", t, t);
        Note again = new Note("n-again", new Anchor(doc, 2, 0, 9, "une étape"), NoteColour.GREEN, "Médiation, encore", t, t);
        var notes = window.services().notes();
        robot.interact(() -> {
            notes.put(alger);
            notes.put(other);
            notes.put(again);
        });
        var found = window.search().noteResults().getItems();

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write("mediation");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> found.equals(List.of(alger, again))).get());
        assertEquals(3, count(work, "fold off it"), "each note folded once, in the query job: " + work);
        assertTrue(work.stream().noneMatch(w -> w.endsWith("on the JavaFX thread")), work.toString());

        // The next query folds nothing again: it matches the folded texts kept.
        long matched = count(work, "match off it");
        robot.eraseText(9).write("alger");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> found.equals(List.of(alger))).get());
        assertTrue(count(work, "match off it") > matched, work.toString());
        assertEquals(3, count(work, "fold off it"), work.toString());

        // A note whose text changed is folded again, and only it.
        Note edited = other.withText("La médiation aussi");
        robot.interact(() -> notes.put(edited));
        robot.eraseText(5).write("mediation");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> found.size() == 3).get());
        assertEquals(List.of(alger, edited, again), WaitForAsyncUtils.asyncFx(() -> List.copyOf(found)).get());
        assertEquals(4, count(work, "fold off it"), work.toString());
        assertTrue(work.stream().noneMatch(w -> w.endsWith("on the JavaFX thread")), work.toString());
    }
}
