package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.text.Text;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.missionreader.timeline.TickLabels;
import org.missionreader.timeline.Ticks;
import org.missionreader.timeline.TimeScale;

/**
 * The time axis under the events: the line, minor ticks labelled with the period they start (2015, mars,
 * 4), a context row above them (the year over the months, the month over the days) whose first label
 * stays at the left edge while its period is in view, and faint grid lines through the lanes.
 */
final class AxisLayer {

    static final double HEIGHT = 36;
    private static final double GAP = 12;
    private static final double MIN_SPACING = 44;
    private static final double ROW = 15;

    private final Pane pane = new Pane();
    private final Path line = new Path();
    private final Path ticks = new Path();
    private final Path grid = new Path();
    private final List<Text> minor = new ArrayList<>();
    private final List<Text> context = new ArrayList<>();
    private final Text probe = newLabel("tick-label");
    private TextWidths widths;

    AxisLayer() {
        pane.getStyleClass().add("timeline-axis");
        pane.setManaged(false);
        line.getStyleClass().add("axis-line");
        ticks.getStyleClass().add("tick-mark");
        grid.getStyleClass().add("grid-line");
        grid.setManaged(false);
        grid.setMouseTransparent(true);
        probe.setVisible(false);
        pane.getChildren().addAll(line, ticks, probe);
    }

    Pane pane() {
        return pane;
    }

    /** The faint lines through the lanes, drawn by the skin behind the events. */
    Path grid() {
        return grid;
    }

    /** Lays the axis out for a scale, its time area starting at timeLeft, its line at axisY; grid from gridTop. */
    void layout(TimeScale scale, double timeLeft, double width, double axisY, double gridTop, Locale locale) {
        pane.resizeRelocate(0, axisY, width, HEIGHT);
        probe.applyCss();
        if (widths == null || !widths.font().equals(probe.getFont())) {
            widths = new TextWidths(probe.getFont());
        }
        Ticks.Step step = Ticks.stepFor(scale, locale, widths::width, GAP, MIN_SPACING);
        List<PathElement> tickPath = new ArrayList<>();
        List<PathElement> gridPath = new ArrayList<>();
        int used = 0;
        for (Ticks.Tick tick : Ticks.ticks(scale, step)) {
            double x = Math.round(timeLeft + scale.x(tick.date())) + 0.5;
            tickPath.add(new MoveTo(x, 0));
            tickPath.add(new LineTo(x, 5));
            gridPath.add(new MoveTo(x, gridTop));
            gridPath.add(new LineTo(x, axisY));
            String text = TickLabels.minor(tick, locale);
            if (x + 3 + widths.width(text) > width) {
                continue; // cut by the right edge: its tick stays, its period comes into view with a pan
            }
            Text label = label(minor, used++, "tick-label");
            label.setText(text);
            label.setLayoutX(x + 3);
            label.setLayoutY(3);
        }
        hideFrom(minor, used);
        used = 0;
        Ticks.Unit unit = Ticks.contextUnit(step);
        List<LocalDate> starts = Ticks.contextStarts(scale, unit);
        for (int i = 0; i < starts.size(); i++) {
            double x = Math.round(timeLeft + scale.x(starts.get(i))) + 0.5;
            double next = i + 1 < starts.size() ? timeLeft + scale.x(starts.get(i + 1)) : Double.POSITIVE_INFINITY;
            if (x >= timeLeft) {
                tickPath.add(new MoveTo(x, 0));
                tickPath.add(new LineTo(x, ROW + 4));
            }
            Text label = label(context, used++, "context-label");
            label.setText(TickLabels.context(starts.get(i), unit, locale));
            double w = widths.width(label.getText());
            // The context of the left edge stays in sight, pushed out by the next one as it arrives.
            label.setLayoutX(Math.min(Math.max(x + 3, timeLeft + 3), next - w - GAP));
            label.setLayoutY(ROW + 4);
        }
        hideFrom(context, used);
        line.getElements().setAll(new MoveTo(timeLeft, 0.5), new LineTo(width, 0.5));
        ticks.getElements().setAll(tickPath);
        grid.getElements().setAll(gridPath);
    }

    private Text label(List<Text> pool, int index, String styleClass) {
        while (pool.size() <= index) {
            Text label = newLabel(styleClass);
            pool.add(label);
            pane.getChildren().add(label);
        }
        Text label = pool.get(index);
        label.setVisible(true);
        return label;
    }

    private static Text newLabel(String styleClass) {
        Text label = new Text();
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        label.setMouseTransparent(true);
        label.setTextOrigin(VPos.TOP);
        return label;
    }

    private static void hideFrom(List<Text> pool, int used) {
        for (int i = used; i < pool.size(); i++) {
            pool.get(i).setVisible(false);
        }
    }

    /** Labels shown on the axis, for tests: minor then context, left to right. */
    List<Text> shownLabels() {
        List<Text> shown = new ArrayList<>();
        minor.stream().filter(Text::isVisible).forEach(shown::add);
        context.stream().filter(Text::isVisible).forEach(shown::add);
        return shown;
    }
}
