package org.missionreader.ui.reader;

import org.missionreader.ui.application.Pulses;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The X11 primary selection: what the reader selects is pasted elsewhere with a middle click, as from any
 * X application. JavaFX has only the clipboard ({@code Clipboard.getSystemClipboard()}, and drag and
 * drop), so this goes through AWT's {@link Toolkit#getSystemSelection()}, which owns the selection from
 * its own connection to the display, as AWT does beside JavaFX in a {@code JFXPanel}. It does nothing
 * off Linux (AWT has no system selection there), when headless, or when the toolkit cannot start.
 * Used on the JavaFX thread only.
 */
final class PrimarySelection {

    private static final System.Logger LOG = System.getLogger(PrimarySelection.class.getName());

    /** Off Linux, and with -Dmissionreader.primarySelection=false (AWT beside GTK is the one risk taken here). */
    private static boolean unavailable = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
            || "false".equals(System.getProperty("missionreader.primarySelection"));
    private static Clipboard selection;
    private static boolean starting;
    private static String pending;

    private PrimarySelection() {
    }

    /** Makes a text the primary selection; an empty text leaves the selection as it was. */
    static void offer(Scene scene, String text) {
        if (unavailable || text == null || text.isEmpty()) return;
        pending = text;
        if (selection != null) {
            put();
        } else if (!starting) {
            starting = true;
            // AWT's toolkit starts once, in about 0.2 s, after the pulse that draws the selection. It starts on
            // the JavaFX thread, between two of GTK's calls: started from another thread it sets its X error
            // handler while GDK may have an error trap pushed (GDK warns of it, and puts its own handler back).
            if (scene != null) Pulses.afterNextPulse(scene, PrimarySelection::start);
            else Platform.runLater(PrimarySelection::start);
        }
    }

    private static void start() {
        try {
            selection = GraphicsEnvironment.isHeadless() ? null : Toolkit.getDefaultToolkit().getSystemSelection();
            if (selection == null) unavailable = true;
            else put();
        } catch (HeadlessException | AWTError e) {
            // No display AWT can open: the clipboard (Ctrl+C) still works.
            unavailable = true;
            LOG.log(System.Logger.Level.DEBUG, "no primary selection", e);
        }
    }

    private static void put() {
        try {
            selection.setContents(new StringSelection(pending), null);
        } catch (IllegalStateException e) {
            // The selection is busy this instant (another application is taking it): the next one will do.
            LOG.log(System.Logger.Level.DEBUG, "primary selection busy", e);
        }
    }
}
