package org.missionreader.timeline;

/**
 * The bounds on what a timeline may show, so the data can never be lost off-screen: the view is never
 * narrower than {@code minSpan} days nor wider than {@code maxSpan} days, and always keeps part of the
 * data (days {@code dataStart} to {@code dataEnd}, exclusive) in sight.
 */
public record ViewLimits(double dataStart, double dataEnd, double minSpan, double maxSpan) {

    /** At the closest, one day fills the view. */
    public static final double MIN_SPAN = 1;
    /** The share of the data's span left as margin on each side when fitting or zoomed out. */
    public static final double MARGIN = 0.05;
    /** However little data there is, a month can always be seen around it. */
    private static final double SMALLEST_MAX_SPAN = 31;
    /** The share of the view that data must keep when panned to an edge. */
    private static final double KEEP = 0.1;

    public ViewLimits {
        if (!(dataEnd >= dataStart) || !(minSpan > 0) || !(maxSpan >= minSpan)) {
            throw new IllegalArgumentException("limits " + dataStart + ".." + dataEnd + " spans " + minSpan + ".." + maxSpan);
        }
    }

    /** Limits for data covering the given days: from one day across the view to all of it with its margins. */
    public static ViewLimits around(double dataStart, double dataEnd) {
        double span = Math.max(dataEnd - dataStart, 0);
        return new ViewLimits(dataStart, dataEnd, MIN_SPAN, Math.max(SMALLEST_MAX_SPAN, span * (1 + 2 * MARGIN)));
    }

    /** A view showing the days from..to (end exclusive) with a margin, within these limits. */
    public Viewport fit(double from, double to) {
        double span = Math.max(to - from, MIN_SPAN);
        double margin = span * MARGIN;
        return clamp(new Viewport(from - margin, from + span + margin));
    }

    /** All the data. */
    public Viewport fitAll() {
        return fit(dataStart, Math.max(dataEnd, dataStart + MIN_SPAN));
    }

    /** Zooms by a factor (above 1 zooms in) keeping anchorDay where it is, stopping at the limits. */
    public Viewport zoom(Viewport view, double factor, double anchorDay) {
        double span = clampSpan(view.span() / factor);
        return clampPan(view.zoomed(view.span() / span, anchorDay));
    }

    public Viewport pan(Viewport view, double days) {
        return clampPan(view.panned(days));
    }

    /** The nearest view within the limits: its span bounded, then moved so data stays in sight. */
    public Viewport clamp(Viewport view) {
        double span = clampSpan(view.span());
        Viewport sized = span == view.span() ? view : view.zoomed(view.span() / span, view.center());
        return clampPan(sized);
    }

    public boolean canZoomIn(Viewport view) {
        return view.span() > minSpan * (1 + 1e-9);
    }

    public boolean canZoomOut(Viewport view) {
        return view.span() < maxSpan * (1 - 1e-9);
    }

    private double clampSpan(double span) {
        return Math.max(minSpan, Math.min(maxSpan, span));
    }

    /** Keeps some data in view: at least a tenth of the view, or the middle of data smaller than that. */
    private Viewport clampPan(Viewport view) {
        double keep = Math.min(view.span() * KEEP, (dataEnd - dataStart) / 2);
        if (view.end() < dataStart + keep) {
            return view.panned(dataStart + keep - view.end());
        }
        if (view.start() > dataEnd - keep) {
            return view.panned(dataEnd - keep - view.start());
        }
        return view;
    }
}
