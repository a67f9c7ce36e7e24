package org.missionreader.timeline;

import org.missionreader.library.PartialDate;
import org.missionreader.library.TimelineEvent;

/**
 * The stretch of days an event covers, as precisely as its dates are known: a day event is a point; a
 * month-only event spans its month and a year-only event its year, since the day is not known; an event
 * with an end spans from the first day its start can mean to the last day its end can mean.
 * {@code end} is exclusive, in epoch days.
 */
public record Extent(double start, double end, Kind kind) {

    /** How the extent is drawn: a point, a known span, or a period the date lies somewhere in. */
    public enum Kind { POINT, SPAN, MONTH, YEAR }

    public static Extent of(TimelineEvent event) {
        return of(event.date(), event.end());
    }

    public static Extent of(PartialDate date, PartialDate end) {
        double first = date.firstDay().toEpochDay();
        if (end != null) {
            return new Extent(first, end.lastDay().toEpochDay() + 1, Kind.SPAN);
        }
        double last = date.lastDay().toEpochDay() + 1;
        return switch (date.precision()) {
            case DAY -> new Extent(first, first, Kind.POINT);
            case MONTH -> new Extent(first, last, Kind.MONTH);
            case YEAR -> new Extent(first, last, Kind.YEAR);
        };
    }

    public boolean isPoint() {
        return kind == Kind.POINT;
    }

    /** The day a view centres on to show this extent. */
    public double middle() {
        return (start + end) / 2;
    }

    /** The last day covered (inclusive), for limits and fitting. */
    public double lastDay() {
        return isPoint() ? start : end - 1;
    }
}
