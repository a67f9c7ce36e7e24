package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Eras;
import org.missionreader.timeline.Extent;
import org.missionreader.timeline.ViewLimits;
import org.missionreader.timeline.Viewport;

/**
 * What a {@link TimelineView}'s data comes to, worked out once per change of it and shared by the control
 * and its skin: the events in time order with their extents, where each one is in that order, and how far
 * the view may zoom and pan. Immutable; the control makes a new one when its events, missions or today change.
 */
final class TimelineContents {

    private static final Comparator<TimelineEvent> TIME_ORDER = Comparator.comparing(TimelineEvent::date)
            .thenComparing(e -> e.end() == null ? e.date() : e.end())
            .thenComparing(TimelineEvent::id);

    private final TimelineEvent[] events;
    private final Extent[] extents;
    private final List<TimelineEvent> inTimeOrder;
    private final List<Mission> missions;
    private final LocalDate today;
    private final ViewLimits limits;
    private final Map<TimelineEvent, Integer> index = new IdentityHashMap<>();
    private final Map<TimelineEvent, Integer> indexByValue = new HashMap<>();

    TimelineContents(List<TimelineEvent> events, List<Mission> missions, LocalDate today) {
        this.events = events.toArray(TimelineEvent[]::new);
        Arrays.sort(this.events, TIME_ORDER);
        this.extents = new Extent[this.events.length];
        for (int i = 0; i < this.events.length; i++) {
            extents[i] = Extent.of(this.events[i]);
            index.put(this.events[i], i);
            indexByValue.putIfAbsent(this.events[i], i);
        }
        this.inTimeOrder = Collections.unmodifiableList(Arrays.asList(this.events));
        this.missions = List.copyOf(missions);
        this.today = today;
        this.limits = computeLimits();
    }

    /** The events in time order, as the arrow keys step through them. */
    List<TimelineEvent> inTimeOrder() {
        return inTimeOrder;
    }

    int size() {
        return events.length;
    }

    /** The event at a place in time order. */
    TimelineEvent event(int index) {
        return events[index];
    }

    /** The days the event at a place in time order covers. */
    Extent extent(int index) {
        return extents[index];
    }

    /** The extents of all the events in time order: the array itself, which no one changes. */
    Extent[] extents() {
        return extents;
    }

    List<Mission> missions() {
        return missions;
    }

    LocalDate today() {
        return today;
    }

    boolean isEmpty() {
        return events.length == 0 && missions.isEmpty();
    }

    /** The place of an event in time order (the same object first, else an equal one), or -1. */
    int indexOf(TimelineEvent e) {
        if (e == null) return -1;
        Integer i = index.get(e);
        if (i == null) i = indexByValue.get(e);
        return i == null ? -1 : i;
    }

    /** How far the view may zoom and pan: from one day across to all the data with a margin. */
    ViewLimits limits() {
        return limits;
    }

    /** A mission's lifetime and its events, fitted within the limits. */
    Viewport missionViewport(Mission mission) {
        double start = mission.start().firstDay().toEpochDay();
        double end = Eras.lifetimeEnd(mission, today);
        for (int i = 0; i < events.length; i++) {
            if (events[i].missionId().equals(mission.id())) {
                start = Math.min(start, extents[i].start());
                end = Math.max(end, Math.max(extents[i].end(), extents[i].start() + 1));
            }
        }
        return limits.fit(start, end);
    }

    private ViewLimits computeLimits() {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (Extent x : extents) {
            first = Math.min(first, x.start());
            last = Math.max(last, Math.max(x.end(), x.start() + 1));
        }
        for (Mission m : missions) {
            first = Math.min(first, m.start().firstDay().toEpochDay());
            last = Math.max(last, Eras.lifetimeEnd(m, today));
            if (!m.mandates().isEmpty()) {
                first = Math.min(first, m.mandates().get(0).date().firstDay().toEpochDay());
            }
        }
        if (first > last) {
            double now = today.toEpochDay();
            first = now - 365;
            last = now;
        }
        return ViewLimits.around(first, last);
    }
}
