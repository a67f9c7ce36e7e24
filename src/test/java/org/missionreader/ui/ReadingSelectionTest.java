package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Selecting as in any viewer: a double-click selects a word, a triple-click the paragraph, a drag after a
 * double-click goes by words, and the highlight stays on its characters when the text reflows.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingSelectionTest {

    private Stage stage;
    private TestWindow shown;
    private ReaderProbe probe;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, Locale.FRENCH);
    }

    @BeforeEach
    void open(FxRobot robot) throws TimeoutException {
        probe = new ReaderProbe(robot, shown);
        probe.openPressElements(stage, 1366, 768);
    }

    private String selected() {
        return shown.window().reader().page().selectedText();
    }

    private void doubleClick(FxRobot robot, Point2D at) {
        robot.moveTo(at).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDoubleClickSelectsAWordWithItsElision(FxRobot robot) {
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(
                java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "copied before")));
        // "l’accord" is one word, as Evince selects it.
        int accord = probe.indexIn(0, "l’accord") + 2;
        doubleClick(robot, probe.screenPointOf(0, accord + 1, accord + 3));
        assertEquals("l’accord", selected());
        // Selecting is not copying: the clipboard keeps what was copied (the primary selection is apart,
        // and headless, as here, it is left alone).
        assertEquals("copied before", WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())));
        // Accented letters belong to the word.
        int representant = probe.indexIn(0, "Représentant");
        doubleClick(robot, probe.screenPointOf(0, representant + 4, representant + 6));
        assertEquals("Représentant", selected());
        // From the elided article too; the comma after "Hamdi" is not part of the name.
        doubleClick(robot, probe.screenPointOf(0, accord - 2, accord - 1));
        assertEquals("l’accord", selected());
        int hamdi = probe.indexIn(0, "Hamdi,");
        doubleClick(robot, probe.screenPointOf(0, hamdi + 1, hamdi + 2));
        assertEquals("Hamdi", selected());
    }

    @Test
    void aTripleClickSelectsTheParagraphAsWritten(FxRobot robot) throws IOException {
        Point2D at = probe.screenPointOf(1, 10, 14);
        robot.moveTo(at).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String paragraph = shown.model().documentProperty().get().paragraphs().get(1);
        assertEquals(paragraph, selected());
        Screenshots.save(stage.getScene(), "reader-paragraph-selected-1366x768-fr");
    }

    @Test
    void aDragAfterADoubleClickExtendsByWords(FxRobot robot) {
        // "Nous saluons ce projet d’accord comme une étape": from the middle of "saluons" to the middle of "comme".
        int saluons = probe.indexIn(1, "saluons");
        int comme = probe.indexIn(1, "comme");
        Point2D from = probe.screenPointOf(1, saluons + 2, saluons + 3);
        Point2D to = probe.screenPointOf(1, comme + 2, comme + 3);
        robot.moveTo(from).clickOn(MouseButton.PRIMARY).press(MouseButton.PRIMARY);
        assertEquals("saluons", selected(), "the second press selects the word");
        robot.moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("saluons ce projet d’accord comme", selected());
        // Backwards from the word pressed: whole words too.
        int nous = probe.indexIn(1, "Nous");
        robot.moveTo(to).clickOn(MouseButton.PRIMARY).press(MouseButton.PRIMARY);
        robot.moveTo(probe.screenPointOf(1, saluons + 5, saluons + 6)).release(MouseButton.PRIMARY);
        assertEquals("saluons ce projet d’accord comme", selected());
        robot.moveTo(to).clickOn(MouseButton.PRIMARY).press(MouseButton.PRIMARY);
        robot.moveTo(probe.screenPointOf(1, nous + 1, nous + 2)).release(MouseButton.PRIMARY);
        assertEquals("Nous saluons ce projet d’accord comme", selected());
    }

    @Test
    void aDragAfterATripleClickExtendsByParagraphs(FxRobot robot) {
        Point2D from = probe.screenPointOf(1, 10, 11);
        robot.moveTo(from).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).press(MouseButton.PRIMARY);
        robot.moveTo(probe.screenPointOf(2, 5, 6)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> paragraphs = shown.model().documentProperty().get().paragraphs();
        assertEquals(paragraphs.get(1) + "\n\n" + paragraphs.get(2), selected());
    }

    /** Selects the last words of the first paragraph, narrows the window, and checks the highlight followed them. */
    private void highlightFollowsTheTextAsItReflows(FxRobot robot, String language) throws IOException {
        TextFlow flow = probe.paragraph(0);
        int block = shown.window().reader().page().indexOf(flow);
        int start = probe.indexIn(0, "négociations");
        int end = start + "négociations".length();
        doubleClick(robot, probe.screenPointOf(0, start + 3, start + 4));
        assertEquals("négociations", selected());
        Bounds before = probe.highlightInScene(block);
        assertBoundsEqual(ReaderProbe.lines(flow, start, end).get(0), before);
        Screenshots.save(stage.getScene(), "reader-selection-1366x768-" + language);

        probe.resize(stage, 1024, 700);
        Bounds word = ReaderProbe.lines(flow, start, end).get(0);
        assertNotEquals(before.getMinX(), word.getMinX(), 1.0, "the narrower window moved the word");
        assertEquals("négociations", selected());
        assertBoundsEqual(word, probe.highlightInScene(block));
        Screenshots.save(stage.getScene(), "reader-selection-1024x700-" + language);
    }

    private static void assertBoundsEqual(Bounds expected, Bounds actual) {
        String says = expected + " vs " + actual;
        assertEquals(expected.getMinX(), actual.getMinX(), 0.5, says);
        assertEquals(expected.getMinY(), actual.getMinY(), 0.5, says);
        assertEquals(expected.getMaxX(), actual.getMaxX(), 0.5, says);
        assertEquals(expected.getMaxY(), actual.getMaxY(), 0.5, says);
    }

    @Test
    void theHighlightFollowsTheTextWhenTheWindowNarrowsInFrench(FxRobot robot) throws IOException {
        highlightFollowsTheTextAsItReflows(robot, "fr");
    }

    @Test
    void theHighlightFollowsTheTextWhenTheWindowNarrowsInEnglish(FxRobot robot) throws IOException {
        probe.language(Locale.ENGLISH);
        highlightFollowsTheTextAsItReflows(robot, "en");
        assertTrue(selected().equals("négociations"));
    }
}
