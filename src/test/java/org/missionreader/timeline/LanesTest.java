package org.missionreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanesTest {

    private static Lanes.Item point(double x, double label) {
        return new Lanes.Item(x - 6, x + 6 + 4 + label, x + 6, true);
    }

    @Test
    void itemsWithRoomShareTheFirstLane() {
        Lanes.Placement[] p = Lanes.assign(new Lanes.Item[] {point(0, 100), point(200, 100)}, 3, 8, 60);
        assertEquals(0, p[0].lane());
        assertEquals(0, p[1].lane());
        assertTrue(p[0].labelShown() && p[1].labelShown());
    }

    @Test
    void closeItemsStackInLanes() {
        Lanes.Placement[] p = Lanes.assign(new Lanes.Item[] {point(0, 200), point(20, 200), point(40, 200)}, 3, 8, 60);
        assertEquals(0, p[0].lane());
        assertEquals(1, p[1].lane());
        assertEquals(2, p[2].lane());
    }

    @Test
    void aLabelIsShortenedToMakeRoomWhenTheLanesAreFull() {
        Lanes.Placement[] p = Lanes.assign(new Lanes.Item[] {point(0, 200), point(100, 200)}, 1, 8, 60);
        assertEquals(0, p[1].lane());
        assertEquals(100 - 6 - 8, p[0].labelRight(), 1e-9); // cut to end a gap before the next item
    }

    @Test
    void aLabelIsGivenUpWhenItCannotKeepItsMinimum() {
        Lanes.Placement[] p = Lanes.assign(new Lanes.Item[] {point(0, 200), point(30, 200)}, 1, 8, 60);
        assertFalse(p[0].labelShown());
        assertEquals(0, p[1].lane());
        assertTrue(p[1].labelShown());
    }

    @Test
    void anItemWithNoRoomForItsMarkerOverflows() {
        Lanes.Placement[] p = Lanes.assign(new Lanes.Item[] {point(0, 200), point(4, 200)}, 1, 8, 60);
        assertFalse(p[1].placed());
        Lanes.Placement[] forced = Lanes.assign(new Lanes.Item[] {point(0, 200), point(4, 200)}, 1, 8, 60, true);
        assertEquals(0, forced[1].lane());
    }

    @Test
    void aBarIsNeverShortenedUnderItsOwnLength() {
        Lanes.Item bar = new Lanes.Item(0, 300, 250, true);
        Lanes.Placement[] p = Lanes.assign(new Lanes.Item[] {bar, point(100, 50)}, 2, 8, 60);
        assertEquals(1, p[1].lane());
        assertEquals(300, p[0].labelRight(), 1e-9);
    }

    @Test
    void placedItemsNeverOverlapInALane() {
        Random random = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(60);
            Lanes.Item[] items = new Lanes.Item[n];
            double[] xs = random.doubles(n, 0, 1500).sorted().toArray();
            for (int i = 0; i < n; i++) items[i] = point(xs[i], random.nextDouble() * 250);
            int lanes = 1 + random.nextInt(6);
            Lanes.Placement[] p = Lanes.assign(items, lanes, 8, 60);
            double[] laneEnd = new double[lanes];
            Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                if (!p[i].placed()) continue;
                assertTrue(items[i].left() >= laneEnd[p[i].lane()], "trial " + trial + " item " + i);
                laneEnd[p[i].lane()] = p[i].labelShown() ? p[i].labelRight() : items[i].markerRight();
            }
            // Ends are checked with each item's final label: shortened labels end before the next item.
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!p[i].placed() || !p[j].placed() || p[i].lane() != p[j].lane()) continue;
                    double endI = p[i].labelShown() ? p[i].labelRight() : items[i].markerRight();
                    assertTrue(endI <= items[j].left(), "overlap in trial " + trial);
                }
            }
        }
    }
}
