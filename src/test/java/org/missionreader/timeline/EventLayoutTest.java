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

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final EventLayout.Settings SETTINGS = settings(4, -INF, INF);

    /** Markers 12 px, clusters 30 to 120 px, gaps 6 and 4, labels kept from 60 px, readable from 150, at most 300. */
    private static EventLayout.Settings settings(int lanes, double rowStart, double rowEnd) {
        return EventLayout.Settings.builder()
                .lanes(lanes)
                .markerSize(12)
                .clusterWidth(30)
                .maxClusterSpan(120)
                .gap(6)
                .textGap(4)
                .minLabel(60)
                .readableLabel(150)
                .maxLabel(300)
                .suffixWidth(20)
                .minBar(6)
                .labelInsideBar(48)
                .row(rowStart, rowEnd)
                .build();
    }

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
        assertEquals(3, layout.wholeLabels());
    }

    @Test
    void tooManyEventsWithinAMarkersReachBecomeOneCluster() {
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
    void aClusterIsNamedAfterItsMostImportantEvent() {
        // One lane; the second event (a document's) is the important one of three that touch.
        Extent[] events = {point(100), point(101), point(104), point(900)};
        int[] importance = {0, Importance.OPENS_DOCUMENT, 0, 0};
        EventLayout layout = EventLayout.compute(events, widths(4, 200), importance, 1, settings(1, 0, 1000));
        int k = layout.itemOf(1);
        assertTrue(layout.isCluster(k));
        assertEquals(3, layout.to(k) - layout.from(k));
        assertEquals(1, layout.labelEvent(k));
        assertTrue(layout.labelShown(k));
        assertEquals(200 + 20, layout.labelRight(k) - layout.labelLeft(k), 1e-9, "its title whole, and room for \"+2\"");
        assertTrue(layout.labelLeft(k) > layout.markerRight(k), "right of its badge");
    }

    @Test
    void theMoreImportantLabelIsPlacedFirst() {
        // One lane: a plain event 40 px before an important one, both with long titles.
        Extent[] events = {point(100), point(140), point(600)};
        int[] importance = {0, Importance.MISSION_BOUNDARY, 0};
        EventLayout layout = EventLayout.compute(events, widths(3, 250), importance, 1, settings(1, 0, 1000));
        int important = layout.itemOf(1);
        assertFalse(layout.isCluster(important));
        assertEquals(250, layout.labelRight(important) - layout.labelLeft(important), 1e-9);
        assertTrue(layout.labelLeft(important) > 140, "right of its own marker");
        // The plain one keeps what is left: on its left, from the row's start, shortened.
        int plain = layout.itemOf(0);
        assertTrue(layout.labelShown(plain));
        assertEquals(0, layout.labelLeft(plain), 1e-9);
        assertEquals(100 - 6 - 4, layout.labelRight(plain), 1e-9);
        assertNothingOverlaps(layout);
    }

    @Test
    void anImportantEventTakesInTheNeighbourThatLeavesItNoRoom() {
        // As MINUSMA's end in one lane: a decision 60 px before the closure, the row ending 20 px after it.
        Extent[] events = {point(100), point(1180), point(1240)};
        int[] importance = {0, Importance.OPENS_DOCUMENT, Importance.MISSION_BOUNDARY + Importance.OPENS_DOCUMENT};
        EventLayout layout = EventLayout.compute(events, widths(3, 250), importance, 1, settings(1, 0, 1260));
        int k = layout.itemOf(2);
        assertTrue(layout.isCluster(k), "the closure and the decision before it, together");
        assertEquals(k, layout.itemOf(1));
        assertEquals(2, layout.labelEvent(k));
        assertTrue(layout.labelShown(k));
        assertEquals(250 + 20, layout.labelRight(k) - layout.labelLeft(k), 1e-9);
        assertTrue(layout.labelRight(k) < layout.markerLeft(k), "left of the cluster, the row ending just after it");
        assertTrue(layout.labelShown(layout.itemOf(0)));
        assertNothingOverlaps(layout);
    }

    @Test
    void labelsStayInsideTheirRowAndOffMarkersAndOtherLabels() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(200);
            double rowStart = random.nextDouble() * 500;
            double rowEnd = rowStart + 300 + random.nextDouble() * 3000;
            double[] days = random.doubles(n, rowStart, rowEnd).sorted().toArray();
            Extent[] events = new Extent[n];
            for (int i = 0; i < n; i++) {
                events[i] = random.nextInt(10) == 0 ? new Extent(days[i], Math.min(rowEnd, days[i] + 30), Extent.Kind.MONTH) : point(days[i]);
            }
            int[] importance = random.ints(n, 0, 4).toArray();
            int lanes = 1 + random.nextInt(4);
            double[] labels = random.doubles(n, 20, 300).toArray();
            EventLayout layout = EventLayout.compute(events, labels, importance, 1, settings(lanes, rowStart, rowEnd));
            for (int k = 0; k < layout.size(); k++) {
                if (!layout.labelShown(k)) continue;
                assertTrue(layout.labelLeft(k) >= rowStart - 1e-9 && layout.labelRight(k) <= rowEnd + 1e-9,
                        "trial " + trial + ": a label outside its row");
                assertTrue(layout.labelRight(k) - layout.labelLeft(k) >= Math.min(60, labels[layout.labelEvent(k)]) - 1e-9,
                        "shortened, a label keeps at least a readable part");
            }
            assertNothingOverlaps(layout);
        }
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
            EventLayout layout = EventLayout.compute(events, labels, random.ints(n, 0, 4).toArray(), dpp, SETTINGS);
            int drawn = 0;
            for (int k = 0; k < layout.size(); k++) {
                drawn += layout.to(k) - layout.from(k);
                for (int e = layout.from(k); e < layout.to(k); e++) assertEquals(k, layout.itemOf(e));
                assertTrue(layout.labelEvent(k) >= layout.from(k) && layout.labelEvent(k) < layout.to(k));
                assertTrue(layout.lane(k) >= 0 && layout.lane(k) < SETTINGS.lanes());
            }
            assertEquals(n, drawn);
            assertNothingOverlaps(layout);
        }
    }

    /** In a lane, no two items (a marker with its label) share a pixel: no label over a marker or a label. */
    private static void assertNothingOverlaps(EventLayout layout) {
        for (int a = 0; a < layout.size(); a++) {
            for (int b = a + 1; b < layout.size(); b++) {
                if (layout.lane(a) != layout.lane(b)) continue;
                boolean overlap = layout.left(b) < layout.right(a) && layout.left(a) < layout.right(b);
                int ia = a;
                int ib = b;
                assertFalse(overlap, () -> "items overlap in a lane: " + describe(layout, ia) + " and " + describe(layout, ib));
            }
        }
    }

    private static String describe(EventLayout layout, int k) {
        return "[" + layout.from(k) + ".." + layout.to(k) + " marker " + layout.markerLeft(k) + ".." + layout.markerRight(k)
                + " label " + layout.labelLeft(k) + ".." + layout.labelRight(k) + "]";
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
    void labelsThatWouldLeaveTheRowGoLeftOfTheirMarker() {
        EventLayout layout = EventLayout.compute(new Extent[] {point(500), point(950)}, widths(2, 100), 1, settings(4, 0, 1000));
        assertEquals(500 + 10, layout.labelLeft(0), 1e-9);
        assertEquals(950 - 6 - 4, layout.labelRight(1), 1e-9);
        assertEquals(950 - 6 - 4 - 100, layout.labelLeft(1), 1e-9);
    }

    @Test
    void aLabelIsShortenedOnlyWhereThereIsNoRoomAndHiddenBelowAReadablePart() {
        // One lane: the event at 990 has no room right (the row ends at 1000); left, up to the label before it.
        EventLayout shortened = EventLayout.compute(new Extent[] {point(850), point(990)}, new double[] {40, 200}, 1,
                settings(1, 0, 1000));
        assertEquals(900 + 6, shortened.labelLeft(1), 1e-9);
        assertEquals(990 - 6 - 4, shortened.labelRight(1), 1e-9);
        assertEquals(850 + 10 + 40, shortened.labelRight(0), 1e-9, "the first label whole");
        // Closer still, not even a readable part fits: the marker alone, its title in the tooltip.
        EventLayout dropped = EventLayout.compute(new Extent[] {point(850), point(960)}, new double[] {40, 200}, 1,
                settings(1, 0, 1000));
        assertFalse(dropped.labelShown(1));
        assertFalse(dropped.isCluster(1));
        assertTrue(dropped.right(1) <= 1000);
    }

    @Test
    void theLanesNeededAreTheFewestThatShowAsMuch() {
        Extent[] sparse = {point(100), point(400), point(700)};
        assertEquals(1, EventLayout.lanesNeeded(sparse, widths(3, 100), new int[3], 1, SETTINGS, 6));
        // Five events a few pixels apart with long titles: each needs a lane of its own to be read.
        Extent[] close = {point(100), point(120), point(140), point(160), point(180)};
        assertEquals(5, EventLayout.lanesNeeded(close, widths(5, 200), new int[5], 1, settings(1, 0, 1000), 6));
        // Not as many lanes as would show every event alone: enough for the important one to be named whole
        // (here, with a plain neighbour in its cluster) and every other label readable.
        Extent[] some = {point(300), point(320), point(340), point(700)};
        int[] importance = {0, Importance.OPENS_DOCUMENT, 0, 0};
        int lanes = EventLayout.lanesNeeded(some, widths(4, 200), importance, 1, settings(1, 0, 1000), 6);
        assertTrue(lanes < 3, "lanes " + lanes);
        EventLayout layout = EventLayout.compute(some, widths(4, 200), importance, 1, settings(lanes, 0, 1000));
        int k = layout.itemOf(1);
        assertEquals(1, layout.labelEvent(k));
        assertEquals(layout.isCluster(k) ? 220 : 200, layout.labelRight(k) - layout.labelLeft(k), 1e-9);
        // Two important events a few pixels apart at the start of their row: each must name its own item
        // with its whole label, which one lane cannot give them.
        int[] both = {Importance.OPENS_DOCUMENT, Importance.OPENS_DOCUMENT, 0, 0};
        assertEquals(2, EventLayout.lanesNeeded(some, widths(4, 200), both, 1, settings(1, 290, 1000), 6));
    }
}
