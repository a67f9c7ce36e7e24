package org.missionreader.timeline;

import java.time.LocalDate;

/** Maps days to horizontal pixels and back: a visible range of days laid across a width. */
public record TimeScale(double startDay, double endDay, double width) {

    public TimeScale {
        if (!(endDay > startDay) || !(width > 0)) {
            throw new IllegalArgumentException("empty scale: " + startDay + ".." + endDay + " over " + width);
        }
    }

    /** A scale showing the days from first to last inclusive, with a margin on each side as a share of the span. */
    public static TimeScale covering(LocalDate first, LocalDate last, double width, double margin) {
        double start = first.toEpochDay();
        double end = last.toEpochDay() + 1;
        double pad = Math.max(1, (end - start) * margin);
        return new TimeScale(start - pad, end + pad, width);
    }

    public double daysPerPixel() {
        return (endDay - startDay) / width;
    }

    public double x(LocalDate date) {
        return x((double) date.toEpochDay());
    }

    public double x(double epochDay) {
        return (epochDay - startDay) / daysPerPixel();
    }

    public double dayAt(double x) {
        return startDay + x * daysPerPixel();
    }
}
