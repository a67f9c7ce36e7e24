package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.LibraryLoader;
import org.missionreader.settings.ReadingSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text size keys, typeface, line width and themes, with the real window headless. */
@ExtendWith(ApplicationExtension.class)
class ReadingSettingsUiTest {

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

    private Text body(FxRobot robot) {
        return (Text) robot.lookup("#doc-first-paragraph").queryAs(javafx.scene.text.TextFlow.class).getChildren().get(0);
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theKeysChangeTheTextSizeAndCtrl0ResetsIt(FxRobot robot) {
        assertEquals(17, body(robot).getFont().getSize(), 0.01);
        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        assertEquals(19, window.reading().settings().fontSize());
        assertEquals(19, body(robot).getFont().getSize(), 0.01);
        ctrl(robot, KeyCode.MINUS);
        assertEquals(18, body(robot).getFont().getSize(), 0.01);
        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(17, body(robot).getFont().getSize(), 0.01);
    }

    @Test
    void typefaceAndLineWidthApplyToTheReadingColumn(FxRobot robot) {
        assertEquals("Charis SIL", body(robot).getFont().getFamily());
        robot.interact(() -> window.reading().settingsProperty().set(
                window.reading().settings().withTypeface(ReadingSettings.Typeface.SANS)));
        assertTrue(!body(robot).getFont().getFamily().equals("Charis SIL"), body(robot).getFont().getFamily());
        // Wide enough for the column's whole measure, the paragraph numbers' margin included.
        double width = stage.getWidth();
        robot.interact(() -> stage.setWidth(1600));
        WaitForAsyncUtils.waitForFxEvents();
        double medium = window.reader().page().getWidth();
        robot.interact(() -> window.reading().settingsProperty().set(
                window.reading().settings().withLineWidth(ReadingSettings.LineWidth.NARROW)));
        WaitForAsyncUtils.waitForFxEvents();
        double narrow = window.reader().page().getWidth();
        // The stage is the next test's too: back on the screen, where its toolbar can be clicked.
        robot.interact(() -> stage.setWidth(width));
        assertTrue(narrow < medium, narrow + " < " + medium);
    }

    @Test
    void theThemesAreChosenFromTheViewMenu(FxRobot robot) throws IOException {
        robot.clickOn("#language-en");
        robot.clickOn("View").clickOn("#menu-theme");
        // Into the submenu sideways, as a hand would: a diagonal path crosses the items below Theme and closes it.
        javafx.scene.Node theme = robot.lookup("#menu-theme").query();
        robot.moveBy(theme.getBoundsInLocal().getWidth() / 2 + 20, 0);
        robot.clickOn("#menu-view-theme-dark");
        assertEquals(ReadingSettings.Theme.DARK, window.reading().settings().theme());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        // The search results and the find bar over the dark window.
        robot.interact(() -> window.find().open());
        robot.write("accord");
        Screenshots.save(stage.getScene(), "theme-dark");
        assertTimelineTextContrasts(robot, "dark");
        robot.interact(() -> window.search().focus());
        robot.write("mediation");
        robot.sleep(250);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "theme-dark-search");

        robot.interact(() -> window.reading().settingsProperty().set(
                window.reading().settings().withTheme(ReadingSettings.Theme.CONTRAST)));
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-contrast.css")));
        assertTrue(stage.getScene().getStylesheets().stream().noneMatch(s -> s.endsWith("theme-dark.css")));
        robot.type(KeyCode.ESCAPE);
        Screenshots.save(stage.getScene(), "theme-contrast");
        assertTimelineTextContrasts(robot, "contrast");

        // A dialog follows the theme.
        robot.clickOn("Help").clickOn("About Mission Reader");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-contrast.css")));
        Screenshots.save(pane.getScene(), "theme-contrast-dialog");
        robot.type(KeyCode.ESCAPE);
    }

    /** The timeline's event labels and axis labels stand out from the timeline's own background. */
    private static void assertTimelineTextContrasts(FxRobot robot, String theme) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region timeline = robot.lookup(".timeline").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.paint.Color background = (javafx.scene.paint.Color) timeline.getBackground().getFills()
                .get(timeline.getBackground().getFills().size() - 1).getFill();
        int checked = 0;
        for (String label : new String[] {".event-label", ".tick-label"}) {
            for (javafx.scene.Node node : robot.lookup(".timeline " + label).queryAll()) {
                // A selected event's label is drawn on the selection's own colour.
                if (!node.isVisible() || node.getParent().getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected"))) continue;
                javafx.scene.paint.Color ink = (javafx.scene.paint.Color) ((javafx.scene.text.Text) node).getFill();
                assertTrue(Math.abs(ink.getBrightness() - background.getBrightness()) > 0.45,
                        theme + ": " + label + " " + ink + " on " + background);
                checked++;
            }
        }
        assertTrue(checked > 5, theme + ": labels checked " + checked);
    }
}
