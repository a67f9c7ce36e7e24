package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The menus are the command registry's: one item per command, with its label, shortcut and enabled state. */
@ExtendWith(ApplicationExtension.class)
class CommandMenusTest {

    private TestWindow shown;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, Locale.ENGLISH);
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) all.addAll(items(sub));
            else if (item.getId() != null) all.add(item);
        }
        return all;
    }

    @Test
    void everyMenuItemIsACommandAndEveryCommandHasItsItem(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !shown.model().loadingProperty().get());
        Commands commands = shown.window().services().commands();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> !"menu-recent".equals(i.getId()))
                // The Bookmarks menu's list of bookmarks is the reader's, not commands.
                .filter(i -> i.getId().startsWith("menu-")).toList();
        // The reading column's keys are commands no menu lists (the shortcuts list shows them).
        List<Command> inMenus = commands.all().stream().filter(c -> c.menu().inMenuBar()).toList();
        assertEquals(inMenus.size(), items.size(), "one item per command of the menu bar's menus");
        assertFalse(commands.in(Command.Menu.READER).isEmpty(), "the reader's keys are commands");
        for (MenuItem item : items) {
            Command command = commands.get(item.getId().substring("menu-".length()));
            assertEquals(command.accelerator(), item.getAccelerator(), command.id());
            assertEquals(!command.enabled().get(), item.isDisable(), command.id());
            assertFalse(item.getText().isBlank(), command.id() + " has a label");
        }
        // Each shortcut belongs to one command only.
        List<String> shortcuts = commands.all().stream().filter(c -> c.accelerator() != null)
                .map(c -> c.accelerator().getName()).toList();
        assertEquals(shortcuts.size(), shortcuts.stream().distinct().count(), shortcuts.toString());
    }

    @Test
    void aCommandRunsOnlyWhileEnabledAndItsItemFollows(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !shown.model().loadingProperty().get());
        Commands commands = shown.window().services().commands();
        robot.interact(() -> shown.model().open(null));
        robot.interact(() -> shown.model().documentProperty().set(null));
        Command citation = commands.get("copy-citation");
        assertFalse(citation.enabled().get(), "no document open");
        boolean[] ran = {true};
        robot.interact(() -> ran[0] = citation.execute());
        assertFalse(ran[0]);
        robot.interact(() -> shown.model().open(shown.model().library().document("minusma-press-elements-2015-03-04")
                .orElseThrow()));
        assertTrue(citation.enabled().get());
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> "menu-copy-citation".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isDisable());
        assertEquals(List.of("menu-line-width", "menu-theme", "menu-copy-citation-as"),
                List.of(CommandMenus.submenuId("menu.view.lineWidth"), CommandMenus.submenuId("menu.view.theme"),
                        CommandMenus.submenuId("menu.edit.copyCitationAs")));
    }
}
