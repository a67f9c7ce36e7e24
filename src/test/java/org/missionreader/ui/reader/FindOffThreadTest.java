package org.missionreader.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Document;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.TestWindow;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find in a large document: the page folded once, folding and matching off the JavaFX thread once typing pauses. */
@ExtendWith(ApplicationExtension.class)
class FindOffThreadTest {

    private static final int PARAGRAPHS = 500;

    private ReaderModel model;
    private MainWindow window;
    private final List<String> work = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    /** A library of one mission and one long statement, every paragraph speaking of mediation once. */
    private static LoadResult longStatement() {
        String paragraphs = IntStream.range(0, PARAGRAPHS).mapToObj(i -> "\"Paragraphe " + i
                        + " : le processus de médiation conduit à Alger avance, et la paix se construit pas à pas"
                        + " avec les parties qui s’engagent à mettre l’accord en œuvre.\"")
                .collect(Collectors.joining(", "));
        String json = """
                {"schemaVersion": 1,
                 "missions": [{"id": "longue", "acronym": {"fr": "LONGUE", "en": "LONG"},
                   "name": {"fr": "Mission d’essai", "en": "Trial mission"}, "country": {"fr": "Ailleurs", "en": "Elsewhere"},
                   "start": "2020-01-01", "status": {"state": "ongoing", "asOf": "2025"}, "sources": [{"name": "test data"}]}],
                 "documents": [{"id": "longue-declaration", "mission": "longue", "kind": "other", "title": "Longue déclaration",
                   "date": "2020-02-03", "language": "fr", "paragraphs": [%s], "source": {"name": "test data"}}],
                 "events": []}""".formatted(paragraphs);
        return new LibraryLoader().load("long.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void openTheLongStatement(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        LoadResult result = longStatement();
        Document doc = result.library().document("longue-declaration").orElseThrow(() -> new AssertionError(result.problems()));
        robot.interact(() -> {
            model.libraryLoaded(result);
            model.open(doc);
        });
        FindBar.probe = (what, onFxThread) -> work.add(what + (onFxThread ? " on the JavaFX thread" : " off it"));
        robot.clickOn("#reader-page");
    }

    @AfterEach
    void quietProbe() {
        FindBar.probe = (what, onFxThread) -> { };
    }

    private int occurrences(String word) {
        SelectableTextPane page = window.reader().page();
        int n = 0;
        for (int b = 0; b < page.blockCount(); b++) n += page.blockText(b).split(word, -1).length - 1;
        return n;
    }

    @Test
    void theLongPageIsFoldedOnceAndMatchedOffTheJavaFxThread(FxRobot robot) throws Exception {
        SelectableTextPane page = window.reader().page();
        int length = IntStream.range(0, page.blockCount()).map(b -> page.blockText(b).length()).sum();
        assertTrue(length > FindBar.LARGE, length + " characters");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("mediation");
        int expected = occurrences("médiation");
        assertEquals(PARAGRAPHS, expected);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.find().matchCount() == expected);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 sur " + expected, window.find().countText());
        page.marks().forEach(m -> assertEquals("médiation", page.blockText(m.block()).substring(m.start(), m.end())));
        long matched = work.stream().filter(w -> w.startsWith("match")).count();
        assertTrue(matched >= 1 && matched < "mediation".length(), "matched once typing paused, not at each keystroke: " + work);

        robot.eraseText(9).write("OEUVRE");
        int oeuvre = occurrences("œuvre");
        // As many matches as before: wait for the marks to be on the new word.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.find().matchCount() == oeuvre
                && page.marks().stream().allMatch(m -> page.blockText(m.block()).substring(m.start(), m.end()).equals("œuvre"))).get());
        robot.type(KeyCode.ENTER);
        assertEquals(1, window.find().currentIndex());

        assertEquals(List.of("fold off it"), work.stream().filter(w -> w.startsWith("fold")).toList(),
                "the page is folded once, off the JavaFX thread");
        assertTrue(work.stream().noneMatch(w -> w.endsWith("on the JavaFX thread")), work.toString());
    }
}
