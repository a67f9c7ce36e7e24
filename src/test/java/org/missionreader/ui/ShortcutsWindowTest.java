package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.ui.application.Command;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard Shortcuts: the registry's shortcuts, in the window's language, filtered as one types. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsWindowTest {

    private TestWindow shown;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, Locale.FRENCH);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ShortcutsWindow.Row> table(FxRobot robot) {
        return robot.lookup("#shortcuts-table").queryAs(TableView.class);
    }

    @Test
    void listsEveryShortcutOfTheRegistryAndFiltersIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !shown.model().loadingProperty().get());
        List<Command> withKeys = shown.window().services().commands().all().stream()
                .filter(c -> c.accelerator() != null).toList();
        robot.interact(() -> shown.window().services().commands().get("shortcuts").execute());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ShortcutsWindow.Row> table = table(robot);
        assertEquals(withKeys.size(), table.getItems().size(), "one row per command with a shortcut");
        assertTrue(table.getItems().stream().anyMatch(r -> r.label().equals("Imprimer…") || r.label().startsWith("Imprimer")),
                table.getItems().toString());
        // The reading column's keys too, though no menu lists them: Space and Page Down both go a screen on.
        assertEquals(2, table.getItems().stream().filter(r -> r.menu().equals("Lecteur") && r.label().equals("Écran suivant")).count(),
                table.getItems().toString());
        Screenshots.save(table.getScene(), "shortcuts-fr");

        robot.clickOn("#shortcuts-filter").write("imprim");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() >= 1 && table.getItems().size() < withKeys.size(), table.getItems().toString());
        assertTrue(table.getItems().stream().allMatch(r -> ShortcutsWindow.matches(r, "imprim")));

        // The language changes under it: the rows follow.
        robot.interact(() -> shown.window().services().i18n().localeProperty().set(Locale.ENGLISH));
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#shortcuts-filter").query()).setText("print"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().anyMatch(r -> r.label().startsWith("Print")), table.getItems().toString());
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#shortcuts-filter").query()).setText(""));
        Screenshots.save(table.getScene(), "shortcuts-en");
        robot.interact(() -> shown.window().reading().settingsProperty().set(
                shown.window().reading().settings().withTheme(ReadingSettings.Theme.DARK)));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(table.getScene(), "shortcuts-en-dark");
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    @Test
    void aFilterMatchesWordsWhateverTheirAccentsAndCase() {
        ShortcutsWindow.Row row = new ShortcutsWindow.Row("Édition", "Copier la référence", "Ctrl+Maj+C");
        assertTrue(ShortcutsWindow.matches(row, "edition reference"));
        assertTrue(ShortcutsWindow.matches(row, "  "));
        assertTrue(!ShortcutsWindow.matches(row, "imprimer"));
    }
}
