package org.missionreader.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.missionreader.library.Mandate;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Precision;
import org.missionreader.library.Source;

/**
 * The background periods of a mission: its lifetime, cut where its start or end is known only to the
 * month or year, and its mandate periods, each from one resolution to the next. Days are epoch days,
 * ends exclusive.
 */
public final class Eras {

    /** How a piece of a mission's lifetime is known. */
    public enum Kind {
        /** Deployed, both ends of the piece known to the day. */
        KNOWN,
        /** The start or end lies somewhere in this month or year. */
        UNCERTAIN,
        /** Ongoing: deployed up to today, the end not yet known. */
        ONGOING,
        /** Decided but not reached: from today to a planned end. */
        PLANNED
    }

    /** One piece of a mission's lifetime. */
    public record Segment(Kind kind, double start, double end) {
    }

    /** A mandate period: from its resolution's date to the next resolution, or to the mission's end. */
    public record MandatePeriod(String resolution, PartialDate from, PartialDate to, double start, double end,
                                Source source) {
    }

    private Eras() {
    }

    /** The lifetime of a mission as pieces in time order; today decides how far an ongoing mission reaches. */
    public static List<Segment> lifetime(Mission m, LocalDate today) {
        List<Segment> out = new ArrayList<>();
        double start = m.start().firstDay().toEpochDay();
        double startKnown = known(m.start()) ? start : m.start().lastDay().toEpochDay() + 1;
        double now = today.toEpochDay() + 1;
        if (m.end() != null) {
            double end = m.end().lastDay().toEpochDay() + 1;
            double endFrom = known(m.end()) ? end : m.end().firstDay().toEpochDay();
            if (endFrom < startKnown) {
                // Start and end fall in the same uncertain period: nothing in it is known to the day.
                add(out, Kind.UNCERTAIN, start, end);
                return out;
            }
            add(out, Kind.UNCERTAIN, start, startKnown);
            add(out, Kind.KNOWN, startKnown, endFrom);
            add(out, Kind.UNCERTAIN, endFrom, end);
            return out;
        }
        add(out, Kind.UNCERTAIN, start, startKnown);
        add(out, Kind.ONGOING, startKnown, now);
        if (m.plannedEnd() != null) {
            add(out, Kind.PLANNED, Math.max(now, startKnown), m.plannedEnd().lastDay().toEpochDay() + 1);
        }
        return out;
    }

    /** The day after which nothing of the mission is drawn: its end, planned end, or today. */
    public static double lifetimeEnd(Mission m, LocalDate today) {
        List<Segment> pieces = lifetime(m, today);
        return pieces.isEmpty() ? m.start().lastDay().toEpochDay() + 1 : pieces.get(pieces.size() - 1).end();
    }

    /** The mandate periods of a mission in time order; the last one runs to the mission's end. */
    public static List<MandatePeriod> mandates(Mission m, LocalDate today) {
        List<Mandate> mandates = m.mandates();
        List<MandatePeriod> out = new ArrayList<>();
        for (int i = 0; i < mandates.size(); i++) {
            Mandate mandate = mandates.get(i);
            double start = mandate.date().firstDay().toEpochDay();
            PartialDate to;
            double end;
            if (i + 1 < mandates.size()) {
                to = mandates.get(i + 1).date();
                end = to.firstDay().toEpochDay();
            } else {
                to = m.end() != null ? m.end() : m.plannedEnd();
                end = lifetimeEnd(m, today);
            }
            if (end > start) {
                out.add(new MandatePeriod(mandate.resolution(), mandate.date(), to, start, end, mandate.source()));
            }
        }
        return out;
    }

    private static boolean known(PartialDate date) {
        return date.precision() == Precision.DAY;
    }

    private static void add(List<Segment> out, Kind kind, double start, double end) {
        if (end > start) {
            out.add(new Segment(kind, start, end));
        }
    }
}
