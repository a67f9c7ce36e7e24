package org.missionreader.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.missionreader.library.Mission;
import org.missionreader.timeline.Eras;

/**
 * What lies behind the events: a mission's lifetime as a band (faded where its start or end is known only
 * to the month or year, hatched from today to a planned end) and its mandate periods as a strip of
 * alternating bands along the top, each named by its resolution; in the all-missions layout, one row per
 * mission with its lifetime as a bar and its name in a gutter on the left.
 */
final class BandLayer {

    static final double STRIP = 18;
    /** Beyond the view, bands are cut here: a century-long band need not be a million pixels wide. */
    private static final double BLEED = 40;

    private final Pane pane = new Pane();
    private final Pane gutter = new Pane();
    private final Path separators = new Path();
    private final List<Region> segments = new ArrayList<>();
    private final List<Text> mandates = new ArrayList<>();
    private final List<Region> rows = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final TimelineTexts texts;
    private final Consumer<Mission> chooseMission;
    private int usedSegments;
    private int usedMandates;

    private final Pane back = new Pane();
    private final Pane front = new Pane();

    BandLayer(TimelineTexts texts, Path grid, Consumer<Mission> chooseMission) {
        this.texts = texts;
        this.chooseMission = chooseMission;
        pane.setManaged(false);
        gutter.setManaged(false);
        gutter.getStyleClass().add("mission-gutter");
        separators.getStyleClass().add("mandate-separator");
        separators.setMouseTransparent(true);
        back.setManaged(false);
        back.setPickOnBounds(false);
        front.setManaged(false);
        front.setMouseTransparent(true);
        // Bands and rows at the back, then the lines, then the mandate names over them.
        pane.getChildren().addAll(back, separators, grid, front);
    }

    Pane pane() {
        return pane;
    }

    Pane gutter() {
        return gutter;
    }

    /**
     * Where the view is, in days and pixels: the time area starts at x {@code timeLeft} with day {@code start}
     * and ends at {@code width}; x = timeLeft + (day - start) / daysPerPixel.
     */
    record Frame(double timeLeft, double start, double daysPerPixel, double width) {
        double x(double day) {
            return timeLeft + (day - start) / daysPerPixel;
        }

        double clip(double x) {
            return Math.max(timeLeft - BLEED, Math.min(width + BLEED, x));
        }
    }

    /** One mission's lifetime behind its events, between top and bottom, and its mandate strip above. */
    void layoutMission(TimelineData.Track track, Frame f, double stripTop, double top, double bottom) {
        usedSegments = 0;
        usedMandates = 0;
        List<PathElement> lines = new ArrayList<>();
        if (track != null && track.mission != null) {
            for (Eras.Segment s : track.lifetime) {
                segment(f, s.start(), s.end(), top, bottom - top, "mission-band", kindClass(s.kind()), null,
                        () -> texts.lifetimeTip(track.mission, s));
            }
            int i = 0;
            for (Eras.MandatePeriod p : track.mandates) {
                double l = f.x(p.start());
                double r = f.x(p.end());
                if (r >= f.timeLeft() - BLEED && l <= f.width() + BLEED) {
                    PseudoClass parity = i % 2 == 0 ? TimelineStates.EVEN : TimelineStates.ODD;
                    segment(f, p.start(), p.end(), stripTop, STRIP, "mandate", null, parity, () -> texts.mandateTip(p));
                    mandateLabel(track.mandateLabel(i, texts), Math.max(l, f.timeLeft()), Math.min(r, f.width()), stripTop);
                    if (l >= f.timeLeft()) {
                        lines.add(new MoveTo(Math.round(l) + 0.5, stripTop + STRIP));
                        lines.add(new LineTo(Math.round(l) + 0.5, bottom));
                    }
                }
                i++;
            }
        }
        separators.getElements().setAll(lines);
        separators.pseudoClassStateChanged(TimelineStates.IN_ROWS, false);
        hideRest();
        hideRows(0);
    }

    /** The all-missions layout: a row per track, its lifetime as a bar, its name in the gutter. */
    void layoutRows(List<TimelineData.Track> tracks, Frame f, double top, double rowHeight, double gutterWidth, Mission selected,
                    Mission focused) {
        usedSegments = 0;
        usedMandates = 0;
        List<PathElement> notches = new ArrayList<>();
        gutter.resizeRelocate(0, 0, gutterWidth, top + rowHeight * tracks.size());
        for (TimelineData.Track t : tracks) {
            double y = top + t.row * rowHeight;
            Region row = row(t.row, t.mission);
            row.resizeRelocate(f.timeLeft(), y, f.width() - f.timeLeft(), rowHeight);
            boolean chosen = t.mission.equals(selected);
            boolean focusItem = t.mission.equals(focused);
            TimelineStates.show(row, chosen, false, focusItem);
            Label name = names.get(t.row);
            name.setText(t.mission.acronym().in(texts.locale()));
            name.setAccessibleText(texts.missionRow(t.mission));
            TimelineStates.show(name, chosen, false, focusItem);
            name.resizeRelocate(0, y, gutterWidth, rowHeight);
            double barHeight = Math.max(6, Math.round(rowHeight * 0.5));
            for (Eras.Segment s : t.lifetime) {
                segment(f, s.start(), s.end(), y + (rowHeight - barHeight) / 2, barHeight, "mission-bar", kindClass(s.kind()), null,
                        () -> texts.lifetimeTip(t.mission, s)).setUserData(t.mission);
            }
            // Each renewal of the mandate notches the bar, as the mandate strip does in the mission's own timeline.
            double barTop = y + (rowHeight - barHeight) / 2;
            for (int i = 1; i < t.mandates.size(); i++) {
                double x = f.x(t.mandates.get(i).start());
                if (x > f.timeLeft() && x < f.width()) {
                    notches.add(new MoveTo(Math.round(x) + 0.5, barTop));
                    notches.add(new LineTo(Math.round(x) + 0.5, barTop + barHeight));
                }
            }
        }
        separators.getElements().setAll(notches);
        separators.pseudoClassStateChanged(TimelineStates.IN_ROWS, true);
        hideRest();
        hideRows(tracks.size());
    }

    /** A band of a style (and a kind, or null), perhaps in a mandate's parity (or null), from a pool. */
    private Region segment(Frame f, double start, double end, double y, double h, String style, String kind, PseudoClass parity,
                           Supplier<String> tip) {
        double l = f.clip(f.x(start));
        double r = f.clip(f.x(end));
        Region band;
        if (usedSegments < segments.size()) {
            band = segments.get(usedSegments);
        } else {
            band = new Region();
            band.setManaged(false);
            Tooltip tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(500));
            // Written when about to show: a pan moves bands without composing their texts.
            tooltip.setOnShowing(e -> tooltip.setText(((Supplier<?>) band.getProperties().get(Tooltip.class)).get().toString()));
            Tooltip.install(band, tooltip);
            // A mission's bar chooses its mission, as its row does.
            band.setOnMouseClicked(e -> {
                if (band.getUserData() instanceof Mission m && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    chooseMission.accept(m);
                }
            });
            segments.add(band);
            back.getChildren().add(band);
        }
        usedSegments++;
        List<String> classes = kind == null ? List.of(style) : List.of(style, kind);
        if (!band.getStyleClass().equals(classes)) {
            band.getStyleClass().setAll(classes);
        }
        TimelineStates.showParity(band, parity);
        band.getProperties().put(Tooltip.class, tip);
        band.setUserData(null);
        band.setVisible(r > l);
        band.resizeRelocate(l, y, Math.max(0, r - l), h);
        return band;
    }

    private void mandateLabel(String text, double left, double right, double y) {
        Text label;
        if (usedMandates < mandates.size()) {
            label = mandates.get(usedMandates);
        } else {
            label = new Text();
            label.getStyleClass().add("mandate-label");
            label.setManaged(false);
            label.setMouseTransparent(true);
            label.setTextOrigin(VPos.CENTER);
            mandates.add(label);
            front.getChildren().add(label);
        }
        usedMandates++;
        label.setText(text);
        double room = right - left - 8;
        // A label that cannot be read whole is left out; the band's tooltip still names the resolution.
        label.setVisible(room >= label.getLayoutBounds().getWidth());
        label.setLayoutX(left + 4);
        label.setLayoutY(y + STRIP / 2);
    }

    private Region row(int index, Mission mission) {
        while (rows.size() <= index) {
            Region row = new Region();
            row.getStyleClass().add("mission-row");
            row.setManaged(false);
            // The whole row is a target, though mostly empty.
            row.setPickOnBounds(true);
            int i = rows.size();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    chooseMission.accept((Mission) rows.get(i).getUserData());
                }
            });
            rows.add(row);
            back.getChildren().add(0, row);
            Label name = new Label();
            name.getStyleClass().add("mission-name-label");
            name.setManaged(false);
            name.setAccessibleRole(AccessibleRole.BUTTON);
            name.setOnMouseClicked(e -> chooseMission.accept((Mission) rows.get(i).getUserData()));
            names.add(name);
            gutter.getChildren().add(name);
        }
        Region row = rows.get(index);
        row.setUserData(mission);
        row.setVisible(true);
        names.get(index).setVisible(true);
        return row;
    }

    private void hideRest() {
        for (int i = usedSegments; i < segments.size(); i++) segments.get(i).setVisible(false);
        for (int i = usedMandates; i < mandates.size(); i++) mandates.get(i).setVisible(false);
    }

    private void hideRows(int used) {
        for (int i = used; i < rows.size(); i++) {
            rows.get(i).setVisible(false);
            names.get(i).setVisible(false);
        }
        gutter.setVisible(used > 0);
    }

    /** The row nodes of the all-missions layout, for tests. */
    List<Region> rows() {
        return rows.stream().filter(Region::isVisible).toList();
    }

    List<Text> mandateLabels() {
        return mandates.stream().filter(Text::isVisible).toList();
    }

    private static String kindClass(Eras.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
