package org.missionreader.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Lays out events at one zoom level: each becomes a marker (a point, or a bar over the days it may
 * cover) with its label, stacked in lanes so nothing overlaps, or part of a cluster where they are too
 * dense. Positions are "world" pixels, a day's number divided by the days per pixel, so the layout does
 * not depend on where the view is: panning only shifts it, and only zooming computes it again.
 * Items are kept in order of their left edges, so the visible ones are found by a binary search.
 */
public final class EventLayout {

    /** Items wider than this are looked up apart, so that the search window for the rest stays narrow. */
    private static final double LONG_EXTENT = 512;

    /**
     * Sizes in pixels: {@code lanes} available; a point {@code markerSize} wide; clusters cut in cells of
     * {@code cellWidth} and drawn {@code clusterWidth} wide; {@code gap} between items, {@code textGap}
     * between marker and label; labels kept at least {@code minLabel} (with the marker) when shortened and
     * at most {@code maxLabel}; bars at least {@code minBar} wide, holding their label once
     * {@code labelInsideBar} wide; labels that would run past world x {@code flipAfter} go left of their
     * marker.
     */
    public record Settings(int lanes, double markerSize, double cellWidth, double clusterWidth, double gap,
                           double textGap, double minLabel, double maxLabel, double minBar, double labelInsideBar,
                           double flipAfter) {
        public Settings {
            if (lanes < 1 || !(cellWidth > 0) || clusterWidth + gap > cellWidth + 1e-9) {
                throw new IllegalArgumentException("lanes " + lanes + ", cell " + cellWidth + ", cluster " + clusterWidth);
            }
        }
    }

    private final int size;
    private final int[] from;
    private final int[] to;
    private final int[] lane;
    private final boolean[] cluster;
    private final double[] left;
    private final double[] right;
    private final double[] markerLeft;
    private final double[] markerRight;
    private final double[] labelLeft;
    private final double[] labelRight;
    private final int[] itemOfEvent;
    private final int[] longItems;
    private final double maxShortExtent;

    /** One thing to place: a single event (to = from + 1) or a cluster of consecutive events. */
    private record Piece(int from, int to, boolean cluster, double left, double markerLeft, double markerRight,
                         double labelLeft, double labelRight, boolean labelled, boolean flipped) {
        Lanes.Item item() {
            double right = flipped ? markerRight : Math.max(markerRight, labelRight);
            return new Lanes.Item(left, right, markerRight, labelled && !flipped);
        }
    }

    /** The cells last placed together, and the lanes as they were before them, to go back to. */
    private record Unit(int firstCell, int lastCell, Lanes.Packer.Snapshot before) {
    }

    /**
     * Lays out events given in order of their start, with the width of each one's label, at a zoom of
     * {@code daysPerPixel}.
     */
    public static EventLayout compute(Extent[] events, double[] labelWidths, double daysPerPixel, Settings s) {
        return new EventLayout(events, labelWidths, daysPerPixel, s);
    }

    private final Extent[] events;
    private final double[] labelWidths;
    private final double dpp;
    private final Settings s;
    private final double[] x;
    private final Clusters cells;
    private final Lanes.Packer packer;
    private final List<Piece> placed = new ArrayList<>();

    private EventLayout(Extent[] events, double[] labelWidths, double dpp, Settings s) {
        this.events = events;
        this.labelWidths = labelWidths;
        this.dpp = dpp;
        this.s = s;
        int n = events.length;
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = events[i].start() / dpp;
        }
        cells = new Clusters(x, s.cellWidth());
        packer = new Lanes.Packer(s.lanes(), s.gap(), s.minLabel());
        placeAll();

        // Kept in order of left edges, so that visible items are found by a binary search.
        Integer[] order = new Integer[placed.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        Arrays.sort(order, Comparator.comparingDouble(k -> placed.get(k).left()));
        size = order.length;
        from = new int[size];
        to = new int[size];
        lane = new int[size];
        cluster = new boolean[size];
        left = new double[size];
        right = new double[size];
        markerLeft = new double[size];
        markerRight = new double[size];
        labelLeft = new double[size];
        labelRight = new double[size];
        itemOfEvent = new int[n];
        List<Integer> longOnes = new ArrayList<>();
        double maxShort = 0;
        for (int k = 0; k < size; k++) {
            Piece p = placed.get(order[k]);
            Lanes.Placement pl = packer.placement(order[k]);
            from[k] = p.from();
            to[k] = p.to();
            lane[k] = pl.lane();
            cluster[k] = p.cluster();
            markerLeft[k] = p.markerLeft();
            markerRight[k] = p.markerRight();
            boolean shown = pl.labelShown() && p.labelled();
            labelLeft[k] = shown ? p.labelLeft() : Double.NaN;
            labelRight[k] = shown ? (p.flipped() ? p.labelRight() : Math.min(pl.labelRight(), p.labelRight())) : Double.NaN;
            left[k] = shown ? Math.min(p.markerLeft(), p.labelLeft()) : p.markerLeft();
            right[k] = shown ? Math.max(p.markerRight(), labelRight[k]) : p.markerRight();
            for (int e = p.from(); e < p.to(); e++) itemOfEvent[e] = k;
            double extent = right[k] - left[k];
            if (extent > LONG_EXTENT) longOnes.add(k);
            else maxShort = Math.max(maxShort, extent);
        }
        longItems = longOnes.stream().mapToInt(Integer::intValue).toArray();
        maxShortExtent = maxShort;
    }

    /**
     * One pass over the cells, left to right: a cell's events go in one by one if they all find room; if
     * not, the cell becomes a cluster; if even that has no room, it joins the unit before it in one cluster;
     * only as a last resort is anything placed over another.
     */
    private void placeAll() {
        Unit last = null;
        for (int c = 0; c < cells.cells(); c++) {
            Lanes.Packer.Snapshot before = packer.snapshot();
            if (!cells.dense(c, s.lanes()) && placeSingles(c)) {
                last = new Unit(c, c, before);
                continue;
            }
            undo(before);
            if (cells.count(c) >= 2 && placeCluster(c, c, false)) {
                last = new Unit(c, c, before);
                continue;
            }
            undo(before);
            if (last != null && cells.canExtend(last.firstCell(), last.lastCell(), c)) {
                undo(last.before());
                boolean fits = placeCluster(last.firstCell(), c, false);
                if (!fits) {
                    undo(last.before());
                    placeCluster(last.firstCell(), c, true);
                }
                last = new Unit(last.firstCell(), c, last.before());
                continue;
            }
            if (cells.count(c) >= 2) {
                placeCluster(c, c, true);
            } else {
                Piece p = single(cells.from(c), true);
                packer.force(p.item());
                placed.add(p);
            }
            last = new Unit(c, c, before);
        }
    }

    private void undo(Lanes.Packer.Snapshot snapshot) {
        packer.restore(snapshot);
        placed.subList(snapshot.size(), placed.size()).clear();
    }

    private boolean placeSingles(int c) {
        List<Piece> pieces = new ArrayList<>(cells.count(c));
        for (int i = cells.from(c); i < cells.to(c); i++) pieces.add(single(i, false));
        pieces.sort(Comparator.comparingDouble(Piece::left));
        for (Piece p : pieces) {
            if (packer.place(p.item()) >= 0) {
                placed.add(p);
                continue;
            }
            Piece other = p.flipped() ? fallback(p) : null;
            if (other != null && packer.place(other.item()) < 0) {
                // No room for a shortened label either: the marker alone, the title in its tooltip.
                other = new Piece(p.from(), p.to(), false, p.markerLeft(), p.markerLeft(), p.markerRight(),
                        p.markerRight(), p.markerRight(), false, false);
                if (packer.place(other.item()) < 0) {
                    other = single(p.from(), true);
                    if (packer.place(other.item()) < 0) other = null;
                }
            }
            if (other == null) {
                return false;
            }
            placed.add(other);
        }
        return true;
    }

    private boolean placeCluster(int first, int last, boolean force) {
        Piece p = cluster(first, last);
        int index = force ? packer.force(p.item()) : packer.place(p.item());
        if (index < 0) {
            return false;
        }
        placed.add(p);
        return true;
    }

    /**
     * A label turned left to stay inside the data that finds no room there: shortened to the room left,
     * if a readable part fits; else (see the caller) the marker alone, or the label turned right after all,
     * rather than have its event clustered.
     */
    private Piece fallback(Piece flipped) {
        double right = flipped.labelRight();
        double room = Math.min(packer.roomBefore(right), flipped.labelRight() - flipped.labelLeft());
        if (room >= s.minLabel() - s.markerSize()) {
            return new Piece(flipped.from(), flipped.to(), false, right - room, flipped.markerLeft(), flipped.markerRight(),
                    right - room, right, true, true);
        }
        return new Piece(flipped.from(), flipped.to(), false, flipped.markerLeft(), flipped.markerLeft(), flipped.markerRight(),
                flipped.markerRight(), flipped.markerRight(), false, false);
    }

    private Piece single(int i, boolean noFlip) {
        Extent e = events[i];
        double x0 = x[i];
        double mL;
        double mR;
        if (e.isPoint()) {
            mL = x0 - s.markerSize() / 2;
            mR = x0 + s.markerSize() / 2;
        } else {
            double x1 = e.end() / dpp;
            if (x1 - x0 < s.minBar()) {
                double mid = (x0 + x1) / 2;
                mL = mid - s.minBar() / 2;
                mR = mid + s.minBar() / 2;
            } else {
                mL = x0;
                mR = x1;
            }
        }
        double w = Math.min(Math.max(0, labelWidths[i]), s.maxLabel());
        if (w <= 0) {
            return new Piece(i, i + 1, false, mL, mL, mR, mR, mR, false, false);
        }
        boolean inside = !e.isPoint() && mR - mL >= s.labelInsideBar();
        double lL = inside ? mL + s.textGap() : mR + s.textGap();
        double lR = inside ? Math.max(mR, lL + w) : lL + w;
        if (e.isPoint() && !noFlip && lR > s.flipAfter()) {
            double fR = mL - s.textGap();
            return new Piece(i, i + 1, false, fR - w, mL, mR, fR - w, fR, true, true);
        }
        return new Piece(i, i + 1, false, mL, mL, mR, lL, lR, true, false);
    }

    /** A cluster's badge sits at the mean of its events, kept inside its own cells so clusters never touch. */
    private Piece cluster(int firstCell, int lastCell) {
        int first = cells.from(firstCell);
        int end = cells.to(lastCell);
        double sum = 0;
        for (int i = first; i < end; i++) sum += x[i];
        double mean = sum / (end - first);
        double cellsLeft = cells.cellId(firstCell) * s.cellWidth();
        double cellsRight = (cells.cellId(lastCell) + 1) * s.cellWidth() - s.gap();
        double bw = s.clusterWidth();
        double l = Math.max(cellsLeft, Math.min(mean - bw / 2, cellsRight - bw));
        return new Piece(first, end, true, l, l, l + bw, l + bw, l + bw, false, false);
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

    public boolean isCluster(int item) {
        return cluster[item];
    }

    /** The first event of an item, as an index into the events given. */
    public int from(int item) {
        return from[item];
    }

    /** One past the last event of an item. */
    public int to(int item) {
        return to[item];
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
