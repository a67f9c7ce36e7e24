package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Eras;
import org.missionreader.timeline.EventLayout;
import org.missionreader.timeline.Extent;
import org.missionreader.timeline.Importance;

/**
 * What the skin draws, prepared once per change of the data or the language: the control's events in time
 * order (its {@link TimelineContents}, shared, not copied) with their titles, grouped into tracks (one for a
 * mission's timeline, one per mission in the all-missions layout), each with its layout at the current zoom.
 * Label widths follow the font and language.
 */
final class TimelineData {

    /** Events laid out together: all of them, or one mission's in the all-missions layout. */
    static final class Track {
        final int row;
        final Mission mission;
        final int[] events;
        /** The days each of the track's events covers (in the track's order), as the layout takes them. */
        final Extent[] extents;
        final double[] labelWidths;
        /** How much each event's label matters, from the data (see {@link Importance}). */
        final int[] importance;
        /** The events laid out first, as chosen by the reader (selected, or under the keyboard focus). */
        int[] chosen = new int[0];
        final List<Eras.Segment> lifetime;
        final List<Eras.MandatePeriod> mandates;
        EventLayout layout;
        double layoutDaysPerPixel = Double.NaN;
        int lanes;

        Track(int row, Mission mission, int[] events, Extent[] extents, LocalDate today) {
            this.row = row;
            this.mission = mission;
            this.events = events;
            this.extents = extents;
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

    /** The control's events in time order, their extents and the limits: kept there, not copied here. */
    final TimelineContents contents;
    /** The events' titles in the language shown, in time order. */
    final String[] titles;
    final List<Mission> missions;
    final List<Track> tracks = new ArrayList<>();
    final boolean allMissions;
    private final int[] trackOf;
    private final Map<String, Mission> missionById = new HashMap<>();
    private final int[] localOf;
    private TextWidths widthsUsed;

    TimelineData(TimelineContents contents, boolean allMissions, TimelineTexts texts) {
        this.contents = contents;
        int n = contents.size();
        titles = new String[n];
        for (int i = 0; i < n; i++) {
            titles[i] = texts.title(contents.event(i));
        }
        missions = contents.missions();
        for (Mission m : missions) missionById.putIfAbsent(m.id(), m);
        this.allMissions = allMissions;
        trackOf = new int[n];
        localOf = new int[n];
        Arrays.fill(trackOf, -1);
        LocalDate today = contents.today();
        if (allMissions) {
            for (int row = 0; row < missions.size(); row++) {
                Mission m = missions.get(row);
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (contents.event(i).missionId().equals(m.id())) mine.add(i);
                }
                int[] local = mine.stream().mapToInt(Integer::intValue).toArray();
                Extent[] extents = new Extent[local.length];
                for (int k = 0; k < local.length; k++) extents[k] = contents.extent(local[k]);
                addTrack(new Track(row, m, local, extents, today));
            }
        } else {
            int[] all = new int[n];
            for (int i = 0; i < all.length; i++) all[i] = i;
            // One track of every event: its extents are the contents' own array.
            addTrack(new Track(-1, missions.size() == 1 ? missions.get(0) : null, all, contents.extents(), today));
        }
    }

    /** The event at a place in time order. */
    TimelineEvent event(int index) {
        return contents.event(index);
    }

    /** The number of events drawn. */
    int size() {
        return contents.size();
    }

    private void addTrack(Track track) {
        for (int local = 0; local < track.events.length; local++) {
            trackOf[track.events[local]] = tracks.size();
            localOf[track.events[local]] = local;
            TimelineEvent e = contents.event(track.events[local]);
            Mission m = track.mission != null ? track.mission : missionById.get(e.missionId());
            track.importance[local] = Importance.of(e, m);
        }
        tracks.add(track);
    }

    /** The index of an event in time order, or -1 if it is not drawn. */
    int indexOf(TimelineEvent e) {
        return contents.indexOf(e);
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
