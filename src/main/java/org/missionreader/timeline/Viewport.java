package org.missionreader.timeline;

/**
 * The stretch of time a timeline shows, in epoch days (end exclusive), whatever its width on screen.
 * Immutable: zooming and panning give a new viewport; {@link ViewLimits} keeps them sensible.
 */
public record Viewport(double start, double end) {

    public Viewport {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("empty viewport: " + start + ".." + end);
        }
    }

    public double span() {
        return end - start;
    }

    public double center() {
        return (start + end) / 2;
    }

    public boolean contains(double day) {
        return day >= start && day <= end;
    }

    /** Where a day falls, as a share of the view from its left (0) to its right (1). */
    public double fraction(double day) {
        return (day - start) / span();
    }

    /** The days shown, laid across a width in pixels. */
    public TimeScale scale(double width) {
        return new TimeScale(start, end, width);
    }

    /** A view {@code factor} times narrower in time (wider if below 1) in which {@code anchorDay} stays put. */
    public Viewport zoomed(double factor, double anchorDay) {
        double share = fraction(anchorDay);
        double span = span() / factor;
        double newStart = anchorDay - share * span;
        return new Viewport(newStart, newStart + span);
    }

    public Viewport panned(double days) {
        return new Viewport(start + days, end + days);
    }

    /** The same span with its centre on a day. */
    public Viewport centeredOn(double day) {
        double half = span() / 2;
        return new Viewport(day - half, day + half);
    }

    /**
     * The smallest pan that brings the days from..to into view, keeping a margin (a share of the span) on
     * each side; when they do not fit, their start is shown.
     */
    public Viewport revealing(double from, double to, double marginShare) {
        double margin = span() * marginShare;
        if (from >= start + margin && to <= end - margin) {
            return this;
        }
        if (to - from > span() - 2 * margin || from < start + margin) {
            return panned(from - margin - start);
        }
        return panned(to + margin - end);
    }
}
