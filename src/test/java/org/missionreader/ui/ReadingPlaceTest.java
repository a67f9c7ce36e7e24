package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.settings.ReadingSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader keeps its place (the document, and the line at the top of the view) across a language
 * switch, a theme, a text size, a narrower window and a mission change made from the timeline.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingPlaceTest {

    private static final int PARAGRAPH = 4;

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
        probe.openPressElements(stage, 1024, 700);
        scrollToSecondLineOf(robot, PARAGRAPH);
    }

    /** Scrolls as the wheel does (the scroll bar's value) until a paragraph's second line is just cut at the top. */
    private void scrollToSecondLineOf(FxRobot robot, int paragraph) {
        TextFlow flow = probe.paragraph(paragraph);
        Bounds second = ReaderProbe.lines(flow, 0, shown.window().reader().page()
                .blockText(shown.window().reader().page().indexOf(flow)).length()).get(1);
        double target = probe.scrolledPixels() + second.getMinY() - probe.viewportTopInScene() + 3;
        assertTrue(target < probe.scrollRange(), "the page scrolls that far: " + target + " of " + probe.scrollRange());
        robot.interact(() -> probe.scroll().setVvalue(target / probe.scrollRange()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paragraph, probe.topLine()[0]);
    }

    /** The line at the top of the view (cut or whole) holds this character of this paragraph. */
    private void assertAtTheTop(int paragraph, int offset, String after) {
        int[] top = probe.topLine();
        assertEquals(paragraph, top[0], after + ": the same paragraph at the top");
        Bounds line = ReaderProbe.lines(probe.paragraph(paragraph), offset, offset + 1).get(0);
        double viewportTop = probe.viewportTopInScene();
        assertTrue(line.getMinY() <= viewportTop + 0.5 && line.getMaxY() > viewportTop,
                after + ": the line of character " + offset + " spans the top " + viewportTop + ": " + line);
    }

    @Test
    void aLanguageSwitchKeepsTheSameLineAtTheTop(FxRobot robot) throws java.io.IOException {
        int[] before = probe.topLine();
        double scrolled = probe.scrolledPixels();
        probe.language(Locale.ENGLISH);
        assertEquals("Overview of MINUSMA", robot.lookup(".back-link").queryAs(javafx.scene.control.Hyperlink.class)
                .getText().substring(2), "the page was rebuilt in English");
        assertEquals(before[0], probe.topLine()[0]);
        assertEquals(before[1], probe.topLine()[1], "the same character begins the top line");
        assertEquals(scrolled, probe.scrolledPixels(), 1.0);
        Screenshots.save(stage.getScene(), "reader-place-after-language-1024x700-en");
        probe.language(Locale.FRENCH);
        assertAtTheTop(before[0], before[1], "back in French");
    }

    @Test
    void aLargerTextAndAnotherThemeKeepTheParagraphAtTheTop(FxRobot robot) {
        int[] before = probe.topLine();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReadingSettings.DEFAULT_SIZE + 3, shown.window().reading().settings().fontSize());
        assertAtTheTop(before[0], before[1], "larger text");
        robot.interact(() -> shown.window().reading().settingsProperty().set(
                shown.window().reading().settings().withTheme(ReadingSettings.Theme.DARK)));
        WaitForAsyncUtils.waitForFxEvents();
        assertAtTheTop(before[0], before[1], "dark theme");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertAtTheTop(before[0], before[1], "text size reset");
    }

    @Test
    void aNarrowerWindowKeepsTheParagraphAtTheTop(FxRobot robot) {
        int[] before = probe.topLine();
        probe.resize(stage, 860, 700);
        assertAtTheTop(before[0], before[1], "narrower window");
        probe.resize(stage, 1366, 768);
        assertAtTheTop(before[0], before[1], "larger window");
    }

    @Test
    void aMissionChangeFromTheTimelineAndBackFindsTheDocumentAtItsPlace(FxRobot robot) {
        int[] before = probe.topLine();
        String document = shown.model().documentProperty().get().id();
        robot.clickOn("#timeline-all-missions");
        robot.interact(() -> shown.window().timeline().timeline().requestFocus());
        // Down moves the timeline's focus to the next mission's row; Enter opens what it holds there.
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("minusma", shown.model().missionProperty().get().id(), "the focus alone changes no mission");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals("minusma", shown.model().missionProperty().get().id(), "the timeline chose the next mission");
        // Back to MINUSMA, as from the sidebar.
        robot.interact(() -> shown.model().missionProperty().set(shown.model().library().mission("minusma").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("minusma", shown.model().missionProperty().get().id());
        assertEquals(document, shown.model().documentProperty().get().id(), "the document read there is open again");
        assertEquals(List.of(document), shown.window().documents().list().getSelectionModel().getSelectedItems()
                .stream().map(d -> d.id()).toList(), "and selected in the list");
        assertAtTheTop(before[0], before[1], "back from another mission");
    }

    @Test
    void anotherDocumentOpensAtItsTopAndTheFirstAtItsPlaceAgain(FxRobot robot) {
        int[] before = probe.topLine();
        robot.interact(() -> shown.model().open(shown.model().library().document("minusma-closure-notice").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, probe.scrolledPixels(), 0.5, "a document not read yet opens at its top");
        robot.interact(() -> shown.model().open(shown.model().library().document(ReaderProbe.PRESS_ELEMENTS).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertAtTheTop(before[0], before[1], "opened again");
    }
}
