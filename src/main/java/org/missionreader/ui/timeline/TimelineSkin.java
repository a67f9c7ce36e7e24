package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.missionreader.i18n.DateText;
import org.missionreader.i18n.Messages;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Precision;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Lanes;
import org.missionreader.timeline.Ticks;
import org.missionreader.timeline.TimeScale;

/**
 * Draws a {@link TimelineView}: the mission band, the axis with ticks that adapt to the width, and one
 * marker per event, stacked in lanes so labels never overlap. Arrow keys step through the events in
 * time order, Enter opens the selected one.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    static final double AXIS_HEIGHT = 30;
    static final double LANE_HEIGHT = 22;
    static final double TOP = 8;
    static final double MAX_LABEL_WIDTH = 300;
    static final double MIN_TICK_SPACING = 80;
    /** Half the width of an event's diamond marker. */
    static final double MARKER_HALF = 6;

    private final Pane canvas = new Pane();
    private final List<TimelineEvent> ordered = new ArrayList<>();
    private final List<Label> eventNodes = new ArrayList<>();
    private double builtWidth = -1;
    private double builtHeight = -1;
    private boolean dirty = true;

    TimelineSkin(TimelineView control) {
        super(control);
        canvas.getStyleClass().add("timeline-canvas");
        canvas.setManaged(false);
        getChildren().add(canvas);

        control.getEvents().addListener((ListChangeListener<TimelineEvent>) c -> invalidate());
        control.getHighlighted().addListener((SetChangeListener<TimelineEvent>) c -> updateStates());
        registerChangeListener(control.selectedEventProperty(), o -> updateStates());
        registerChangeListener(control.rangeStartProperty(), o -> invalidate());
        registerChangeListener(control.rangeEndProperty(), o -> invalidate());
        registerChangeListener(control.bandStartProperty(), o -> invalidate());
        registerChangeListener(control.bandEndProperty(), o -> invalidate());
        registerChangeListener(control.localeProperty(), o -> invalidate());
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> control.requestFocus());
    }

    private void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + TOP + 5 * LANE_HEIGHT + AXIS_HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + TOP + 2 * LANE_HEIGHT + AXIS_HEIGHT;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.resizeRelocate(x, y, w, h);
        if (dirty || w != builtWidth || h != builtHeight) {
            build(w, h);
            builtWidth = w;
            builtHeight = h;
            dirty = false;
        }
    }

    /** The nodes of the events in time order: for tests and accessibility. */
    List<Label> eventNodes() {
        return eventNodes;
    }

    private void build(double width, double height) {
        canvas.getChildren().clear();
        eventNodes.clear();
        TimelineView control = getSkinnable();
        ordered.clear();
        ordered.addAll(control.getEvents());
        ordered.sort(Comparator.comparing(TimelineEvent::date));
        LocalDate first = control.rangeStartProperty().get();
        LocalDate last = control.rangeEndProperty().get();
        if (width <= 0 || height <= 0 || first == null || last == null || last.isBefore(first)) {
            return;
        }
        TimeScale scale = TimeScale.covering(first, last, width, 0.03);
        Locale locale = control.localeProperty().get();
        double axisY = height - AXIS_HEIGHT;

        LocalDate bandStart = control.bandStartProperty().get();
        if (bandStart != null) {
            LocalDate bandEnd = control.bandEndProperty().get() != null ? control.bandEndProperty().get() : last;
            double bx = Math.max(0, scale.x(bandStart));
            double bw = Math.min(width, scale.x(bandEnd.plusDays(1))) - bx;
            Rectangle band = new Rectangle(bx, 0, Math.max(1, bw), axisY);
            band.getStyleClass().add("mission-band");
            canvas.getChildren().add(band);
            if (control.bandLabelProperty().get() != null) {
                Label bandLabel = new Label(control.bandLabelProperty().get());
                bandLabel.getStyleClass().add("band-label");
                bandLabel.setMouseTransparent(true);
                bandLabel.setManaged(false);
                canvas.getChildren().add(bandLabel);
                bandLabel.applyCss();
                double lw = bandLabel.prefWidth(-1);
                bandLabel.resizeRelocate(Math.max(2, bx + bw - lw - 4), axisY - 18, lw, 16);
            }
        }

        Line axis = new Line(0, axisY, width, axisY);
        axis.getStyleClass().add("axis-line");
        canvas.getChildren().add(axis);
        Ticks.Step step = Ticks.stepFor(scale, MIN_TICK_SPACING);
        for (Ticks.Tick tick : Ticks.ticks(scale, step)) {
            double tx = Math.round(scale.x(tick.date())) + 0.5;
            Line mark = new Line(tx, axisY, tx, axisY + 5);
            mark.getStyleClass().add("tick-mark");
            Label label = new Label(tickLabel(tick, locale));
            label.getStyleClass().add("tick-label");
            label.setManaged(false);
            canvas.getChildren().addAll(mark, label);
            label.applyCss();
            double lw = label.prefWidth(-1);
            // Labels at the ends stay whole inside the control.
            double lx = Math.max(0, Math.min(width - lw, tx - lw / 2));
            label.resizeRelocate(lx, axisY + 6, lw, label.prefHeight(lw));
        }

        int laneCount = Math.max(1, (int) ((axisY - TOP - 4) / LANE_HEIGHT));
        int n = ordered.size();
        List<Label> labels = new ArrayList<>(n);
        Lanes.Item[] items = new Lanes.Item[n];
        boolean[] flipped = new boolean[n];
        for (int i = 0; i < n; i++) {
            TimelineEvent event = ordered.get(i);
            Label node = eventNode(event, locale);
            canvas.getChildren().add(node);
            node.applyCss();
            labels.add(node);
            double x = scale.x(event.date().firstDay());
            double w = Math.min(MAX_LABEL_WIDTH, node.prefWidth(-1));
            // Near the right edge the label goes to the left of its marker, so it is never cut off.
            flipped[i] = x - MARKER_HALF + w > width && x + MARKER_HALF - w >= 0;
            items[i] = flipped[i]
                    ? new Lanes.Item(x + MARKER_HALF - w, x + MARKER_HALF, x + MARKER_HALF, false)
                    : new Lanes.Item(x - MARKER_HALF, Math.min(width, x - MARKER_HALF + w), x + MARKER_HALF, true);
        }
        Integer[] byLeft = new Integer[n];
        for (int i = 0; i < n; i++) byLeft[i] = i;
        java.util.Arrays.sort(byLeft, Comparator.comparingDouble(i -> items[i].left()));
        Lanes.Item[] sorted = new Lanes.Item[n];
        for (int k = 0; k < n; k++) sorted[k] = items[byLeft[k]];
        Lanes.Placement[] placed = Lanes.assign(sorted, laneCount, 8, 60);
        Lanes.Placement[] placements = new Lanes.Placement[n];
        for (int k = 0; k < n; k++) placements[byLeft[k]] = placed[k];

        for (int i = 0; i < n; i++) {
            TimelineEvent event = ordered.get(i);
            Label node = labels.get(i);
            double x = scale.x(event.date().firstDay());
            double laneY = TOP + placements[i].lane() * LANE_HEIGHT;
            double end = spanEnd(event, scale);
            if (end - x >= 3) {
                Rectangle bar = new Rectangle(x, laneY + LANE_HEIGHT / 2 - 3, end - x, 6);
                bar.getStyleClass().add("event-span");
                canvas.getChildren().add(canvas.getChildren().indexOf(node), bar);
            }
            Line stem = new Line(x, laneY + LANE_HEIGHT / 2 + 5, x, axisY);
            stem.getStyleClass().add("event-stem");
            canvas.getChildren().add(canvas.getChildren().indexOf(node), stem);
            if (!placements[i].labelShown()) {
                node.setText("");
                node.resizeRelocate(x - MARKER_HALF, laneY + 1, 2 * MARKER_HALF, LANE_HEIGHT - 2);
            } else if (flipped[i]) {
                node.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                node.getStyleClass().add("flipped");
                node.resizeRelocate(items[i].left(), laneY + 1, items[i].labelRight() - items[i].left(), LANE_HEIGHT - 2);
            } else {
                node.resizeRelocate(x - MARKER_HALF, laneY + 1, placements[i].labelRight() - (x - MARKER_HALF), LANE_HEIGHT - 2);
            }
            eventNodes.add(node);
        }
        updateStates();
    }

    /** The right end of an event's span: its end date, or the last day its date can mean (month, year). */
    private static double spanEnd(TimelineEvent event, TimeScale scale) {
        PartialDate endDate = event.end() != null ? event.end() : event.date();
        if (event.end() == null && event.date().precision() == Precision.DAY) {
            return scale.x(event.date().firstDay());
        }
        return scale.x(endDate.lastDay().plusDays(1));
    }

    private Label eventNode(TimelineEvent event, Locale locale) {
        Polygon diamond = new Polygon(0, 6, 6, 0, 12, 6, 6, 12);
        diamond.getStyleClass().add("event-marker");
        String title = event.title().in(locale);
        String date = DateText.formatSpan(event.date(), event.end(), locale);
        Label node = new Label(date + " · " + title, diamond);
        node.getStyleClass().add("timeline-event");
        node.setManaged(false); // placed by this skin; the canvas must not resize it to its preferred width
        node.setMaxWidth(MAX_LABEL_WIDTH);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setAccessibleText(date + ", " + title);
        node.setUserData(event);
        StringBuilder tip = new StringBuilder(date).append('\n').append(title);
        if (event.place() != null) {
            tip.append('\n').append(Messages.get(locale, "timeline.place", event.place().in(locale)));
        }
        event.sources().forEach(s -> tip.append('\n').append(Messages.get(locale, "timeline.source", s.name())));
        if (event.documentIds().isEmpty()) {
            tip.append('\n').append(Messages.get(locale, "timeline.noDocument"));
        }
        Tooltip tooltip = new Tooltip(tip.toString());
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        node.setTooltip(tooltip);
        node.setOnMouseClicked(e -> getSkinnable().open(event));
        return node;
    }

    private void updateStates() {
        TimelineView control = getSkinnable();
        for (Label node : eventNodes) {
            TimelineEvent event = (TimelineEvent) node.getUserData();
            setClass(node, "selected", event.equals(control.getSelectedEvent()));
            setClass(node, "linked", control.getHighlighted().contains(event));
            setClass(node, "has-document", !event.documentIds().isEmpty());
        }
    }

    private static void setClass(Label node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private void keyPressed(KeyEvent e) {
        TimelineView control = getSkinnable();
        if (ordered.isEmpty()) return;
        int index = ordered.indexOf(control.getSelectedEvent());
        switch (e.getCode()) {
            case RIGHT, DOWN -> control.setSelectedEvent(ordered.get(index < 0 ? 0 : Math.min(ordered.size() - 1, index + 1)));
            case LEFT, UP -> control.setSelectedEvent(ordered.get(index < 0 ? 0 : Math.max(0, index - 1)));
            case HOME -> control.setSelectedEvent(ordered.get(0));
            case END -> control.setSelectedEvent(ordered.get(ordered.size() - 1));
            case ENTER, SPACE -> {
                if (index >= 0) control.open(ordered.get(index));
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static String tickLabel(Ticks.Tick tick, Locale locale) {
        LocalDate d = tick.date();
        return switch (tick.step().unit()) {
            case YEAR -> Integer.toString(d.getYear());
            case MONTH -> d.getMonthValue() == 1 ? Integer.toString(d.getYear())
                    : DateText.month(d.getMonthValue(), locale) + (tick.step().count() >= 3 ? " " + d.getYear() : "");
            case DAY -> DateText.format(PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), locale);
        };
    }
}
