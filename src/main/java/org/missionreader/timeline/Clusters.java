package org.missionreader.timeline;

import java.util.Arrays;

/**
 * The cells in which events are counted to decide where they are too dense to read. Positions are cut
 * into cells of a fixed width counted from day zero, so the cells, and with them the clusters, stay put
 * while the view pans. A cell holding more events than there are lanes becomes a cluster; so does one
 * whose events find no room in the lanes, alone or together with the unit just before it, as long as a
 * cluster covers at most {@link #MAX_CELLS} cells, so it never stands for a long stretch of time.
 */
public final class Clusters {

    /** The most cells one cluster may cover. */
    public static final int MAX_CELLS = 4;

    private final long[] cellId;
    private final int[] cellFrom;
    private final int[] cellTo;

    /** The cells of positions given in increasing order. */
    public Clusters(double[] x, double cellWidth) {
        int n = x.length;
        long[] ids = new long[n];
        int[] from = new int[n];
        int[] to = new int[n];
        int cells = 0;
        for (int i = 0; i < n; i++) {
            long id = (long) Math.floor(x[i] / cellWidth);
            if (cells == 0 || ids[cells - 1] != id) {
                ids[cells] = id;
                from[cells] = i;
                cells++;
            }
            to[cells - 1] = i + 1;
        }
        cellId = Arrays.copyOf(ids, cells);
        cellFrom = Arrays.copyOf(from, cells);
        cellTo = Arrays.copyOf(to, cells);
    }

    /** The number of non-empty cells. */
    public int cells() {
        return cellId.length;
    }

    /** Which cell of the whole axis this is: the same cell keeps its number however the view pans. */
    public long cellId(int cell) {
        return cellId[cell];
    }

    /** The first position in a cell, as an index into the positions given. */
    public int from(int cell) {
        return cellFrom[cell];
    }

    /** One past the last position in a cell. */
    public int to(int cell) {
        return cellTo[cell];
    }

    public int count(int cell) {
        return cellTo[cell] - cellFrom[cell];
    }

    /** Whether a cell holds too many events to show them one by one in the lanes. */
    public boolean dense(int cell, int lanes) {
        return count(cell) > lanes;
    }

    /** Whether a cluster running from cell {@code first} may take in cell {@code next}. */
    public boolean canExtend(int first, int last, int next) {
        return next == last + 1 && cellId[next] == cellId[last] + 1 && cellId[next] - cellId[first] < MAX_CELLS;
    }
}
