package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.reader.SelectableTextPane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.LibraryLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find in the open document (Ctrl+F), with the real window headless. */
@ExtendWith(ApplicationExtension.class)
class FindBarTest {

    private ReaderModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void openThePressElements(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        robot.interact(() -> model.open(model.library().document("minusma-press-elements-2015-03-04").orElseThrow()));
        robot.clickOn("#reader-page");
    }

    private String marked(SelectableTextPane.Mark mark) {
        return window.reader().page().blockText(mark.block()).substring(mark.start(), mark.end());
    }

    @Test
    void ctrlFFindsEveryMatchIgnoringAccentsAndStepsThroughThem(FxRobot robot) throws IOException {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(window.find().isVisible());
        assertTrue(window.find().field().isFocused());
        robot.write("mediation");
        WaitForAsyncUtils.waitForFxEvents();

        int total = window.find().matchCount();
        // "médiation" as the text writes it, every time; counted in the text itself.
        String all = String.join("\n", java.util.stream.IntStream.range(0, window.reader().page().blockCount())
                .mapToObj(b -> window.reader().page().blockText(b)).toList());
        int expected = all.split("médiation", -1).length - 1;
        assertTrue(expected >= 3, all);
        assertEquals(expected, total);
        List<SelectableTextPane.Mark> marks = window.reader().page().marks();
        assertEquals(total, marks.size());
        marks.forEach(m -> assertEquals("médiation", marked(m)));
        assertEquals("1 sur " + total, window.find().countText());
        assertTrue(marks.get(0).current());

        robot.type(KeyCode.ENTER);
        assertEquals(1, window.find().currentIndex());
        assertEquals("2 sur " + total, window.find().countText());
        robot.type(KeyCode.F3);
        assertEquals(2, window.find().currentIndex());
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals(1, window.find().currentIndex());
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertEquals(total - 1, window.find().currentIndex(), "stepping back from the first wraps to the last");
        assertTrue(window.reader().page().marks().get(total - 1).current());
        Screenshots.save(stage.getScene(), "find-in-document");

        robot.type(KeyCode.ESCAPE);
        assertFalse(window.find().isVisible());
        assertTrue(window.reader().page().marks().isEmpty());
        assertTrue(window.reader().page().isFocused());
    }

    @Test
    void theLigatureAndCaseFoldAndNoMatchIsSaid(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("OEUVRE");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.find().matchCount() >= 2);
        window.reader().page().marks().forEach(m -> assertEquals("œuvre", marked(m)));

        robot.write("zzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.find().matchCount());
        assertEquals("Aucune occurrence", window.find().countText());
    }

    @Test
    void aTypedSpaceFindsTheSpacesTheReaderMadeUnbreakable(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("1er mars");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.find().matchCount());
        assertEquals("1er\u00A0mars", marked(window.reader().page().marks().get(0)));
    }

    @Test
    void theMatchesFollowWhenAnotherDocumentOpens(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("MINUSMA");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.open(model.library().document("minusma-closure-notice").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.find().isVisible());
        window.reader().page().marks().forEach(m -> assertEquals("MINUSMA", marked(m)));
        int expected = 0;
        for (int b = 0; b < window.reader().page().blockCount(); b++) {
            expected += window.reader().page().blockText(b).split("MINUSMA", -1).length - 1;
        }
        assertTrue(expected > 0);
        assertEquals(expected, window.find().matchCount(), "the notice's own matches are counted");
    }
}
