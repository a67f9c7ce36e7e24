package org.missionreader.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The two passes of an {@link EventLayout}: markers into lanes (or clusters) left to right, then labels
 * into the room beside them, most important first. Works on mutable items; the layout keeps the result.
 */
final class LayoutPasses {

    /** An item while it is being laid out: one event, or a run of events in time order. */
    static final class Item {
        int from;
        int to;
        int lane;
        int top;
        double markerLeft;
        double markerRight;
        double labelLeft = Double.NaN;
        double labelRight = Double.NaN;
        boolean dead;
        boolean crowded;
        int order;

        boolean cluster() {
            return to - from > 1;
        }
    }

    private final Extent[] events;
    private final double[] labelWidths;
    private final int[] importance;
    private final double dpp;
    private final EventLayout.Settings settings;
    /** Each event's marker, in world x. */
    private final double[] markerLefts;
    private final double[] markerRights;
    private final List<Item> items = new ArrayList<>();
    private final List<TreeMap<Double, Double>> taken = new ArrayList<>();

    LayoutPasses(Extent[] events, double[] labelWidths, int[] importance, double dpp, EventLayout.Settings settings) {
        this.events = events;
        this.labelWidths = labelWidths;
        this.importance = importance;
        this.dpp = dpp;
        this.settings = settings;
        int n = events.length;
        markerLefts = new double[n];
        markerRights = new double[n];
        for (int i = 0; i < n; i++) marker(i);
        for (int l = 0; l < settings.lanes(); l++) taken.add(new TreeMap<>());
        placeMarkers();
        placeLabels();
    }

    /** The items laid out, those taken into a cluster left out. */
    List<Item> items() {
        List<Item> alive = new ArrayList<>();
        for (Item it : items) {
            if (!it.dead) alive.add(it);
        }
        return alive;
    }

    /** The marker of an event: a point's diamond, or its bar, at least {@code minBar} wide. */
    private void marker(int i) {
        Extent e = events[i];
        double x0 = e.start() / dpp;
        if (e.isPoint()) {
            markerLefts[i] = x0 - settings.markerSize() / 2;
            markerRights[i] = x0 + settings.markerSize() / 2;
            return;
        }
        double x1 = e.end() / dpp;
        if (x1 - x0 < settings.minBar()) {
            double mid = (x0 + x1) / 2;
            markerLefts[i] = mid - settings.minBar() / 2;
            markerRights[i] = mid + settings.minBar() / 2;
        } else {
            markerLefts[i] = x0;
            markerRights[i] = x1;
        }
    }

    private double titleWidth(int event) {
        return Math.min(Math.max(0, labelWidths[event]), settings.maxLabel());
    }

    /** The width an item's label would take whole: its top event's title, and "+N" for a cluster. */
    double wanted(Item it) {
        double w = titleWidth(it.top);
        if (w <= 0) return 0;
        return it.cluster() ? w + settings.suffixWidth() : w;
    }

    /** Whether an event's label, put right of its marker, would leave the row: it then goes left. */
    private boolean prefersLeft(int i) {
        double w = titleWidth(i);
        return w > 0 && markerRights[i] + settings.textGap() + w > settings.rowEnd() && markerLefts[i] - settings.textGap() - w >= settings.rowStart();
    }

    /**
     * Left to right: a marker goes into a free lane, preferring one where the label before it is not in
     * the way of it and its own label; with no free lane, it joins the item before it as a cluster.
     */
    private void placeMarkers() {
        int lanes = settings.lanes();
        double[] markerEnd = new double[lanes];
        double[] wantEnd = new double[lanes];
        Arrays.fill(markerEnd, Double.NEGATIVE_INFINITY);
        Arrays.fill(wantEnd, Double.NEGATIVE_INFINITY);
        int[] wantTop = new int[lanes];
        Item last = null;
        int[] crowd = crowding();
        for (int i = 0; i < events.length; i++) {
            if (crowd[i] > lanes && last != null && last.crowded && last.markerRight + settings.gap() > markerLefts[i]
                    && Math.max(last.markerRight, markerRights[i]) - last.markerLeft <= settings.maxClusterSpan()) {
                // More events within a marker's reach than there are lanes: one cluster, not a stack of some.
                join(last, i);
                markerEnd[last.lane] = last.markerRight;
                wantEnd[last.lane] = last.markerRight + settings.textGap() + wanted(last);
                wantTop[last.lane] = last.top;
                continue;
            }
            boolean turnLeft = prefersLeft(i);
            double wantLeft = turnLeft ? markerLefts[i] - settings.textGap() - titleWidth(i) : markerLefts[i];
            double wantRight = turnLeft || titleWidth(i) <= 0 ? markerRights[i] : markerRights[i] + settings.textGap() + titleWidth(i);
            // The free lane where the label before is not in the way; else where the least important one is,
            // and the least of it.
            int chosen = -1;
            int cutImportance = Integer.MAX_VALUE;
            double leastInTheWay = Double.POSITIVE_INFINITY;
            for (int l = 0; l < lanes; l++) {
                if (markerEnd[l] > markerLefts[i] - settings.gap()) continue;
                double inTheWay = wantEnd[l] - (wantLeft - settings.gap());
                if (inTheWay <= 0) {
                    chosen = l;
                    cutImportance = -1;
                    break;
                }
                int cut = importance[wantTop[l]];
                if (cut < cutImportance || cut == cutImportance && inTheWay < leastInTheWay) {
                    cutImportance = cut;
                    leastInTheWay = inTheWay;
                    chosen = l;
                }
            }
            // Rather than cut a more important label, a less important event joins the one just before it.
            if (chosen >= 0 && cutImportance > importance[i] && last != null && markerLefts[i] - last.markerRight < settings.markerSize() + settings.gap()
                    && Math.max(last.markerRight, markerRights[i]) - last.markerLeft <= settings.maxClusterSpan()) {
                join(last, i);
                markerEnd[last.lane] = last.markerRight;
                wantEnd[last.lane] = last.markerRight + settings.textGap() + wanted(last);
                wantTop[last.lane] = last.top;
                continue;
            }
            if (chosen >= 0) {
                last = single(i, chosen, markerLefts[i], markerRights[i]);
                last.crowded = crowd[i] > lanes;
                markerEnd[chosen] = markerRights[i];
                wantEnd[chosen] = wantRight;
                wantTop[chosen] = i;
                continue;
            }
            double joined = Math.max(last.markerRight, markerRights[i]);
            if (joined - last.markerLeft <= settings.maxClusterSpan()) {
                join(last, i);
                markerEnd[last.lane] = last.markerRight;
                wantEnd[last.lane] = last.markerRight + settings.textGap() + wanted(last);
                wantTop[last.lane] = last.top;
                continue;
            }
            // A crowd longer than a cluster may stand for: a new one starts just after the one before it.
            int l = 0;
            for (int k = 1; k < lanes; k++) {
                if (markerEnd[k] < markerEnd[l]) l = k;
            }
            double start = Math.max(markerLefts[i], markerEnd[l] + settings.gap());
            last = single(i, l, start, Math.max(markerRights[i], start + settings.clusterWidth()));
            markerEnd[l] = last.markerRight;
            wantEnd[l] = last.markerRight;
            wantTop[l] = i;
        }
        for (Item it : items) {
            put(it.lane, it.markerLeft, it.markerRight);
        }
    }

    private void join(Item item, int i) {
        item.to = i + 1;
        item.markerRight = Math.max(Math.max(item.markerRight, markerRights[i]), item.markerLeft + settings.clusterWidth());
        if (importance[i] > importance[item.top]) item.top = i;
    }

    /** For each event, how many events (itself included) lie closer to it than a marker and a gap. */
    private int[] crowding() {
        int n = events.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = events[i].start() / dpp;
        double reach = settings.markerSize() + settings.gap();
        int[] count = new int[n];
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < n; i++) {
            while (x[lo] <= x[i] - reach) lo++;
            while (hi < n && x[hi] < x[i] + reach) hi++;
            count[i] = hi - lo;
        }
        return count;
    }

    private Item single(int i, int laneIndex, double markerL, double markerR) {
        Item it = new Item();
        it.from = i;
        it.to = i + 1;
        it.top = i;
        it.lane = laneIndex;
        it.markerLeft = markerL;
        it.markerRight = markerR;
        it.order = items.size();
        items.add(it);
        return it;
    }

    private void put(int laneIndex, double l, double r) {
        taken.get(laneIndex).merge(l, r, Math::max);
    }

    /** In order of importance (then of time), each item takes the best room beside its marker. */
    private void placeLabels() {
        List<Item> order = new ArrayList<>(items);
        order.sort(Comparator.comparingInt((Item it) -> -importance[it.top]).thenComparingInt(it -> it.order));
        for (Item it : order) {
            if (it.dead) continue;
            placeLabel(it);
            int tries = 0;
            while (importance[it.top] > 0 && tries++ < 4 && shown(it) < Math.min(wanted(it), settings.readableLabel())) {
                double before = shown(it);
                Runnable undo = takeInNeighbour(it);
                if (undo == null) break;
                placeLabel(it);
                if (shown(it) <= before) {
                    // Taking the neighbour in gave the label no more room: each keeps its own marker.
                    undo.run();
                    placeLabel(it);
                    break;
                }
            }
            // A label inside its own bar takes no room the bar does not already take.
            if (!Double.isNaN(it.labelLeft) && (it.labelLeft < it.markerLeft || it.labelRight > it.markerRight)) put(it.lane, it.labelLeft, it.labelRight);
        }
    }

    private static double shown(Item it) {
        return Double.isNaN(it.labelLeft) ? 0 : it.labelRight - it.labelLeft;
    }

    /** Where the room around an item's marker ends in its lane: {start, end} of free world x. */
    private double[] room(Item it) {
        TreeMap<Double, Double> lane = taken.get(it.lane);
        Double next = lane.higherKey(it.markerLeft);
        var previous = lane.lowerEntry(it.markerLeft);
        double roomEnd = Math.min(next == null ? Double.POSITIVE_INFINITY : next - settings.gap(), settings.rowEnd());
        double roomStart = Math.max(previous == null ? Double.NEGATIVE_INFINITY : previous.getValue() + settings.gap(), settings.rowStart());
        return new double[] {roomStart, roomEnd};
    }

    private void placeLabel(Item it) {
        it.labelLeft = Double.NaN;
        it.labelRight = Double.NaN;
        double w = wanted(it);
        if (w <= 0) return;
        // A long bar holds its label, if whole; shortened, only where there is less room outside.
        double inside = !it.cluster() && !events[it.from].isPoint() && it.markerRight - it.markerLeft >= settings.labelInsideBar()
                ? Math.min(w, it.markerRight - it.markerLeft - settings.textGap()) : 0;
        if (inside >= w) {
            it.labelLeft = it.markerLeft + settings.textGap();
            it.labelRight = it.labelLeft + inside;
            return;
        }
        placeOutside(it, w);
        if (inside >= Math.min(w, settings.minLabel()) && inside > shown(it)) {
            it.labelLeft = it.markerLeft + settings.textGap();
            it.labelRight = it.labelLeft + inside;
        }
    }

    private void placeOutside(Item it, double w) {
        double[] room = room(it);
        double rightRoom = room[1] - (it.markerRight + settings.textGap());
        double leftRoom = (it.markerLeft - settings.textGap()) - room[0];
        double width;
        boolean toRight;
        if (rightRoom >= w) {
            toRight = true;
            width = w;
        } else if (leftRoom >= w) {
            toRight = false;
            width = w;
        } else {
            toRight = rightRoom >= leftRoom;
            width = Math.max(rightRoom, leftRoom);
            if (width < Math.min(w, settings.minLabel())) return;
        }
        if (toRight) {
            it.labelLeft = it.markerRight + settings.textGap();
            it.labelRight = it.labelLeft + width;
        } else {
            it.labelRight = it.markerLeft - settings.textGap();
            it.labelLeft = it.labelRight - width;
        }
    }

    /**
     * Takes into an important item's cluster the less important neighbour (in time, and next in its lane)
     * whose marker leaves its label no readable room; returns what undoes it, or null when there is none.
     */
    private Runnable takeInNeighbour(Item it) {
        TreeMap<Double, Double> lane = taken.get(it.lane);
        Item before = it.order > 0 ? aliveBefore(it.order) : null;
        Item after = aliveAfter(it.order);
        boolean canAfter = after != null && after.lane == it.lane && importance[after.top] < importance[it.top]
                && Double.valueOf(after.markerLeft).equals(lane.higherKey(it.markerLeft)) && after.markerRight - it.markerLeft <= settings.maxClusterSpan();
        boolean canBefore = before != null && before.lane == it.lane && importance[before.top] < importance[it.top]
                && Double.valueOf(before.markerLeft).equals(lane.lowerKey(it.markerLeft)) && it.markerRight - before.markerLeft <= settings.maxClusterSpan();
        if (!canAfter && !canBefore) return null;
        // The side with more room beyond the neighbour.
        double gainAfter = canAfter ? beyond(lane, after, true) : Double.NEGATIVE_INFINITY;
        double gainBefore = canBefore ? beyond(lane, before, false) : Double.NEGATIVE_INFINITY;
        Item taken = gainAfter >= gainBefore ? after : before;
        int oldFrom = it.from;
        int oldTo = it.to;
        double oldL = it.markerLeft;
        double oldR = it.markerRight;
        lane.remove(taken.markerLeft);
        lane.remove(it.markerLeft);
        it.from = Math.min(it.from, taken.from);
        it.to = Math.max(it.to, taken.to);
        it.markerLeft = Math.min(it.markerLeft, taken.markerLeft);
        // Wide enough for a badge where the lane leaves room for it.
        Double next = lane.higherKey(it.markerLeft);
        double room = next == null ? Double.POSITIVE_INFINITY : next - settings.gap();
        it.markerRight = Math.max(Math.max(it.markerRight, taken.markerRight), Math.min(it.markerLeft + settings.clusterWidth(), room));
        taken.dead = true;
        put(it.lane, it.markerLeft, it.markerRight);
        return () -> {
            lane.remove(it.markerLeft);
            it.from = oldFrom;
            it.to = oldTo;
            it.markerLeft = oldL;
            it.markerRight = oldR;
            taken.dead = false;
            put(it.lane, it.markerLeft, it.markerRight);
            put(taken.lane, taken.markerLeft, taken.markerRight);
        };
    }

    /** The free room past a neighbour, on the side away from the item. */
    private double beyond(TreeMap<Double, Double> lane, Item neighbour, boolean after) {
        if (after) {
            Double next = lane.higherKey(neighbour.markerLeft);
            return Math.min(next == null ? Double.POSITIVE_INFINITY : next, settings.rowEnd()) - neighbour.markerLeft;
        }
        var previous = lane.lowerEntry(neighbour.markerLeft);
        return neighbour.markerRight - Math.max(previous == null ? Double.NEGATIVE_INFINITY : previous.getValue(), settings.rowStart());
    }

    private Item aliveBefore(int order) {
        for (int k = order - 1; k >= 0; k--) {
            if (!items.get(k).dead) return items.get(k);
        }
        return null;
    }

    private Item aliveAfter(int order) {
        for (int k = order + 1; k < items.size(); k++) {
            if (!items.get(k).dead) return items.get(k);
        }
        return null;
    }
}
