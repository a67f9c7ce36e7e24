package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Eras;
import org.missionreader.timeline.EventLayout;
import org.missionreader.timeline.Extent;
import org.missionreader.timeline.Importance;
import org.missionreader.timeline.ViewLimits;

/**
 * How the skin lays out a track: the sizes it gives {@link EventLayout}, the importance of each event with
 * the reader's chosen ones first, and the lanes a mission's events need.
 */
final class TrackLayouts {

    /** Pixels between items. */
    static final double GAP = 6;
    /** Pixels between a marker and its label. */
    static final double TEXT_GAP = 4;
    /** A label shortened below this is left out. */
    static final double MIN_LABEL = 60;
    /** A bar this wide holds its own label. */
    static final double LABEL_INSIDE_BAR = 48;
    /** A label this wide says enough words to know the event. */
    static final double READABLE = 150;
    /**
     * Labels are at most 70% of the time area wide, within these bounds: the bundled titles are whole
     * where there is room from a 1024 px window up, and none crosses the whole view.
     */
    private static final double MIN_MAX_LABEL = 280;
    private static final double MAX_MAX_LABEL = 900;

    private double maxLabel = MIN_MAX_LABEL;

    /** Sets the widest label for a time area this wide; true when it changed (the layouts are then stale). */
    boolean fitLabelsTo(double timeWidth) {
        double widest = Math.max(MIN_MAX_LABEL, Math.min(MAX_MAX_LABEL, Math.round(timeWidth * 0.7)));
        if (widest == maxLabel) return false;
        maxLabel = widest;
        return true;
    }

    void layout(TimelineData data, TimelineData.Track t, TextWidths widths, double daysPerPixel, int lanes, double markerSize,
                ViewLimits limits, LocalDate today) {
        t.layout = EventLayout.compute(t.extents, t.labelWidths, importance(t), daysPerPixel,
                settings(data, t, widths, daysPerPixel, lanes, markerSize, limits, today));
        t.layoutDaysPerPixel = daysPerPixel;
        t.lanes = lanes;
    }

    /** The fewest lanes that show a mission's events and labels as well as {@code maxLanes} would. */
    int lanesNeeded(TimelineData data, TimelineData.Track t, TextWidths widths, double daysPerPixel, double markerSize,
                    ViewLimits limits, LocalDate today, int maxLanes) {
        return EventLayout.lanesNeeded(t.extents, t.labelWidths, t.importance, daysPerPixel,
                settings(data, t, widths, daysPerPixel, 1, markerSize, limits, today), maxLanes);
    }

    /** The data's importance of each event, the reader's chosen ones first. */
    private static int[] importance(TimelineData.Track t) {
        if (t.chosen.length == 0) return t.importance;
        int[] importance = t.importance.clone();
        for (int local : t.chosen) importance[local] += Importance.CHOSEN;
        return importance;
    }

    /**
     * Sizes for a track's layout; its labels stay within its row: the mission's own years (and its events)
     * in the all-missions layout, the data's in a mission's timeline.
     */
    private EventLayout.Settings settings(TimelineData data, TimelineData.Track t, TextWidths widths, double daysPerPixel, int lanes,
                                          double markerSize, ViewLimits limits, LocalDate today) {
        double badge = widths.width("8".repeat(Integer.toString(Math.max(1, t.events.length)).length())) + 14;
        double cell = Math.max(2 * markerSize + GAP, badge + GAP);
        double rowStart = limits.dataStart();
        double rowEnd = limits.dataEnd();
        if (data.allMissions && t.mission != null) {
            rowStart = t.mission.start().firstDay().toEpochDay();
            rowEnd = Eras.lifetimeEnd(t.mission, today);
            for (Extent x : t.extents) {
                rowStart = Math.min(rowStart, x.start());
                rowEnd = Math.max(rowEnd, Math.max(x.end(), x.start() + 1));
            }
        }
        return EventLayout.Settings.builder()
                .lanes(lanes)
                .markerSize(markerSize)
                .clusterWidth(badge)
                .maxClusterSpan(4 * cell)
                .gap(GAP)
                .textGap(TEXT_GAP)
                .minLabel(MIN_LABEL)
                .readableLabel(READABLE)
                .maxLabel(maxLabel)
                .suffixWidth(widths.width(" +88"))
                .minBar(Math.max(4, markerSize / 2))
                .labelInsideBar(LABEL_INSIDE_BAR)
                .row(rowStart / daysPerPixel, rowEnd / daysPerPixel)
                .build();
    }

    /** The selected event and the focused one are laid out first; a change of them lays their tracks out again. */
    static void chooseFirst(TimelineData data, TimelineEvent selected, TimelineEvent focused) {
        int selectedIndex = data.indexOf(selected);
        int focusedIndex = data.indexOf(focused);
        for (TimelineData.Track t : data.tracks) {
            int[] chosen = IntStream.of(selectedIndex, focusedIndex).filter(e -> e >= 0 && data.trackOf(e) == t).map(data::localOf).distinct().toArray();
            if (!Arrays.equals(chosen, t.chosen)) {
                t.chosen = chosen;
                t.layout = null;
            }
        }
    }
}
