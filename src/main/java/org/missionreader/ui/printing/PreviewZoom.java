package org.missionreader.ui.printing;

import java.util.List;

/**
 * How large the preview shows a page: fitted to the viewport's width, or the whole page in view, or a share of
 * its printed size (100 % is the page at 96 pixels to the inch, the size it has on paper on most screens).
 */
public record PreviewZoom(Kind kind, int percent) {

    /** Fitted to the viewport, or a fixed share of the printed size. */
    public enum Kind { FIT_WIDTH, FIT_PAGE, PERCENT }

    /** Pixels per point at 100 %: the screen's 96 to the inch over the page's 72. */
    static final double PRINTED_SIZE = 96.0 / 72;

    public static final PreviewZoom FIT_WIDTH = new PreviewZoom(Kind.FIT_WIDTH, 0);
    public static final PreviewZoom FIT_PAGE = new PreviewZoom(Kind.FIT_PAGE, 0);
    /** The shares offered, smallest first. */
    public static final List<Integer> PERCENTS = List.of(50, 75, 100, 125, 150, 200);
    /** Every choice, in the order the preview lists them. */
    public static final List<PreviewZoom> CHOICES = List.of(FIT_WIDTH, FIT_PAGE, percent(50), percent(75), percent(100),
            percent(125), percent(150), percent(200));

    public static PreviewZoom percent(int percent) {
        return new PreviewZoom(Kind.PERCENT, percent);
    }

    /**
     * The scale, pixels per point, of a page of the given size (points) in a viewport of the given room (pixels):
     * never below a tenth of the printed size, so that a viewport not yet laid out still shows a page.
     */
    public double scale(double pageWidth, double pageHeight, double roomWidth, double roomHeight) {
        double scale = switch (kind) {
            case FIT_WIDTH -> roomWidth / pageWidth;
            case FIT_PAGE -> Math.min(roomWidth / pageWidth, roomHeight / pageHeight);
            case PERCENT -> PRINTED_SIZE * percent / 100.0;
        };
        return Math.max(PRINTED_SIZE / 10, scale);
    }

    /** The next share larger than the scale shown now (zoom in), or the largest. */
    public static PreviewZoom larger(double shownScale) {
        for (int p : PERCENTS) {
            if (PRINTED_SIZE * p / 100.0 > shownScale + 1e-6) return percent(p);
        }
        return percent(PERCENTS.get(PERCENTS.size() - 1));
    }

    /** The next share smaller than the scale shown now (zoom out), or the smallest. */
    public static PreviewZoom smaller(double shownScale) {
        for (int i = PERCENTS.size() - 1; i >= 0; i--) {
            if (PRINTED_SIZE * PERCENTS.get(i) / 100.0 < shownScale - 1e-6) return percent(PERCENTS.get(i));
        }
        return percent(PERCENTS.get(0));
    }
}
