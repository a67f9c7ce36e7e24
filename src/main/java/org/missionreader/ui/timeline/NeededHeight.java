package org.missionreader.ui.timeline;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import org.missionreader.timeline.Viewport;

/**
 * The height at which a timeline shows the lanes its events need to carry their labels when fitted to the
 * mission ({@link TimelineView#neededHeightProperty()}). The skin works it out once per data, width, font and
 * sizes, during layout or as the control's width changes; it reaches the control after the layout pass (or
 * with the new width), so a layout writes none of the control's properties.
 */
final class NeededHeight {

    /** The most lanes a mission's timeline asks room for. */
    private static final int MAX_LANES = 6;

    private final TimelineView control;
    private final TrackLayouts trackLayouts;
    private final Runnable publish = this::publish;
    private final ChangeListener<Scene> sceneChanged = (obs, old, now) -> publishAfterLayoutsOf(now);
    /** What the height was worked out for: the data, the width, the font and the sizes. */
    private Object workedOutFor;
    private int lanes = 5;
    private double height;
    private Scene scene;

    NeededHeight(TimelineView control, TrackLayouts trackLayouts) {
        this.control = control;
        this.trackLayouts = trackLayouts;
        control.sceneProperty().addListener(sceneChanged);
        publishAfterLayoutsOf(control.getScene());
    }

    /** The lanes a mission's events need at the zoom that fits the mission (5 until worked out). */
    int lanes() {
        return lanes;
    }

    /** Works out the needed height for a time area this wide, unless it was for the same data and sizes. */
    void update(TimelineData data, double timeWidth, TextWidths labelWidths, double markerSize) {
        double laneHeight = control.getLaneHeight();
        List<Object> key = List.of(data, Math.round(timeWidth), labelWidths, laneHeight, markerSize,
                control.getSelectedMission() == null ? "" : control.getSelectedMission().id());
        if (key.equals(workedOutFor)) return;
        workedOutFor = key;
        Insets insets = control.getInsets();
        double pad = TimelineSkin.PAD;
        double needed;
        if (data.allMissions) {
            needed = insets.getTop() + insets.getBottom() + pad * 2 + AxisLayer.HEIGHT
                    + Math.max(1, data.tracks.size()) * laneHeight * 1.5;
        } else {
            Viewport fit = control.missionViewport();
            TimelineData.Track track = data.tracks.isEmpty() ? null : data.tracks.get(0);
            lanes = 2;
            if (fit != null && track != null && track.events.length > 0) {
                double daysPerPixel = fit.span() / timeWidth;
                lanes = Math.max(2, trackLayouts.lanesNeeded(data, track, labelWidths, daysPerPixel, markerSize,
                        control.limits(), control.getToday(), MAX_LANES));
            }
            boolean strip = track != null && !track.mandates.isEmpty();
            needed = insets.getTop() + insets.getBottom() + (strip ? BandLayer.STRIP + pad : 0) + pad * 2
                    + lanes * laneHeight + AxisLayer.HEIGHT;
        }
        height = Math.ceil(needed);
    }

    /** Hands the height worked out to the control: after a layout pass, or as the control's width changes. */
    void publish() {
        if (height > 0 && control.getNeededHeight() != height) {
            control.setNeededHeight(height);
        }
    }

    private void publishAfterLayoutsOf(Scene now) {
        if (scene != null) {
            scene.removePostLayoutPulseListener(publish);
        }
        scene = now;
        if (scene != null) {
            scene.addPostLayoutPulseListener(publish);
        }
    }

    /** Stops following the control's scene (the skin is disposed). */
    void dispose() {
        control.sceneProperty().removeListener(sceneChanged);
        publishAfterLayoutsOf(null);
    }
}
