package org.missionreader.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowFitTest {

    private static final double MIN_W = 800;
    private static final double MIN_H = 560;

    private static WindowFit.Area screen(double w, double h) {
        return new WindowFit.Area(0, 0, w, h);
    }

    private static WindowFit fit(WindowFit.Area... screens) {
        return new WindowFit(List.of(screens), MIN_W, MIN_H);
    }

    private static void assertInside(WindowFit.Area screen, WindowPlace place) {
        assertTrue(place.x() >= screen.x() && place.y() >= screen.y(), "top left on screen: " + place);
        assertTrue(place.x() + place.width() <= screen.x() + screen.width(), "right edge on screen: " + place);
        assertTrue(place.y() + place.height() <= screen.y() + screen.height(), "bottom edge on screen: " + place);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080", "1280, 800", "2560, 1440", "800, 600", "640, 480"})
    void aFirstWindowIsAShareOfTheScreenCentredAndWhollyOnIt(double w, double h) {
        WindowFit.Area s = screen(w, h);
        WindowPlace place = fit(s).first();
        assertInside(s, place);
        assertTrue(place.width() <= Math.max(w * WindowFit.SHARE, Math.min(MIN_W, w)) + 0.5, "a share, not all: " + place);
        assertEquals((w - place.width()) / 2, place.x(), 1, "centred across");
        assertEquals((h - place.height()) / 2, place.y(), 1, "centred down");
        assertFalse(place.maximized());
        assertTrue(Double.isNaN(place.timelineDivider()), "no divider remembered");
    }

    @Test
    void onALaptopScreenTheFirstWindowIsLargeEnoughToRead() {
        WindowPlace place = fit(screen(1366, 768)).first();
        assertEquals(1229, place.width());
        assertEquals(691, place.height());
        WindowPlace small = fit(screen(1024, 700)).first();
        assertEquals(922, small.width());
        assertEquals(630, small.height());
    }

    @Test
    void theFirstWindowOnAPanelledScreenAvoidsThePanel() {
        // A top panel 27 px tall: the usable area starts below it.
        WindowFit.Area usable = new WindowFit.Area(0, 27, 1366, 741);
        WindowPlace place = fit(usable).first();
        assertInside(usable, place);
    }

    @Test
    void aRememberedPlaceOnScreenIsKeptAsItWas() {
        WindowPlace remembered = new WindowPlace(30, 20, 1000, 650, false, 0.2, 0.4, 0.6);
        assertEquals(remembered, fit(screen(1366, 768)).restore(remembered));
    }

    @Test
    void aRememberedSizeLargerThanTheScreenIsBroughtDownAndBackOn() {
        // The window of a 1920x1080 monitor, on a 1024x700 laptop now.
        WindowPlace restored = fit(screen(1024, 700)).restore(new WindowPlace(100, 80, 1280, 820, false, 0.2, 0.4, 0.7));
        assertEquals(new WindowPlace(0, 0, 1024, 700, false, 0.2, 0.4, 0.7), restored);
    }

    @Test
    void aPlaceOffEveryScreenComesBackCentredOnThePrimaryOne() {
        WindowFit.Area laptop = screen(1366, 768);
        // Left on a second monitor to the right that is no longer there.
        WindowPlace restored = fit(laptop).restore(new WindowPlace(1900, 100, 1000, 700, true));
        assertInside(laptop, restored);
        assertEquals(183, restored.x());
        assertTrue(restored.maximized(), "a maximized window stays maximized");
    }

    @Test
    void aPlaceWithOnlyASliverOnScreenCountsAsOff() {
        WindowFit.Area laptop = screen(1366, 768);
        WindowPlace restored = fit(laptop).restore(new WindowPlace(1350, 740, 1000, 700, false));
        assertInside(laptop, restored);
    }

    @Test
    void aPlaceAcrossTwoScreensGoesToTheOneItMostlyLiesOn() {
        WindowFit.Area left = screen(1366, 768);
        WindowFit.Area right = new WindowFit.Area(1366, 0, 1920, 1080);
        WindowPlace restored = fit(left, right).restore(new WindowPlace(1200, 50, 1000, 700, false));
        assertInside(right, restored);
        assertEquals(1366, restored.x());
        assertEquals(50, restored.y());
    }

    @Test
    void aPlaceAboveTheScreenIsBroughtDownSoItsTitleBarShows() {
        WindowFit.Area laptop = screen(1366, 768);
        WindowPlace restored = fit(laptop).restore(new WindowPlace(43, -17, 1280, 820, false));
        assertInside(laptop, restored);
        assertEquals(768, restored.height());
    }

    @Test
    void sizesThatAreNotNumbersGiveTheFirstPlace() {
        WindowFit fit = fit(screen(1366, 768));
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -5, 0}) {
            WindowPlace restored = fit.restore(new WindowPlace(0, 0, bad, 700, false, 0.3, Double.NaN, 0.7));
            assertEquals(fit.first().withDividers(0.3, Double.NaN, 0.7), restored, "width " + bad);
        }
        assertEquals(fit.first(), fit.restore(null));
    }

    @Test
    void aScreenSmallerThanTheMinimumStillGetsAWindowThatFits() {
        WindowFit.Area tiny = screen(640, 480);
        assertInside(tiny, fit(tiny).first());
        assertInside(tiny, fit(tiny).restore(new WindowPlace(0, 0, 900, 700, false)));
    }

    @Test
    void aTitleBarIsOnAScreenWhenItsTopEdgeLiesOnOneAGripWide() {
        WindowFit one = fit(screen(1024, 700));
        assertFalse(one.titleBarOnScreen(-1, -20, 922), "above the screen");
        assertTrue(one.titleBarOnScreen(-1, 35, 922), "a pixel to the left, the bar still on it");
        assertTrue(one.titleBarOnScreen(51, 35, 922));
        assertFalse(one.titleBarOnScreen(51, 700, 922), "below the screen");
        assertFalse(one.titleBarOnScreen(-900, 35, 922), "all but 22 px of it left of the screen");
        // A second screen to the right, a panel on top of the first (its usable area starts at 30).
        WindowFit two = fit(new WindowFit.Area(0, 30, 1024, 670), new WindowFit.Area(1024, 0, 1280, 800));
        assertFalse(two.titleBarOnScreen(51, 10, 922), "under the panel");
        assertTrue(two.titleBarOnScreen(1100, 10, 922), "on the second screen");
    }
}
