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
import org.missionreader.timeline.Extent;
import org.missionreader.timeline.Viewport;

/**
 * How the timeline answers the mouse, the touchpad and the keyboard: Ctrl+scroll and pinch zoom on the
 * pointer; dragging and scrolling pan; arrows step through events in time order (Shift+arrows and Page
 * Up/Down pan), Home and End go to the first and last, + and - zoom on the selection, Enter opens. In the
 * all-missions layout the arrows move a focus of the timeline's own instead (Up and Down between the
 * mission rows, Left and Right along a row), which selects nothing: the mission and the document open stay
 * until Enter opens the focused event (or chooses the focused row's mission).
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
        boolean rows = control.isAllMissions();
        switch (e.getCode()) {
            case RIGHT -> {
                if (pan) control.pan(view == null ? 0 : view.span() * PAN_STEP);
                else if (rows) stepInRow(1);
                else control.selectNext(1);
            }
            case LEFT -> {
                if (pan) control.pan(view == null ? 0 : -view.span() * PAN_STEP);
                else if (rows) stepInRow(-1);
                else control.selectNext(-1);
            }
            case DOWN -> {
                if (rows) stepRow(1);
                else control.selectNext(1);
            }
            case UP -> {
                if (rows) stepRow(-1);
                else control.selectNext(-1);
            }
            case PAGE_DOWN -> control.pan(view == null ? 0 : view.span() * 0.9);
            case PAGE_UP -> control.pan(view == null ? 0 : -view.span() * 0.9);
            case HOME -> {
                if (rows) endOfRow(true);
                else first(control.eventsInTimeOrder(), true);
            }
            case END -> {
                if (rows) endOfRow(false);
                else first(control.eventsInTimeOrder(), false);
            }
            case PLUS, ADD, EQUALS -> control.zoomIn();
            case MINUS, SUBTRACT -> control.zoomOut();
            case ENTER, SPACE -> {
                if (rows && control.getFocusedEvent() != null) control.open(control.getFocusedEvent());
                else if (rows && control.getFocusedMission() != null) control.setSelectedMission(control.getFocusedMission());
                else if (control.getSelectedEvent() != null) control.open(control.getSelectedEvent());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The row the keyboard is on: the focused one, else the selected event's or mission's. */
    private Mission focusRow() {
        if (control.getFocusedMission() != null) return control.getFocusedMission();
        TimelineEvent selected = control.getSelectedEvent();
        if (selected != null) {
            for (Mission m : control.getMissions()) {
                if (m.id().equals(selected.missionId())) return m;
            }
        }
        return control.getSelectedMission();
    }

    /** The event the keyboard is on: the focused one, else the selected one if it is on the row. */
    private TimelineEvent focusEvent(Mission row) {
        if (control.getFocusedMission() != null) return control.getFocusedEvent();
        TimelineEvent selected = control.getSelectedEvent();
        return selected != null && row != null && selected.missionId().equals(row.id()) ? selected : null;
    }

    private List<TimelineEvent> eventsOf(Mission row) {
        return control.eventsInTimeOrder().stream().filter(e -> row != null && e.missionId().equals(row.id())).toList();
    }

    /** Up or Down: to the next row, onto its event nearest in time to where the focus was. */
    private void stepRow(int step) {
        List<Mission> missions = control.getMissions();
        if (missions.isEmpty()) return;
        Mission row = focusRow();
        TimelineEvent at = focusEvent(row);
        int index = missions.indexOf(row);
        int next = index < 0 ? 0 : Math.max(0, Math.min(missions.size() - 1, index + step));
        Mission target = missions.get(next);
        Viewport view = control.getViewport();
        double day = at != null ? Extent.of(at).start() : view != null ? view.center() : 0;
        TimelineEvent nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (TimelineEvent e : eventsOf(target)) {
            double distance = Math.abs(Extent.of(e).start() - day);
            if (distance < best) {
                best = distance;
                nearest = e;
            }
        }
        focusOn(target, nearest);
    }

    /** Left or Right: along the focused row, in time order. */
    private void stepInRow(int step) {
        Mission row = focusRow();
        if (row == null && !control.getMissions().isEmpty()) row = control.getMissions().get(0);
        List<TimelineEvent> list = eventsOf(row);
        if (list.isEmpty()) {
            focusOn(row, null);
            return;
        }
        int index = list.indexOf(focusEvent(row));
        int next = index < 0 ? (step > 0 ? 0 : list.size() - 1) : Math.max(0, Math.min(list.size() - 1, index + step));
        focusOn(row, list.get(next));
    }

    private void endOfRow(boolean first) {
        Mission row = focusRow();
        if (row == null && !control.getMissions().isEmpty()) row = control.getMissions().get(0);
        List<TimelineEvent> list = eventsOf(row);
        focusOn(row, list.isEmpty() ? null : list.get(first ? 0 : list.size() - 1));
    }

    private void focusOn(Mission row, TimelineEvent event) {
        control.focus(row, event);
        control.reveal(event);
    }

    private void first(List<TimelineEvent> events, boolean first) {
        if (!events.isEmpty()) {
            control.setSelectedEvent(events.get(first ? 0 : events.size() - 1));
        }
    }
}
