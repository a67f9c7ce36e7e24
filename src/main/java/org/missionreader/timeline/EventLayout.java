package org.missionreader.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Lays out events at one zoom level: each becomes a marker (a point, or a bar over the days it may
 * cover) with its label, in lanes, or part of a cluster where they are too dense; the cluster is named
 * after its most important event ("Accord … +4"). Positions are "world" pixels, a day's number divided by
 * the days per pixel, so the layout does not depend on where the view is: panning only shifts it.
 *
 * <p>Two passes. Left to right, every marker gets a lane, the one whose previous label is least in the
 * way; an event whose marker finds no lane joins the item before it, which becomes a cluster. Then, in
 * order of importance, each item takes the room beside its marker in its lane: to the right, or to the
 * left, whole if it can, else shortened, never over a marker or another label and never outside its row
 * (the stretch of time its mission covers). An important item that still finds no readable room takes its
 * less important neighbour into its cluster. Items are kept in order of their left edges, so the visible
 * ones are found by a binary search.
 */
public final class EventLayout {

    /** Items wider than this are looked up apart, so that the search window for the rest stays narrow. */
    private static final double LONG_EXTENT = 512;

    /**
     * Sizes in pixels: {@code lanes} available; a point {@code markerSize} wide; a cluster at least
     * {@code clusterWidth} wide and at most {@code maxClusterSpan}; {@code gap} between items,
     * {@code textGap} between marker and label; a label shortened to less than {@code minLabel} is not
     * shown, and an important one shorter than {@code readableLabel} takes in its neighbour; labels at most
     * {@code maxLabel} (a cluster's {@code suffixWidth} more, for its "+N"); bars at least {@code minBar}
     * wide, holding their label once {@code labelInsideBar} wide; labels kept within world x
     * {@code rowStart} to {@code rowEnd}. Made by name: {@code Settings.builder().lanes(3).markerSize(12)...build()}.
     */
    public record Settings(int lanes, double markerSize, double clusterWidth, double maxClusterSpan, double gap,
                           double textGap, double minLabel, double readableLabel, double maxLabel, double suffixWidth,
                           double minBar, double labelInsideBar, double rowStart, double rowEnd) {
        public Settings {
            if (lanes < 1 || !(clusterWidth > 0) || !(maxClusterSpan >= clusterWidth) || !(rowEnd >= rowStart)) {
                throw new IllegalArgumentException("lanes " + lanes + ", cluster " + clusterWidth + "/" + maxClusterSpan
                        + ", row " + rowStart + ".." + rowEnd);
            }
        }

        /**
         * A builder starting from one lane, a 12 px marker, clusters 30 to 120 px, gaps of 6 px between items
         * and 4 px before a label, labels from 60 px, readable from 150, at most 300 with 20 px for "+N",
         * bars from 6 px holding their label from 48 px, and a row without bounds.
         */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder starting from these sizes. */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.lanes = lanes;
            b.markerSize = markerSize;
            b.clusterWidth = clusterWidth;
            b.maxClusterSpan = maxClusterSpan;
            b.gap = gap;
            b.textGap = textGap;
            b.minLabel = minLabel;
            b.readableLabel = readableLabel;
            b.maxLabel = maxLabel;
            b.suffixWidth = suffixWidth;
            b.minBar = minBar;
            b.labelInsideBar = labelInsideBar;
            b.rowStart = rowStart;
            b.rowEnd = rowEnd;
            return b;
        }

        /** The same sizes with another number of lanes. */
        public Settings withLanes(int n) {
            return toBuilder().lanes(n).build();
        }

        /** {@link Settings} by name; each setter's meaning is the component's of the same name. */
        public static final class Builder {
            private int lanes = 1;
            private double markerSize = 12;
            private double clusterWidth = 30;
            private double maxClusterSpan = 120;
            private double gap = 6;
            private double textGap = 4;
            private double minLabel = 60;
            private double readableLabel = 150;
            private double maxLabel = 300;
            private double suffixWidth = 20;
            private double minBar = 6;
            private double labelInsideBar = 48;
            private double rowStart = Double.NEGATIVE_INFINITY;
            private double rowEnd = Double.POSITIVE_INFINITY;

            private Builder() {
            }

            public Builder lanes(int lanes) {
                this.lanes = lanes;
                return this;
            }

            public Builder markerSize(double markerSize) {
                this.markerSize = markerSize;
                return this;
            }

            public Builder clusterWidth(double clusterWidth) {
                this.clusterWidth = clusterWidth;
                return this;
            }

            public Builder maxClusterSpan(double maxClusterSpan) {
                this.maxClusterSpan = maxClusterSpan;
                return this;
            }

            public Builder gap(double gap) {
                this.gap = gap;
                return this;
            }

            public Builder textGap(double textGap) {
                this.textGap = textGap;
                return this;
            }

            public Builder minLabel(double minLabel) {
                this.minLabel = minLabel;
                return this;
            }

            public Builder readableLabel(double readableLabel) {
                this.readableLabel = readableLabel;
                return this;
            }

            public Builder maxLabel(double maxLabel) {
                this.maxLabel = maxLabel;
                return this;
            }

            public Builder suffixWidth(double suffixWidth) {
                this.suffixWidth = suffixWidth;
                return this;
            }

            public Builder minBar(double minBar) {
                this.minBar = minBar;
                return this;
            }

            public Builder labelInsideBar(double labelInsideBar) {
                this.labelInsideBar = labelInsideBar;
                return this;
            }

            /** The world x labels are kept within: the row's start and end. */
            public Builder row(double rowStart, double rowEnd) {
                this.rowStart = rowStart;
                this.rowEnd = rowEnd;
                return this;
            }

            public Settings build() {
                return new Settings(lanes, markerSize, clusterWidth, maxClusterSpan, gap, textGap, minLabel, readableLabel,
                        maxLabel, suffixWidth, minBar, labelInsideBar, rowStart, rowEnd);
            }
        }
    }

    private final int size;
    private final int[] from;
    private final int[] to;
    private final int[] lane;
    private final int[] top;
    private final double[] left;
    private final double[] right;
    private final double[] markerLeft;
    private final double[] markerRight;
    private final double[] labelLeft;
    private final double[] labelRight;
    private final int[] itemOfEvent;
    private final int[] longItems;
    private final double maxShortExtent;
    private final int wholeLabels;

    /**
     * Lays out events given in order of their start, with the width of each one's label and its
     * importance (higher first, see {@link Importance}), at a zoom of {@code daysPerPixel}.
     */
    public static EventLayout compute(Extent[] events, double[] labelWidths, int[] importance, double daysPerPixel, Settings settings) {
        return new EventLayout(events, labelWidths, importance, daysPerPixel, settings);
    }

    /** As {@link #compute(Extent[], double[], int[], double, Settings)}, every event as important as the others. */
    public static EventLayout compute(Extent[] events, double[] labelWidths, double daysPerPixel, Settings settings) {
        return compute(events, labelWidths, new int[events.length], daysPerPixel, settings);
    }

    /**
     * The fewest lanes, up to {@code maxLanes}, at which every important event (importance above 0) names
     * its item (alone, or its cluster) with its label whole and every other item has a readable one ({@code readableLabel}, or whole); if no number
     * does, the fewest that show as many events on their own and as many whole labels as any. What a
     * timeline needs to be tall enough for.
     */
    public static int lanesNeeded(Extent[] events, double[] labelWidths, int[] importance, double daysPerPixel, Settings settings,
                                  int maxLanes) {
        long best = Long.MIN_VALUE;
        int bestLanes = 1;
        for (int n = 1; n <= Math.max(1, maxLanes); n++) {
            EventLayout layout = compute(events, labelWidths, importance, daysPerPixel, settings.withLanes(n));
            if (layout.readsWell(labelWidths, importance, settings)) return n;
            long quality = (long) layout.singles() * (events.length + 1) + layout.wholeLabels;
            if (quality > best) {
                best = quality;
                bestLanes = n;
            }
        }
        return bestLanes;
    }

    /** Whether every important event names its item with its whole label, and every other label is readable. */
    private boolean readsWell(double[] labelWidths, int[] importance, Settings settings) {
        for (int e = 0; e < importance.length; e++) {
            if (importance[e] > 0 && top[itemOfEvent[e]] != e) return false;
        }
        for (int k = 0; k < size; k++) {
            int e = top[k];
            double title = Math.min(Math.max(0, labelWidths[e]), settings.maxLabel());
            if (title <= 0) continue;
            double whole = isCluster(k) ? title + settings.suffixWidth() : title;
            double shown = labelShown(k) ? labelRight[k] - labelLeft[k] : 0;
            double enough = importance[e] > 0 ? whole : Math.min(whole, settings.readableLabel());
            if (shown < enough - 0.5) return false;
        }
        return true;
    }

    private EventLayout(Extent[] events, double[] labelWidths, int[] importance, double dpp, Settings settings) {
        int n = events.length;
        LayoutPasses passes = new LayoutPasses(events, labelWidths, importance, dpp, settings);
        List<LayoutPasses.Item> alive = passes.items();
        alive.sort(Comparator.comparingDouble(it -> Double.isNaN(it.labelLeft) ? it.markerLeft : Math.min(it.markerLeft, it.labelLeft)));
        size = alive.size();
        from = new int[size];
        to = new int[size];
        lane = new int[size];
        top = new int[size];
        left = new double[size];
        right = new double[size];
        markerLeft = new double[size];
        markerRight = new double[size];
        labelLeft = new double[size];
        labelRight = new double[size];
        itemOfEvent = new int[n];
        List<Integer> longOnes = new ArrayList<>();
        double maxShort = 0;
        int whole = 0;
        for (int k = 0; k < size; k++) {
            LayoutPasses.Item it = alive.get(k);
            from[k] = it.from;
            to[k] = it.to;
            lane[k] = it.lane;
            top[k] = it.top;
            markerLeft[k] = it.markerLeft;
            markerRight[k] = it.markerRight;
            labelLeft[k] = it.labelLeft;
            labelRight[k] = it.labelRight;
            boolean shown = !Double.isNaN(it.labelLeft);
            left[k] = shown ? Math.min(it.markerLeft, it.labelLeft) : it.markerLeft;
            right[k] = shown ? Math.max(it.markerRight, it.labelRight) : it.markerRight;
            if (shown && it.labelRight - it.labelLeft >= passes.wanted(it) - 0.5) whole++;
            for (int e = it.from; e < it.to; e++) itemOfEvent[e] = k;
            double extent = right[k] - left[k];
            if (extent > LONG_EXTENT) longOnes.add(k);
            else maxShort = Math.max(maxShort, extent);
        }
        longItems = longOnes.stream().mapToInt(Integer::intValue).toArray();
        maxShortExtent = maxShort;
        wholeLabels = whole;
    }

    /** Calls {@code out} with each item that reaches into the world pixels from..to. */
    public void visible(double fromX, double toX, IntConsumer out) {
        int lo = 0;
        int hi = size;
        double start = fromX - maxShortExtent;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (left[mid] < start) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < size && left[k] <= toX; k++) {
            if (right[k] >= fromX && right[k] - left[k] <= LONG_EXTENT) out.accept(k);
        }
        for (int k : longItems) {
            if (left[k] <= toX && right[k] >= fromX) out.accept(k);
        }
    }

    public int size() {
        return size;
    }

    /** The number of items standing for one event each. */
    public int singles() {
        int n = 0;
        for (int k = 0; k < size; k++) {
            if (!isCluster(k)) n++;
        }
        return n;
    }

    /** The number of items whose label is shown whole. */
    public int wholeLabels() {
        return wholeLabels;
    }

    public boolean isCluster(int item) {
        return to[item] - from[item] > 1;
    }

    /** The first event of an item, as an index into the events given. */
    public int from(int item) {
        return from[item];
    }

    /** One past the last event of an item. */
    public int to(int item) {
        return to[item];
    }

    /** The event whose title an item's label shows: its own, or its cluster's most important one. */
    public int labelEvent(int item) {
        return top[item];
    }

    public int lane(int item) {
        return lane[item];
    }

    public double left(int item) {
        return left[item];
    }

    public double right(int item) {
        return right[item];
    }

    public double markerLeft(int item) {
        return markerLeft[item];
    }

    public double markerRight(int item) {
        return markerRight[item];
    }

    public boolean labelShown(int item) {
        return !Double.isNaN(labelLeft[item]);
    }

    public double labelLeft(int item) {
        return labelLeft[item];
    }

    public double labelRight(int item) {
        return labelRight[item];
    }

    /** The item an event is drawn in: its own, or its cluster. */
    public int itemOf(int event) {
        return itemOfEvent[event];
    }
}
