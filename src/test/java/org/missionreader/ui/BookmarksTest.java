package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.notes.Bookmark;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+D and the Bookmarks menu, driven as a reader would in the real window (headless), in English. */
@ExtendWith(ApplicationExtension.class)
class BookmarksTest {

    private Stage stage;
    private TestWindow shown;
    private ReaderModel model;
    private MainWindow window;
    private ReaderProbe probe;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, Locale.ENGLISH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void openThePressElements(FxRobot robot) throws TimeoutException {
        probe = new ReaderProbe(robot, shown);
        probe.openPressElements(stage, 1024, 700);
    }

    private Menu bookmarksMenu() {
        return window.menu(Command.Menu.BOOKMARKS);
    }

    /** The menu's list of bookmarks: its items after the commands and their separator. */
    private List<MenuItem> listed() {
        return bookmarksMenu().getItems().stream().filter(i -> i.getId() != null && i.getId().startsWith("bookmark")
                && !i.getId().startsWith("bookmarks-")).toList();
    }

    private int atTop() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window.reader().paragraphAtTop()));
    }

    private void scrollToParagraph(FxRobot robot, int paragraph) {
        // As the outline does: the paragraph at the top of the view.
        robot.interact(() -> window.reader().showParagraph(paragraph));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paragraph, atTop());
    }

    @Test
    void ctrlDBookmarksTheParagraphAtTheTopAndTheMenuTakesTheReaderBack(FxRobot robot) throws IOException {
        assertEquals("Bookmarks", bookmarksMenu().getText().replace("_", ""));
        assertEquals(Command.Menu.BOOKMARKS.ordinal() + 1, Command.Menu.HELP.ordinal(), "between View and Help");
        scrollToParagraph(robot, 3);
        robot.interact(() -> window.reader().page().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<Bookmark> bookmarks = window.services().notes().notebook().bookmarks();
        assertEquals(1, bookmarks.size());
        assertEquals(ReaderProbe.PRESS_ELEMENTS, bookmarks.get(0).documentId());
        assertEquals(3, bookmarks.get(0).paragraph());
        assertEquals("Nous prenons note avec satisfaction du fait que…", bookmarks.get(0).label());

        // Away to the top of the page, then back through the menu.
        robot.interact(() -> window.reader().scrollToFraction(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, atTop());
        robot.clickOn("Bookmarks");
        List<MenuItem> items = listed();
        assertEquals(1, items.size());
        assertEquals("Eléments à la presse du Président du Conseil de… — § 4 — Nous prenons note avec satisfaction du fait que…",
                items.get(0).getText());
        Screenshots.save(stage.getScene(), "bookmarks-menu-1024x700-en");
        robot.clickOn(items.get(0).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, atTop());

        // Remove Bookmark is for a bookmarked place; Ctrl+D on one removes its bookmark.
        robot.clickOn("Bookmarks");
        MenuItem remove = bookmarksMenu().getItems().stream().filter(i -> "menu-bookmark-remove".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(remove.isDisable());
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        robot.interact(() -> window.reader().page().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), window.services().notes().notebook().bookmarks());
        assertTrue(remove.isDisable());
        assertEquals(List.of(), listed());
        assertTrue(bookmarksMenu().getItems().stream().anyMatch(i -> "bookmarks-none".equals(i.getId()) && i.isDisable()));
    }

    @Test
    void aBookmarkOnADocumentNotOpenIsListedDisabledAndKept(FxRobot robot) {
        Bookmark elsewhere = new Bookmark("b-1", "another-edition-doc", 2, "Les premiers mots", Instant.parse("2025-01-01T00:00:00Z"));
        // As if another window had made it: it arrives through the notebook.
        robot.interact(() -> window.services().notes().put(elsewhere));
        WaitForAsyncUtils.waitForFxEvents();
        List<MenuItem> items = listed();
        assertEquals(1, items.size());
        assertEquals("another-edition-doc — § 3 — Les premiers mots (not in the open libraries)", items.get(0).getText());
        assertTrue(items.get(0).isDisable());
        assertEquals(List.of(elsewhere), window.services().notes().notebook().bookmarks(), "never dropped");
        robot.interact(() -> window.services().notes().remove(elsewhere));
    }

    @Test
    void theShortcutIsListedInTheShortcutsWindowsCommands() {
        Command toggle = window.services().commands().get("bookmark-toggle");
        assertEquals(Command.Menu.BOOKMARKS, toggle.menu());
        assertEquals("Ctrl+D", toggle.accelerator().getDisplayText());
    }
}
