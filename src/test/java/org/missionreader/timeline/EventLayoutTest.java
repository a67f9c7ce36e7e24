package org.missionreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventLayoutTest {

    private static final EventLayout.Settings SETTINGS =
            new EventLayout.Settings(4, 12, 36, 30, 6, 4, 60, 300, 6, 48, Double.POSITIVE_INFINITY);

    private static Extent point(double day) {
        return new Extent(day, day, Extent.Kind.POINT);
    }

    private static double[] widths(int n, double w) {
        double[] widths = new double[n];
        Arrays.fill(widths, w);
        return widths;
    }

    @Test
    void sparseEventsAreEachShownWithTheirLabel() {
        Extent[] events = {point(100), point(300), point(500)};
        EventLayout layout = EventLayout.compute(events, widths(3, 80), 1, SETTINGS);
        assertEquals(3, layout.size());
        for (int k = 0; k < 3; k++) {
            assertFalse(layout.isCluster(k));
            assertTrue(layout.labelShown(k));
            assertEquals(0, layout.lane(k));
        }
        assertEquals(100 - 6, layout.markerLeft(0), 1e-9);
        assertEquals(100 + 6 + 4, layout.labelLeft(0), 1e-9);
    }

    @Test
    void tooManyEventsInACellBecomeOneClusterWithTheirCount() {
        List<Extent> list = new ArrayList<>();
        for (int i = 0; i < 9; i++) list.add(point(720 + i)); // nine events within 9 px, four lanes
        list.add(point(2000));
        EventLayout layout = EventLayout.compute(list.toArray(Extent[]::new), widths(10, 80), 1, SETTINGS);
        assertEquals(2, layout.size());
        assertTrue(layout.isCluster(0));
        assertEquals(9, layout.to(0) - layout.from(0));
        assertFalse(layout.isCluster(1));
        assertEquals(0, layout.itemOf(4));
        assertEquals(1, layout.itemOf(9));
    }

    @Test
    void zoomingInOpensACluster() {
        Extent[] events = new Extent[9];
        for (int i = 0; i < 9; i++) events[i] = point(720 + i);
        EventLayout far = EventLayout.compute(events, widths(9, 80), 1, SETTINGS);
        EventLayout near = EventLayout.compute(events, widths(9, 80), 1.0 / 64, SETTINGS);
        assertEquals(1, far.size());
        assertEquals(9, near.size());
        for (int k = 0; k < 9; k++) assertFalse(near.isCluster(k));
    }

    @Test
    void everyEventIsDrawnOnceAndNothingOverlapsInALane() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(400);
            double[] days = random.doubles(n, 0, 3650).sorted().toArray();
            Extent[] events = new Extent[n];
            for (int i = 0; i < n; i++) {
                events[i] = random.nextInt(10) == 0 ? new Extent(days[i], days[i] + 30, Extent.Kind.MONTH) : point(days[i]);
            }
            double[] labels = random.doubles(n, 20, 300).toArray();
            double dpp = Math.exp(random.nextDouble() * Math.log(10)) / 4;
            EventLayout layout = EventLayout.compute(events, labels, dpp, SETTINGS);
            int drawn = 0;
            for (int k = 0; k < layout.size(); k++) {
                drawn += layout.to(k) - layout.from(k);
                for (int e = layout.from(k); e < layout.to(k); e++) assertEquals(k, layout.itemOf(e));
                assertTrue(layout.lane(k) >= 0 && layout.lane(k) < SETTINGS.lanes());
            }
            assertEquals(n, drawn);
            assertNoOverlapExceptForcedBars(layout, events);
        }
    }

    /** Points and clusters never overlap; only a month bar may, as a last resort, be forced over one. */
    private static void assertNoOverlapExceptForcedBars(EventLayout layout, Extent[] events) {
        for (int a = 0; a < layout.size(); a++) {
            for (int b = a + 1; b < layout.size(); b++) {
                if (layout.lane(a) != layout.lane(b)) continue;
                boolean overlap = layout.left(b) < layout.right(a) && layout.left(a) < layout.right(b);
                boolean bars = !layout.isCluster(a) && !events[layout.from(a)].isPoint()
                        || !layout.isCluster(b) && !events[layout.from(b)].isPoint();
                assertTrue(!overlap || bars, () -> "items overlap in a lane");
            }
        }
    }

    @Test
    void pointsAloneNeverOverlap() {
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(500);
            double[] days = random.doubles(n, 0, 1000).sorted().toArray();
            Extent[] events = Arrays.stream(days).mapToObj(EventLayoutTest::point).toArray(Extent[]::new);
            EventLayout layout = EventLayout.compute(events, random.doubles(n, 0, 300).toArray(), 0.5, SETTINGS);
            for (int a = 0; a < layout.size(); a++) {
                for (int b = a + 1; b < layout.size(); b++) {
                    if (layout.lane(a) != layout.lane(b)) continue;
                    assertTrue(layout.left(b) >= layout.right(a) || layout.left(a) >= layout.right(b),
                            "trial " + trial + ": " + a + " and " + b);
                }
            }
        }
    }

    @Test
    void theLayoutDoesNotDependOnTheViewSoPanningMovesNothing() {
        Extent[] events = new Extent[200];
        for (int i = 0; i < 200; i++) events[i] = point(1000 + i * 3.7);
        EventLayout layout = EventLayout.compute(events, widths(200, 120), 0.25, SETTINGS);
        // Items reaching into a window are exactly those whose extent meets it, wherever the window is.
        for (double from = 3000; from < 8000; from += 333) {
            List<Integer> found = new ArrayList<>();
            double to = from + 1280;
            layout.visible(from, to, found::add);
            for (int k = 0; k < layout.size(); k++) {
                boolean meets = layout.right(k) >= from && layout.left(k) <= to;
                assertEquals(meets, found.contains(k), "window at " + from + ", item " + k);
            }
        }
    }

    @Test
    void aMonthOnlyEventSpansItsMonthAndCarriesItsLabelInside() {
        Extent march = new Extent(16495, 16526, Extent.Kind.MONTH);
        EventLayout layout = EventLayout.compute(new Extent[] {march}, widths(1, 80), 1.0 / 4, SETTINGS);
        assertEquals(16495 * 4, layout.markerLeft(0), 1e-6);
        assertEquals(16526 * 4, layout.markerRight(0), 1e-6);
        assertEquals(16495 * 4 + 4, layout.labelLeft(0), 1e-6);
        // Zoomed out, the month is narrower than a marker: drawn at the smallest bar width, around its middle.
        EventLayout far = EventLayout.compute(new Extent[] {march}, widths(1, 80), 10, SETTINGS);
        assertEquals(6, far.markerRight(0) - far.markerLeft(0), 1e-9);
        assertEquals((16495 + 16526) / 20.0, (far.markerLeft(0) + far.markerRight(0)) / 2, 1e-9);
    }

    @Test
    void labelsPastTheEndOfTheDataGoLeftOfTheirMarker() {
        EventLayout.Settings flipAt1000 = new EventLayout.Settings(4, 12, 36, 30, 6, 4, 60, 300, 6, 48, 1000);
        EventLayout layout = EventLayout.compute(new Extent[] {point(500), point(950)}, widths(2, 100), 1, flipAt1000);
        assertEquals(500 + 10, layout.labelLeft(0), 1e-9);
        assertEquals(950 - 6 - 4, layout.labelRight(1), 1e-9);
        assertEquals(950 - 6 - 4 - 100, layout.labelLeft(1), 1e-9);
    }

    @Test
    void aTurnedLabelWithoutRoomIsShortenedOrLeftToTheTooltip() {
        EventLayout.Settings oneLane = new EventLayout.Settings(1, 12, 36, 30, 6, 4, 60, 300, 6, 48, 1000);
        // The label of the event at 990 would pass the end of the data (1000): it turns left, into the room
        // the event at 850 leaves (its label ends at 920), shortened to fit.
        EventLayout shortened = EventLayout.compute(new Extent[] {point(850), point(990)}, new double[] {60, 200}, 1, oneLane);
        assertEquals(920 + 6, shortened.labelLeft(1), 1e-9);
        assertEquals(990 - 6 - 4, shortened.labelRight(1), 1e-9);
        assertTrue(shortened.labelShown(0));
        // Closer still, not even a readable part fits: the marker alone, its title in the tooltip.
        EventLayout dropped = EventLayout.compute(new Extent[] {point(850), point(966)}, new double[] {60, 200}, 1, oneLane);
        assertFalse(dropped.labelShown(1));
        assertFalse(dropped.isCluster(1));
        assertTrue(dropped.right(1) <= 1000);
    }

    @Test
    void cellsAreCountedFromDayZeroSoTheyDoNotMoveWithTheView() {
        Clusters cells = new Clusters(new double[] {10, 20, 37, 40, 100}, 36);
        assertEquals(3, cells.cells());
        assertEquals(0, cells.cellId(0));
        assertEquals(2, cells.count(0));
        assertEquals(1, cells.cellId(1));
        assertEquals(2, cells.count(1));
        assertEquals(2, cells.cellId(2));
        assertTrue(cells.canExtend(0, 0, 1));
        assertFalse(cells.dense(0, 2));
        assertTrue(cells.dense(0, 1));
        // Shifting every position by whole cells shifts the cell numbers, not the grouping.
        Clusters shifted = new Clusters(new double[] {10 + 3600, 20 + 3600, 37 + 3600, 40 + 3600, 100 + 3600}, 36);
        assertEquals(100, shifted.cellId(0));
        assertEquals(2, shifted.count(1));
    }
}
