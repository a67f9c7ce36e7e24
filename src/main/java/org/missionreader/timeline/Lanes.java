package org.missionreader.timeline;

import java.util.Arrays;

/**
 * Stacks labelled items into lanes so that no two labels overlap. Items are taken left to right; each goes
 * into the first lane with room for its whole label. Failing that, it takes the lane where the previous
 * label can best be shortened to make room (keeping at least {@code minLabel} pixels of it). Failing that
 * too, the item keeps only its marker, and its title lives in its tooltip.
 */
public final class Lanes {

    /** Where an item goes, and where its label ends ({@code NaN} when the label is hidden). */
    public record Placement(int lane, double labelRight) {
        public boolean labelShown() {
            return !Double.isNaN(labelRight);
        }
    }

    /** An item's extent: its left edge, the right edge of its label, and of its marker alone. */
    public record Item(double left, double labelRight, double markerRight, boolean shortenable) {
    }

    private Lanes() {
    }

    /** Places items given in order of their left edges. */
    public static Placement[] assign(Item[] items, int maxLanes, double gap, double minLabel) {
        int lanes = Math.max(1, maxLanes);
        double[] laneEnd = new double[lanes];
        int[] lastItem = new int[lanes];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        Arrays.fill(lastItem, -1);
        Placement[] placements = new Placement[items.length];
        for (int i = 0; i < items.length; i++) {
            Item item = items[i];
            int lane = firstLaneEndingBy(laneEnd, item.left() - gap);
            if (lane < 0) {
                lane = laneToShorten(items, placements, lastItem, item.left() - gap, minLabel);
                if (lane >= 0) {
                    Placement previous = placements[lastItem[lane]];
                    placements[lastItem[lane]] = new Placement(previous.lane(), item.left() - gap);
                }
            }
            if (lane >= 0) {
                placements[i] = new Placement(lane, item.labelRight());
                laneEnd[lane] = item.labelRight();
                lastItem[lane] = i;
                continue;
            }
            lane = firstLaneEndingBy(laneEnd, item.left());
            if (lane < 0) {
                lane = 0;
                for (int l = 1; l < lanes; l++) {
                    if (laneEnd[l] < laneEnd[lane]) lane = l;
                }
            }
            placements[i] = new Placement(lane, Double.NaN);
            laneEnd[lane] = Math.max(laneEnd[lane], item.markerRight());
            lastItem[lane] = i;
        }
        return placements;
    }

    private static int firstLaneEndingBy(double[] laneEnd, double limit) {
        for (int lane = 0; lane < laneEnd.length; lane++) {
            if (laneEnd[lane] <= limit) return lane;
        }
        return -1;
    }

    /** The lane whose last label, cut to end at {@code limit}, keeps the most room (at least minLabel). */
    private static int laneToShorten(Item[] items, Placement[] placements, int[] lastItem, double limit, double minLabel) {
        int best = -1;
        double bestRoom = minLabel;
        for (int lane = 0; lane < lastItem.length; lane++) {
            int last = lastItem[lane];
            if (last < 0 || !items[last].shortenable() || !placements[last].labelShown()) continue;
            double room = limit - items[last].left();
            if (room >= bestRoom) {
                best = lane;
                bestRoom = room;
            }
        }
        return best;
    }
}
