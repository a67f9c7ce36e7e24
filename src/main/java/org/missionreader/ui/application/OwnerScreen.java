package org.missionreader.ui.application;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The screen a secondary window opens on: the one its owner mostly lies on. Secondary windows are sized to
 * fit its usable area, so a panel asked at 820x560 still opens whole on a smaller screen; owned by the main
 * window, JavaFX centres them on it.
 */
public final class OwnerScreen {

    /** Room left around a secondary window, for the window manager's frame. */
    private static final double MARGIN_X = 40;
    private static final double MARGIN_Y = 60;

    private OwnerScreen() {
    }

    /** The usable area (visual bounds) of the screen the owner mostly lies on; the primary screen's without one. */
    public static Rectangle2D usableArea(Window owner) {
        if (owner != null) {
            List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) return screens.get(0).getVisualBounds();
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** A scene of the wished size, made smaller where the owner's screen has less room. */
    public static Scene scene(Parent root, Window owner, double width, double height) {
        Rectangle2D area = usableArea(owner);
        return new Scene(root, Math.min(width, area.getWidth() - MARGIN_X), Math.min(height, area.getHeight() - MARGIN_Y));
    }
}
