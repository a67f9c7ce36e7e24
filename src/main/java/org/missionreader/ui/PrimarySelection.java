package org.missionreader.ui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The X11 primary selection: what the reader selects is pasted elsewhere with a middle click, as from any
 * X application. JavaFX has only the clipboard ({@code Clipboard.getSystemClipboard()}, and drag and
 * drop), so this goes through AWT's {@link Toolkit#getSystemSelection()}, which owns the selection from
 * its own connection to the display, as AWT does beside JavaFX in a {@code JFXPanel}. It does nothing
 * off Linux (AWT has no system selection there), when headless, or when the toolkit cannot start.
 */
final class PrimarySelection {

    private static final System.Logger LOG = System.getLogger(PrimarySelection.class.getName());
    private static final boolean X11 = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    /**
     * One thread for it: AWT's toolkit takes a tenth of a second or more to start on first use, which is
     * kept off the JavaFX thread, and later selections replace one another in order.
     */
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "primary-selection");
        thread.setDaemon(true);
        return thread;
    });
    private static volatile boolean unavailable = !X11;

    private PrimarySelection() {
    }

    /** Makes a text the primary selection, in the background; an empty text leaves it as it was. */
    static void offer(String text) {
        if (unavailable || text == null || text.isEmpty()) return;
        WORKER.execute(() -> put(text));
    }

    private static void put(String text) {
        try {
            Clipboard selection = GraphicsEnvironment.isHeadless() ? null : Toolkit.getDefaultToolkit().getSystemSelection();
            if (selection == null) {
                unavailable = true;
                return;
            }
            selection.setContents(new StringSelection(text), null);
        } catch (HeadlessException | AWTError | IllegalStateException e) {
            // No display AWT can open, or another application holds the selection this instant: the
            // clipboard (Ctrl+C) still works, so this is only noted.
            unavailable = !(e instanceof IllegalStateException);
            LOG.log(System.Logger.Level.DEBUG, "no primary selection", e);
        }
    }
}
