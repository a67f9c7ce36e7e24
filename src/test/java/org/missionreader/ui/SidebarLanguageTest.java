package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's language changed from anywhere (View > language, not the toolbar) shows in every list row,
 * those the window makes when it grows afterwards included, and in the toolbar's language switch.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarLanguageTest {

    private Stage stage;
    private TestWindow shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, Locale.FRENCH);
    }

    @Test
    void rowsMadeAfterTheChangeAndTheSwitchFollowTheLanguage(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !shown.model().loadingProperty().get());
        ReaderProbe probe = new ReaderProbe(robot, shown);
        probe.resize(stage, 1366, 768);
        probe.resize(stage, 1024, 700);
        robot.interact(() -> shown.window().services().commands().get("language-en").execute());
        probe.resize(stage, 1366, 768);
        List<String> acronyms = robot.lookup("#mission-list .mission-acronym").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getScene() != null && l.getParent().isVisible()).map(Label::getText).toList();
        assertEquals(false, acronyms.contains("FINUL"), acronyms.toString());
        ToggleButton english = robot.lookup("#language-en").queryAs(ToggleButton.class);
        assertEquals(true, english.isSelected(), "the toolbar's switch shows the language");
    }
}
