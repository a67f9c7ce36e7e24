package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Eras;
import org.missionreader.timeline.EventLayout;
import org.missionreader.timeline.Extent;
import org.missionreader.timeline.Importance;

/**
 * What the skin draws, prepared once per change of the data: events in time order with their extents and
 * titles, grouped into tracks (one for a mission's timeline, one per mission in the all-missions layout),
 * each with its layout at the current zoom. Label widths follow the font and language.
 */
final class TimelineData {

    /** Events laid out together: all of them, or one mission's in the all-missions layout. */
    static final class Track {
        final int row;
        final Mission mission;
        final int[] events;
        final Extent[] extents;
        final double[] labelWidths;
        /** How much each event's label matters, from the data (see {@link Importance}). */
        final int[] importance;
        /** The events laid out first, as chosen by the reader (selected, or under the keyboard focus). */
        int[] chosen = new int[0];
        final List<Eras.Segment> lifetime;
        final List<Eras.MandatePeriod> mandates;
        EventLayout layout;
        double layoutDpp = Double.NaN;
        int lanes;

        Track(int row, Mission mission, int[] events, Extent[] all, LocalDate today) {
            this.row = row;
            this.mission = mission;
            this.events = events;
            extents = new Extent[events.length];
            for (int i = 0; i < events.length; i++) extents[i] = all[events[i]];
            labelWidths = new double[events.length];
            importance = new int[events.length];
            lifetime = mission == null ? List.of() : Eras.lifetime(mission, today);
            mandates = mission == null ? List.of() : Eras.mandates(mission, today);
        }

        private String[] mandateLabels;

        /** The name of a mandate period on its band, composed once. */
        String mandateLabel(int i, TimelineTexts texts) {
            if (mandateLabels == null) {
                mandateLabels = mandates.stream().map(texts::mandateLabel).toArray(String[]::new);
            }
            return mandateLabels[i];
        }

        /** The event (as an index into the data) of an event of this track. */
        int event(int local) {
            return events[local];
        }
    }

    final TimelineEvent[] events;
    final Extent[] extents;
    final String[] titles;
    final List<Mission> missions;
    final List<Track> tracks = new ArrayList<>();
    final boolean allMissions;
    private final Map<TimelineEvent, Integer> index = new IdentityHashMap<>();
    private final Map<TimelineEvent, Integer> indexByValue = new HashMap<>();
    private final int[] trackOf;
    private final Map<String, Mission> missionById = new HashMap<>();
    private final int[] localOf;
    private TextWidths widthsUsed;

    TimelineData(TimelineView control, TimelineTexts texts) {
        List<TimelineEvent> ordered = control.eventsInTimeOrder();
        events = ordered.toArray(TimelineEvent[]::new);
        extents = new Extent[events.length];
        titles = new String[events.length];
        for (int i = 0; i < events.length; i++) {
            extents[i] = Extent.of(events[i]);
            titles[i] = texts.title(events[i]);
            index.put(events[i], i);
            indexByValue.putIfAbsent(events[i], i);
        }
        missions = List.copyOf(control.getMissions());
        for (Mission m : missions) missionById.putIfAbsent(m.id(), m);
        allMissions = control.isAllMissions();
        trackOf = new int[events.length];
        localOf = new int[events.length];
        java.util.Arrays.fill(trackOf, -1);
        LocalDate today = control.getToday();
        if (allMissions) {
            for (int row = 0; row < missions.size(); row++) {
                Mission m = missions.get(row);
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < events.length; i++) {
                    if (events[i].missionId().equals(m.id())) mine.add(i);
                }
                addTrack(new Track(row, m, mine.stream().mapToInt(Integer::intValue).toArray(), extents, today));
            }
        } else {
            int[] all = new int[events.length];
            for (int i = 0; i < all.length; i++) all[i] = i;
            addTrack(new Track(-1, missions.size() == 1 ? missions.get(0) : null, all, extents, today));
        }
    }

    private void addTrack(Track track) {
        for (int local = 0; local < track.events.length; local++) {
            trackOf[track.events[local]] = tracks.size();
            localOf[track.events[local]] = local;
            TimelineEvent e = events[track.events[local]];
            Mission m = track.mission != null ? track.mission : missionById.get(e.missionId());
            track.importance[local] = Importance.of(e, m);
        }
        tracks.add(track);
    }

    /** The index of an event in time order, or -1 if it is not drawn. */
    int indexOf(TimelineEvent e) {
        if (e == null) return -1;
        Integer i = index.get(e);
        if (i == null) i = indexByValue.get(e);
        return i == null ? -1 : i;
    }

    Track trackOf(int event) {
        return event < 0 || trackOf[event] < 0 ? null : tracks.get(trackOf[event]);
    }

    int localOf(int event) {
        return localOf[event];
    }

    /** Measures the labels in a font, once per font; returns whether they changed. */
    boolean measure(TextWidths widths) {
        if (widths == widthsUsed) return false;
        widthsUsed = widths;
        for (Track t : tracks) {
            for (int local = 0; local < t.events.length; local++) {
                t.labelWidths[local] = widths.width(titles[t.events[local]]);
            }
            t.layout = null;
        }
        return true;
    }
}
