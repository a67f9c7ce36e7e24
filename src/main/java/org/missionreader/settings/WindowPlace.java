package org.missionreader.settings;

/**
 * Where the window was and how large, in screen coordinates, and where its three dividers stood:
 * between the sidebar and the document list, between the document list and the reader (both as
 * fractions of the window's width), and above the timeline (a fraction of the panes' height). A
 * divider not known (an older settings file) is NaN, and the window's default is used.
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximized,
                          double sidebarDivider, double documentsDivider, double timelineDivider) {

    /** A place with no divider remembered. */
    public WindowPlace(double x, double y, double width, double height, boolean maximized) {
        this(x, y, width, height, maximized, Double.NaN, Double.NaN, Double.NaN);
    }

    public WindowPlace {
        sidebarDivider = fraction(sidebarDivider);
        documentsDivider = fraction(documentsDivider);
        timelineDivider = fraction(timelineDivider);
    }

    /** The same place with other dividers. */
    public WindowPlace withDividers(double sidebar, double documents, double timeline) {
        return new WindowPlace(x, y, width, height, maximized, sidebar, documents, timeline);
    }

    /** A divider's fraction, or NaN where it is not one (out of 0 to 1, infinite, NaN). */
    private static double fraction(double value) {
        return value >= 0 && value <= 1 ? value : Double.NaN;
    }
}
