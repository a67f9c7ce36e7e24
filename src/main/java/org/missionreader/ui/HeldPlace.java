package org.missionreader.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.missionreader.settings.WindowFit;

/**
 * Keeps a window where it was placed while its window manager takes it in. Under some window managers (openbox
 * here, one start in two) JavaFX's GTK backend has a window that shows at a place of its own moved to the
 * screen's corner a moment later, its title bar above the screen, where the reader cannot take it to move it
 * (glass-gtk's positioning, JDK-8354943). For the first seconds after it shows, a window moved where its title
 * bar is on no screen goes back to its place, a few times at most; after that, or once the reader presses a key
 * or a mouse button in it, it stays wherever it is put.
 */
final class HeldPlace {

    /** How long after it shows a window is held at its place. */
    static final long HOLD_NANOS = 3_000_000_000L;
    /** The most times a window is put back: a window manager that insists has the last word. */
    static final int MAX_RETURNS = 3;

    private final Stage stage;
    private final double x;
    private final double y;
    private final long until;
    private final InvalidationListener moved = o -> check();
    private final EventHandler<MouseEvent> pressed = e -> release();
    private final EventHandler<KeyEvent> typed = e -> release();
    private int returns;
    private boolean pending;
    private boolean released;

    private HeldPlace(Stage stage, long now) {
        this.stage = stage;
        this.x = stage.getX();
        this.y = stage.getY();
        this.until = now + HOLD_NANOS;
    }

    /** Holds a window just shown at the place it shows at (unless it is maximized or full screen). */
    static void hold(Stage stage) {
        if (!stage.isShowing() || stage.isMaximized() || stage.isFullScreen()) return;
        HeldPlace held = new HeldPlace(stage, System.nanoTime());
        stage.xProperty().addListener(held.moved);
        stage.yProperty().addListener(held.moved);
        stage.addEventFilter(MouseEvent.MOUSE_PRESSED, held.pressed);
        stage.addEventFilter(KeyEvent.KEY_PRESSED, held.typed);
    }

    private void check() {
        if (released) return;
        if (System.nanoTime() > until || stage.isMaximized() || stage.isFullScreen()) {
            release();
            return;
        }
        if (pending || new WindowFit(Session.screens(), 0, 0).titleBarOnScreen(stage.getX(), stage.getY(), stage.getWidth())) {
            return;
        }
        // Out of the property's own notification: x and y are each told apart.
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            if (released) return;
            returns++;
            stage.setX(x);
            stage.setY(y);
            if (returns >= MAX_RETURNS) release();
        });
    }

    private void release() {
        if (released) return;
        released = true;
        stage.xProperty().removeListener(moved);
        stage.yProperty().removeListener(moved);
        stage.removeEventFilter(MouseEvent.MOUSE_PRESSED, pressed);
        stage.removeEventFilter(KeyEvent.KEY_PRESSED, typed);
    }
}
