package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Page Down, Space, Page Up, Home and End in the reader, as in any viewer, with the real window headless. */
@ExtendWith(ApplicationExtension.class)
class ReadingKeysTest {

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
        // A larger text, as a reader may set it: the statement is then several screens long.
        probe.fontSize(24);
        robot.interact(() -> shown.window().reader().page().requestFocus());
    }

    private double type(FxRobot robot, KeyCode... keys) {
        double before = probe.scrolledPixels();
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return probe.scrolledPixels() - before;
    }

    private void pagesByAScreenLessALine(FxRobot robot) {
        double viewport = probe.viewportHeight();
        double line = probe.linePitch(0);
        double range = probe.scrollRange();
        assertTrue(range > 2 * viewport, "the statement is more than three screens: " + range + " over " + viewport);
        double screen = viewport - line;

        assertEquals(0, probe.scrolledPixels(), 0.5);
        assertEquals(screen, type(robot, KeyCode.PAGE_DOWN), 1.0, "Page Down: a screen less a line (line " + line + ")");
        assertEquals(screen, type(robot, KeyCode.SPACE), 1.0, "Space: the same");
        assertEquals(-screen, type(robot, KeyCode.SHIFT, KeyCode.SPACE), 1.0, "Shift+Space: back");
        assertEquals(-screen, type(robot, KeyCode.PAGE_UP), 1.0, "Page Up: back");
        assertEquals(0, probe.scrolledPixels(), 0.5);

        type(robot, KeyCode.END);
        assertEquals(range, probe.scrolledPixels(), 0.5, "End: the end of the page");
        type(robot, KeyCode.PAGE_DOWN);
        assertEquals(range, probe.scrolledPixels(), 0.5, "no further than the end");
        type(robot, KeyCode.HOME);
        assertEquals(0, probe.scrolledPixels(), 0.5, "Home: the top");
        // The keys stay with the text: it still has the keyboard.
        assertTrue(shown.window().reader().page().isFocused());
    }

    @Test
    void pageDownSpaceAndHomeEndInFrench(FxRobot robot) {
        pagesByAScreenLessALine(robot);
    }

    @Test
    void pageDownSpaceAndHomeEndInEnglishAtTheLargerWindow(FxRobot robot) {
        probe.language(Locale.ENGLISH);
        probe.resize(stage, 1366, 768);
        robot.interact(() -> shown.window().reader().page().requestFocus());
        pagesByAScreenLessALine(robot);
    }
}
