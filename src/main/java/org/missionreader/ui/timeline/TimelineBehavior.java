package org.missionreader.ui.timeline;

import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Viewport;

/**
 * How the timeline answers the mouse, the touchpad and the keyboard: Ctrl+scroll and pinch zoom on the
 * pointer; dragging and scrolling pan; arrows step through events in time order (Shift+arrows and Page
 * Up/Down pan), Home and End go to the first and last, + and - zoom on the selection, Enter opens.
 */
final class TimelineBehavior {

    /** The part of the view one Shift+arrow moves. */
    private static final double PAN_STEP = 0.125;
    /** One notch of a mouse wheel (40 units) zooms by 2^(1/4). */
    private static final double WHEEL_UNITS_PER_DOUBLING = 160;

    private final TimelineView control;
    private final TimelineSkin skin;
    private double pressX;
    private Viewport pressView;
    private boolean dragging;

    private final EventHandler<ScrollEvent> onScroll = this::scroll;
    private final EventHandler<ZoomEvent> onZoom = this::pinch;
    private final EventHandler<MouseEvent> onPress = this::press;
    private final EventHandler<MouseEvent> onDrag = this::drag;
    private final EventHandler<MouseEvent> onRelease = this::release;
    private final EventHandler<KeyEvent> onKey = this::key;

    TimelineBehavior(TimelineView control, TimelineSkin skin) {
        this.control = control;
        this.skin = skin;
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
        control.addEventHandler(ZoomEvent.ZOOM, onZoom);
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
        control.addEventFilter(MouseEvent.MOUSE_DRAGGED, onDrag);
        control.addEventFilter(MouseEvent.MOUSE_RELEASED, onRelease);
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    void dispose() {
        control.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        control.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        control.removeEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
        control.removeEventFilter(MouseEvent.MOUSE_DRAGGED, onDrag);
        control.removeEventFilter(MouseEvent.MOUSE_RELEASED, onRelease);
        control.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    private void scroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                control.zoom(Math.pow(2, e.getDeltaY() / WHEEL_UNITS_PER_DOUBLING), skin.dayAt(e.getX()));
            }
        } else if (e.getDeltaX() != 0 || e.isShiftDown() || !skin.scrollRows(-e.getDeltaY())) {
            // Wheel down, or a swipe to the left, moves on in time.
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            control.pan(-2 * delta * skin.daysPerPixel());
        }
        e.consume();
    }

    private void pinch(ZoomEvent e) {
        control.zoom(e.getZoomFactor(), skin.dayAt(e.getX()));
        e.consume();
    }

    private void press(MouseEvent e) {
        control.requestFocus();
        if (e.getButton() == MouseButton.PRIMARY) {
            pressX = e.getX();
            pressView = control.getViewport();
            dragging = false;
        }
    }

    private void drag(MouseEvent e) {
        if (!e.isPrimaryButtonDown() || pressView == null) return;
        double dx = e.getX() - pressX;
        if (!dragging && Math.abs(dx) < 3) return;
        dragging = true;
        control.setCursor(Cursor.CLOSED_HAND);
        // From where the press left the view, so the day under the pointer stays under it.
        control.setViewport(control.limits().pan(pressView, -dx * skin.daysPerPixel()));
    }

    private void release(MouseEvent e) {
        if (dragging) {
            control.setCursor(null);
        }
        dragging = false;
        pressView = null;
    }

    private void key(KeyEvent e) {
        Viewport view = control.getViewport();
        boolean pan = e.isShiftDown();
        switch (e.getCode()) {
            case RIGHT -> {
                if (pan) control.pan(view == null ? 0 : view.span() * PAN_STEP);
                else control.selectNext(1);
            }
            case LEFT -> {
                if (pan) control.pan(view == null ? 0 : -view.span() * PAN_STEP);
                else control.selectNext(-1);
            }
            case DOWN -> {
                if (control.isAllMissions()) stepMission(1);
                else control.selectNext(1);
            }
            case UP -> {
                if (control.isAllMissions()) stepMission(-1);
                else control.selectNext(-1);
            }
            case PAGE_DOWN -> control.pan(view == null ? 0 : view.span() * 0.9);
            case PAGE_UP -> control.pan(view == null ? 0 : -view.span() * 0.9);
            case HOME -> first(control.eventsInTimeOrder(), true);
            case END -> first(control.eventsInTimeOrder(), false);
            case PLUS, ADD, EQUALS -> control.zoomIn();
            case MINUS, SUBTRACT -> control.zoomOut();
            case ENTER, SPACE -> {
                if (control.getSelectedEvent() != null) control.open(control.getSelectedEvent());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void first(List<TimelineEvent> events, boolean first) {
        if (!events.isEmpty()) {
            control.setSelectedEvent(events.get(first ? 0 : events.size() - 1));
        }
    }

    private void stepMission(int step) {
        List<Mission> missions = control.getMissions();
        if (missions.isEmpty()) return;
        int index = missions.indexOf(control.getSelectedMission());
        int next = index < 0 ? 0 : Math.max(0, Math.min(missions.size() - 1, index + step));
        control.setSelectedMission(missions.get(next));
    }
}
