package org.missionreader.ui.reader;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * The keys a reader pages with, as in any viewer: Page Down and Space go a screen on, less a line so that
 * the last line read stays in view; Page Up and Shift+Space a screen back; Home and End to the top and the
 * end (with or without Ctrl).
 */
final class ReadingKeys {

    private ReadingKeys() {
    }

    static void install(Node page, ReaderPane reader) {
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isMetaDown()) return;
            boolean done = true;
            switch (e.getCode()) {
                case PAGE_DOWN -> reader.scrollTopTo(reader.scrollTop() + screen(reader));
                case PAGE_UP -> reader.scrollTopTo(reader.scrollTop() - screen(reader));
                case SPACE -> {
                    if (e.isShortcutDown()) return;
                    reader.scrollTopTo(reader.scrollTop() + (e.isShiftDown() ? -1 : 1) * screen(reader));
                }
                case HOME -> reader.scrollTopTo(0);
                case END -> reader.scrollTopTo(Double.POSITIVE_INFINITY);
                default -> done = false;
            }
            if (done) e.consume();
        });
    }

    /** A screen less a line; never less than a line. */
    private static double screen(ReaderPane reader) {
        double line = reader.lineHeight();
        return Math.max(line, reader.viewportHeight() - line);
    }
}
