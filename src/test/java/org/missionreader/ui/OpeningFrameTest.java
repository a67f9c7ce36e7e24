package org.missionreader.ui;

import org.missionreader.ui.application.Services;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.settings.ReadingSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frame the window shows while its panes are built lines up with the window that replaces it, in
 * the window's language and theme, so that the panes fill in under bands that do not move.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningFrameTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
    }

    @Test
    void itsBandsAreWhereTheWindowsAreInEitherLanguage(FxRobot robot) throws IOException, TimeoutException {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            I18n i18n = new I18n(language);
            robot.interact(() -> {
                stage.setScene(MainWindow.openingScene(i18n, ReadingSettings.defaults()));
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Scene scene = stage.getScene();
            assertTrue(scene.getRoot().getStyleClass().contains(OpeningFrame.STYLE_CLASS));
            List<String> menus = ((MenuBar) scene.getRoot().lookup(".menu-bar")).getMenus().stream()
                    .map(Menu::getText).toList();
            Bounds menuBar = bounds(scene, ".menu-bar");
            Bounds toolbar = bounds(scene, ".app-toolbar");
            Bounds title = bounds(scene, ".app-title");
            Labeled loading = (Labeled) scene.getRoot().lookup(".placeholder");
            assertEquals(i18n.get("reader.loading"), loading.getText());
            Screenshots.save(scene, "opening-frame-" + language.getLanguage());

            // The window, built and put in the same scene, as the application does.
            ReaderModel model = new ReaderModel();
            MainWindow window = new MainWindow(Services.create(model, i18n), "test");
            robot.interact(() -> window.install(scene));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(i18n.get("menu.file"), i18n.get("menu.edit"), i18n.get("menu.view"),
                    i18n.get("menu.bookmarks"), i18n.get("menu.help")), menus);
            assertEquals(menus, ((MenuBar) scene.getRoot().lookup("#menu-bar")).getMenus().stream()
                    .map(Menu::getText).toList());
            assertSameBox(menuBar, bounds(scene, "#menu-bar"));
            assertSameBox(toolbar, bounds(scene, ".app-toolbar"));
            assertSameBox(title, bounds(scene, ".app-title"));
        }
    }

    @Test
    void itTakesTheRememberedTheme(FxRobot robot) throws TimeoutException, IOException {
        I18n i18n = new I18n(Locale.FRENCH);
        ReadingSettings dark = ReadingSettings.defaults().withTheme(ReadingSettings.Theme.DARK);
        robot.interact(() -> {
            stage.setScene(MainWindow.openingScene(i18n, dark));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")), scene.getStylesheets()::toString);
        Screenshots.save(scene, "opening-frame-dark");

        // The window keeps it when it takes the frame's place, with the reading settings' own sheet.
        MainWindow window = new MainWindow(Services.create(new ReaderModel(), i18n), "test");
        robot.interact(() -> {
            window.reading().settingsProperty().set(dark);
            window.install(scene);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scene.getRoot() == window.root());
        assertEquals(1, scene.getStylesheets().stream().filter(s -> s.endsWith("theme-dark.css")).count());
        assertTrue(scene.getStylesheets().get(0).endsWith("app.css"));
    }

    private static Bounds bounds(Scene scene, String selector) {
        Node node = scene.getRoot().lookup(selector);
        return node.localToScene(node.getLayoutBounds());
    }

    private static void assertSameBox(Bounds expected, Bounds actual) {
        assertEquals(expected.getMinY(), actual.getMinY(), 0.5, () -> "top " + expected + " / " + actual);
        assertEquals(expected.getHeight(), actual.getHeight(), 0.5, () -> "height " + expected + " / " + actual);
        assertEquals(expected.getMinX(), actual.getMinX(), 0.5, () -> "left " + expected + " / " + actual);
    }
}
