package org.missionreader.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stacks labelled items into lanes so that no two overlap. Items are taken left to right; each goes into
 * the first lane with room for its whole label. Failing that, it takes the lane where the previous label
 * can best be shortened to make room (keeping at least {@code minLabel} pixels of it); then a lane with
 * room for its marker alone (its title then lives in its tooltip); then a lane whose previous item gives
 * up its label. An item that finds no room at all is left out ({@link Placement#OVERFLOW}): the caller
 * gathers such items into clusters. Forced, it goes instead into the lane that ends first, marker only.
 */
public final class Lanes {

    /** Where an item goes, and where its label ends ({@code NaN} when the label is hidden). */
    public record Placement(int lane, double labelRight) {
        /** The lane of an item that found no room. */
        public static final int OVERFLOW = -1;

        public boolean labelShown() {
            return !Double.isNaN(labelRight);
        }

        public boolean placed() {
            return lane != OVERFLOW;
        }
    }

    /** An item's extent: its left edge, the right edge of its label, and of its marker alone. */
    public record Item(double left, double labelRight, double markerRight, boolean shortenable) {
    }

    private Lanes() {
    }

    /** Places items given in order of their left edges; never overlapping, some perhaps left out. */
    public static Placement[] assign(Item[] items, int maxLanes, double gap, double minLabel) {
        return assign(items, maxLanes, gap, minLabel, false);
    }

    /** As {@link #assign(Item[], int, double, double)}; with {@code force}, no item is left out. */
    public static Placement[] assign(Item[] items, int maxLanes, double gap, double minLabel, boolean force) {
        Packer packer = new Packer(maxLanes, gap, minLabel);
        int[] index = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            index[i] = force ? packer.force(items[i]) : packer.place(items[i]);
        }
        Placement[] out = new Placement[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = index[i] < 0 ? new Placement(Placement.OVERFLOW, Double.NaN) : packer.placement(index[i]);
        }
        return out;
    }

    /**
     * Places items one at a time, with snapshots to go back to: a caller can try a group of items and,
     * if one does not fit, restore the lanes and try something else (a cluster) in their place.
     */
    static final class Packer {
        private final double gap;
        private final double minLabel;
        private final double[] laneEnd;
        private final int[] lastItem;
        private final List<Item> items = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();

        /** The lanes as they were: only each lane's last item can have changed since (shortened or hidden). */
        record Snapshot(double[] laneEnd, int[] lastItem, Placement[] lastPlacements, int size) {
        }

        Packer(int lanes, double gap, double minLabel) {
            this.gap = gap;
            this.minLabel = minLabel;
            laneEnd = new double[Math.max(1, lanes)];
            lastItem = new int[laneEnd.length];
            Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
            Arrays.fill(lastItem, -1);
        }

        Placement placement(int index) {
            return placements.get(index);
        }

        int size() {
            return placements.size();
        }

        Snapshot snapshot() {
            Placement[] last = new Placement[lastItem.length];
            for (int lane = 0; lane < last.length; lane++) {
                last[lane] = lastItem[lane] < 0 ? null : placements.get(lastItem[lane]);
            }
            return new Snapshot(laneEnd.clone(), lastItem.clone(), last, placements.size());
        }

        void restore(Snapshot s) {
            System.arraycopy(s.laneEnd(), 0, laneEnd, 0, laneEnd.length);
            System.arraycopy(s.lastItem(), 0, lastItem, 0, lastItem.length);
            items.subList(s.size(), items.size()).clear();
            placements.subList(s.size(), placements.size()).clear();
            for (int lane = 0; lane < lastItem.length; lane++) {
                if (lastItem[lane] >= 0) placements.set(lastItem[lane], s.lastPlacements()[lane]);
            }
        }

        /** Places an item and returns its index, or -1 (changing nothing) when it finds no room. */
        int place(Item item) {
            int lane = firstLaneEndingBy(item.left() - gap);
            if (lane < 0) {
                lane = laneToShorten(item.left() - gap);
                if (lane >= 0) {
                    Placement previous = placements.get(lastItem[lane]);
                    placements.set(lastItem[lane], new Placement(previous.lane(), item.left() - gap));
                }
            }
            if (lane < 0) {
                lane = laneGivingUpLabel(item.left() - gap);
                if (lane >= 0) {
                    placements.set(lastItem[lane], new Placement(lane, Double.NaN));
                }
            }
            if (lane >= 0) {
                return add(item, lane, item.labelRight(), item.labelRight());
            }
            lane = firstLaneEndingBy(item.left());
            return lane < 0 ? -1 : add(item, lane, Double.NaN, Math.max(laneEnd[lane], item.markerRight()));
        }

        /** The most room any lane leaves before {@code right}, a gap after its last item. */
        double roomBefore(double right) {
            double end = Double.POSITIVE_INFINITY;
            for (double e : laneEnd) end = Math.min(end, e);
            return right - end - gap;
        }

        /** Places an item even without room: marker only, in the lane that ends first. */
        int force(Item item) {
            int placed = place(item);
            if (placed >= 0) {
                return placed;
            }
            int lane = 0;
            for (int l = 1; l < laneEnd.length; l++) {
                if (laneEnd[l] < laneEnd[lane]) lane = l;
            }
            return add(item, lane, Double.NaN, Math.max(laneEnd[lane], item.markerRight()));
        }

        private int add(Item item, int lane, double labelRight, double end) {
            items.add(item);
            placements.add(new Placement(lane, labelRight));
            laneEnd[lane] = end;
            lastItem[lane] = placements.size() - 1;
            return lastItem[lane];
        }

        private int firstLaneEndingBy(double limit) {
            for (int lane = 0; lane < laneEnd.length; lane++) {
                if (laneEnd[lane] <= limit) return lane;
            }
            return -1;
        }

        /** The lane whose last label, cut to end at {@code limit}, keeps the most room (at least minLabel). */
        private int laneToShorten(double limit) {
            int best = -1;
            double bestRoom = minLabel;
            for (int lane = 0; lane < lastItem.length; lane++) {
                int last = lastItem[lane];
                if (last < 0 || !items.get(last).shortenable() || !placements.get(last).labelShown()
                        || items.get(last).markerRight() > limit) continue;
                double room = limit - items.get(last).left();
                if (room >= bestRoom) {
                    best = lane;
                    bestRoom = room;
                }
            }
            return best;
        }

        /** A lane whose last item, without its label, would end by {@code limit}. */
        private int laneGivingUpLabel(double limit) {
            for (int lane = 0; lane < lastItem.length; lane++) {
                int last = lastItem[lane];
                if (last >= 0 && items.get(last).shortenable() && placements.get(last).labelShown()
                        && items.get(last).markerRight() <= limit) {
                    return lane;
                }
            }
            return -1;
        }
    }
}
