package org.missionreader.ui.reader;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;

/**
 * The keys a reader pages with, as in any viewer: Page Down and Space go a screen on, less a line so that
 * the last line read stays in view; Page Up and Shift+Space a screen back; Home and End to the top and the
 * end (with or without Ctrl). Each is a command of the registry in {@link Command.Menu#READER} (so the
 * shortcuts list shows them), run by the reading column while it has the focus.
 */
final class ReadingKeys {

    private ReadingKeys() {
    }

    static void install(Node page, ReaderPane reader, Commands commands) {
        Runnable next = () -> reader.scrollTopTo(reader.scrollTop() + screen(reader));
        Runnable back = () -> reader.scrollTopTo(reader.scrollTop() - screen(reader));
        Runnable top = () -> reader.scrollTopTo(0);
        Runnable end = () -> reader.scrollTopTo(Double.POSITIVE_INFINITY);
        key(commands, "reader-next-screen", "menu.reader.nextScreen", new KeyCodeCombination(KeyCode.PAGE_DOWN), next);
        key(commands, "reader-next-screen-space", "menu.reader.nextScreen", new KeyCodeCombination(KeyCode.SPACE), next);
        key(commands, "reader-previous-screen", "menu.reader.previousScreen", new KeyCodeCombination(KeyCode.PAGE_UP), back);
        key(commands, "reader-previous-screen-space", "menu.reader.previousScreen",
                new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHIFT_DOWN), back);
        key(commands, "reader-top", "menu.reader.top", new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_ANY), top);
        key(commands, "reader-end", "menu.reader.end", new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_ANY), end);
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            for (Command command : commands.in(Command.Menu.READER)) {
                if (command.accelerator() != null && command.accelerator().match(e) && command.execute()) {
                    e.consume();
                    return;
                }
            }
        });
    }

    private static void key(Commands commands, String id, String labelKey, KeyCombination keys, Runnable action) {
        if (commands.find(id).isEmpty()) commands.add(Command.of(id, Command.Menu.READER, labelKey, keys, action));
    }

    /** A screen less a line; never less than a line. */
    private static double screen(ReaderPane reader) {
        double line = reader.lineHeight();
        return Math.max(line, reader.viewportHeight() - line);
    }
}
