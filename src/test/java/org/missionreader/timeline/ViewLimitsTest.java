package org.missionreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ViewLimitsTest {

    private static final double EPS = 1e-6;
    /** Ten years of data, as MINUSMA's. */
    private final ViewLimits limits = ViewLimits.around(15000, 18650);

    @Test
    void zoomingKeepsTheAnchorDayUnderThePointer() {
        Viewport view = new Viewport(15000, 16000);
        double anchor = 15250; // a quarter of the way across
        Viewport zoomed = limits.zoom(view, 2, anchor);
        assertEquals(500, zoomed.span(), EPS);
        assertEquals(0.25, zoomed.fraction(anchor), EPS);
        Viewport back = limits.zoom(zoomed, 0.5, anchor);
        assertEquals(view.start(), back.start(), EPS);
        assertEquals(view.end(), back.end(), EPS);
    }

    @Test
    void zoomStopsAtOneDayAcrossTheView() {
        Viewport view = new Viewport(16000, 16010);
        Viewport zoomed = limits.zoom(view, 1000, 16004);
        assertEquals(1, zoomed.span(), EPS);
        assertEquals(0.4, zoomed.fraction(16004), EPS);
        assertFalse(limits.canZoomIn(zoomed));
        assertTrue(limits.canZoomOut(zoomed));
    }

    @Test
    void zoomOutStopsAtAllTheDataWithItsMargin() {
        Viewport zoomed = limits.zoom(new Viewport(16000, 16100), 1e-6, 16050);
        assertEquals(3650 * 1.1, zoomed.span(), EPS);
        assertFalse(limits.canZoomOut(zoomed));
        Viewport all = limits.fitAll();
        assertEquals(15000 - 182.5, all.start(), EPS);
        assertEquals(18650 + 182.5, all.end(), EPS);
    }

    @Test
    void panningCannotLoseTheData() {
        Viewport view = new Viewport(16000, 16100);
        Viewport far = limits.pan(view, 1e6);
        assertTrue(far.start() <= 18650 - 10 + EPS, far::toString); // a tenth of the view keeps data
        assertEquals(100, far.span(), EPS);
        Viewport back = limits.pan(view, -1e6);
        assertEquals(15000 + 10, back.end(), EPS);
    }

    @Test
    void randomZoomsAndPansAlwaysKeepDataInSight() {
        Random random = new Random(11);
        Viewport view = limits.fitAll();
        for (int i = 0; i < 10000; i++) {
            view = random.nextBoolean()
                    ? limits.zoom(view, Math.exp(random.nextGaussian() * 2), view.start() + random.nextDouble() * view.span())
                    : limits.pan(view, random.nextGaussian() * view.span() * 3);
            assertTrue(view.span() >= 1 - EPS && view.span() <= limits.maxSpan() + EPS);
            assertTrue(view.end() > 15000 && view.start() < 18650, view.toString());
        }
    }

    @Test
    void aSingleDayOfDataStillZoomsOutToAMonth() {
        ViewLimits one = ViewLimits.around(16000, 16001);
        assertEquals(31, one.maxSpan(), EPS);
        Viewport v = one.pan(one.zoom(one.fitAll(), 1e-3, 16000), 500);
        assertEquals(31, v.span(), EPS);
        assertTrue(v.contains(16000.5), v::toString); // a tenth of a month is more than the day: all of it stays
        Viewport close = one.pan(one.fitAll(), 500);
        assertEquals(16001 - 0.1 * close.span(), close.start(), EPS); // a tenth of the view keeps data
    }

    @Test
    void revealingPansTheLeastNeeded() {
        Viewport view = new Viewport(100, 200);
        assertEquals(view, view.revealing(150, 150, 0.1));
        assertEquals(new Viewport(130, 230), view.revealing(220, 220, 0.1));
        assertEquals(new Viewport(40, 140), view.revealing(50, 50, 0.1));
    }

    @Test
    void fittingFramesTheDaysWithAMargin() {
        Viewport fit = limits.fit(16000, 16100);
        assertEquals(16000 - 5, fit.start(), EPS);
        assertEquals(16100 + 5, fit.end(), EPS);
    }
}
