package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.i18n.Messages;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.settings.SettingsStore;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Fonts;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Focus Mode and View > Full Screen on the real window, headless, as a reader uses them. */
@ExtendWith(ApplicationExtension.class)
class FocusModeTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    @TempDir
    Path configDir;

    private Stage stage;
    private ReaderModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
    }

    /** A fresh window as the application starts one: settings read, window placed and shown, session, library. */
    private Session launch(FxRobot robot, SettingsStore store, Locale locale) throws TimeoutException {
        SettingsStore.Loaded loaded = store.load();
        Session[] session = new Session[1];
        robot.interact(() -> {
            model = new ReaderModel();
            I18n i18n = new I18n(Session.language(loaded.settings(), locale));
            window = new MainWindow(Services.create(model, i18n), "test");
            TestWindow.putOn(stage, window);
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            session[0] = new Session(stage, window, model, i18n, store, loaded, PRESS_ELEMENTS);
            window.loadBundled();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
        return session[0];
    }

    private static boolean shown(Node node) {
        return node.getScene() != null && node.isVisible() && node.getLayoutBounds().getWidth() > 0;
    }

    private MenuItem viewItem(String id) {
        return window.menu(Command.Menu.VIEW).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void focusModeGivesTheReaderTheWindowThenPutsThePanesBackAndIsRemembered(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(configDir);
        Session session = launch(robot, store, Locale.ENGLISH);
        robot.interact(() -> window.restoreDividers(new org.missionreader.settings.WindowPlace(0, 0, 1366, 768, false,
                0.25, 0.45, 0.7)));
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = window.dividers();
        double readerWidth = window.reader().getWidth();
        double readerHeight = window.reader().getHeight();
        assertTrue(shown(window.sidebar()) && shown(window.documents()) && shown(window.timeline()));
        Button leave = robot.lookup("#leave-focus-button").queryButton();
        assertFalse(leave.isVisible(), "no way out to show before focus mode");

        // The shortcut, as a reader presses it in the reading view.
        robot.interact(() -> window.reader().page().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.focusModeProperty().get());
        assertFalse(shown(window.sidebar()), "the mission sidebar is hidden");
        assertFalse(shown(window.documents()), "the document list is hidden");
        assertFalse(shown(window.timeline()), "the timeline is hidden");
        assertTrue(window.reader().getWidth() > readerWidth + 300, window.reader().getWidth() + " vs " + readerWidth);
        assertTrue(window.reader().getHeight() > readerHeight + 100, window.reader().getHeight() + " vs " + readerHeight);
        assertTrue(((CheckMenuItem) viewItem("menu-focus-mode")).isSelected(), "the menu shows it on");
        assertTrue(leave.isVisible(), "a visible way out");
        assertTrue(robot.lookup("#search-field").tryQuery().map(Node::isVisible).orElse(true), "the toolbar keeps its search");
        // What is saved in focus mode is the place the panes return to.
        assertTrue(session.current().focusMode());
        assertEquals(before[0], session.current().window().sidebarDivider(), 1e-9);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            robot.interact(() -> window.services().i18n().localeProperty().set(locale));
            for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
                robot.interact(() -> window.reading().settingsProperty().set(window.reading().settings().withTheme(theme)));
                for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    Shown.assertNoneCut(List.of(stage.getScene().getRoot().lookup(".app-toolbar")), null);
                    Screenshots.save(stage.getScene(), "focus-mode-" + (int) size[0] + "x" + (int) size[1] + "-"
                            + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        robot.interact(() -> {
            window.services().i18n().localeProperty().set(Locale.ENGLISH);
            window.reading().settingsProperty().set(window.reading().settings().withTheme(ReadingSettings.Theme.LIGHT));
            stage.setWidth(1366);
            stage.setHeight(768);
        });

        // Saved on close, read by a fresh window: it opens in focus mode.
        robot.interact(() -> stage.hide());
        assertTrue(store.load().settings().focusMode());
        launch(robot, store, Locale.ENGLISH);
        assertTrue(window.focusModeProperty().get(), "remembered across restarts");
        assertFalse(shown(window.sidebar()) || shown(window.timeline()));

        // The toolbar's button leaves it; the panes come back where they stood.
        robot.clickOn("#leave-focus-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.focusModeProperty().get());
        assertTrue(shown(window.sidebar()) && shown(window.documents()) && shown(window.timeline()));
        double[] after = window.dividers();
        assertEquals(before[0], after[0], 0.01, "the sidebar's divider kept");
        assertEquals(before[1], after[1], 0.01, "the documents' divider kept");
        robot.interact(() -> stage.hide());
        assertFalse(store.load().settings().focusMode());
    }

    @Test
    void focusModeRunsFromTheMenuAndItsShortcutIsNoOtherCommands(FxRobot robot) throws Exception {
        launch(robot, new SettingsStore(configDir), Locale.FRENCH);
        Command focus = window.services().commands().get("focus-mode");
        long same = window.services().commands().all().stream()
                .filter(c -> c.accelerator() != null && c.accelerator().equals(focus.accelerator())).count();
        assertEquals(1, same, "Ctrl+Shift+F is only Focus Mode's");
        Command full = window.services().commands().get("full-screen");
        assertEquals(1, window.services().commands().all().stream()
                .filter(c -> c.accelerator() != null && c.accelerator().equals(full.accelerator())).count());
        robot.clickOn(Messages.get(Locale.FRENCH, "menu.view").replace("_", ""));
        robot.clickOn(Messages.get(Locale.FRENCH, "menu.view.focusMode"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.focusModeProperty().get());
        robot.interact(() -> focus.execute());
        assertFalse(window.focusModeProperty().get());
        assertTrue(shown(window.timeline()));
    }

    @Test
    void f11PutsTheStageInFullScreenAndTheMenuFollowsIt(FxRobot robot) throws Exception {
        launch(robot, new SettingsStore(configDir), Locale.ENGLISH);
        robot.interact(() -> window.reader().page().requestFocus());
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen(), "F11: full screen");
        assertTrue(window.fullScreenProperty().get());
        assertTrue(((CheckMenuItem) viewItem("menu-full-screen")).isSelected());
        assertEquals(Messages.get(Locale.ENGLISH, "fullScreen.exitHint"), stage.getFullScreenExitHint());
        // Left another way (Escape is JavaFX's own): the menu's mark follows the stage.
        robot.interact(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.fullScreenProperty().get());
        assertFalse(((CheckMenuItem) viewItem("menu-full-screen")).isSelected());
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen(), "F11 again leaves it");
        assertFalse(new SettingsStore(configDir).load().settings().focusMode());
    }
}
