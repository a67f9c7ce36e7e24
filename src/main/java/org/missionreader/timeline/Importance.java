package org.missionreader.timeline;

import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.library.TimelineEvent;

/**
 * How much an event's label matters when the timeline has no room for every label, read from the data
 * alone: the events that open or close a mission (dated on its start, end or planned end) come first,
 * then those that open a document, then the rest. The reader's own choice (the selected event) outranks
 * them all; the skin adds {@link #CHOSEN} for it.
 */
public final class Importance {

    /** Added for the event the reader selected or moved the keyboard focus to. */
    public static final int CHOSEN = 8;
    /** An event on the day its mission starts, ends or is planned to end. */
    public static final int MISSION_BOUNDARY = 2;
    /** An event that opens a document. */
    public static final int OPENS_DOCUMENT = 1;

    private Importance() {
    }

    /** The importance of an event of a mission (which may be null when it is not known). */
    public static int of(TimelineEvent event, Mission mission) {
        int importance = 0;
        if (mission != null && (same(event.date(), mission.start()) || same(event.date(), mission.end())
                || same(event.date(), mission.plannedEnd()))) {
            importance += MISSION_BOUNDARY;
        }
        if (!event.documentIds().isEmpty()) {
            importance += OPENS_DOCUMENT;
        }
        return importance;
    }

    private static boolean same(PartialDate a, PartialDate b) {
        return b != null && a.equals(b);
    }
}
