package org.missionreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.missionreader.library.PartialDate;

class ExtentTest {

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void datesAreAsPreciseAsTheyAreKnown() {
        assertEquals(new Extent(day("2015-03-01"), day("2015-03-01"), Extent.Kind.POINT), Extent.of(PartialDate.ofDay(2015, 3, 1), null));
        assertEquals(new Extent(day("1991-09-01"), day("1991-10-01"), Extent.Kind.MONTH), Extent.of(PartialDate.ofMonth(1991, 9), null));
        assertEquals(new Extent(day("2007-01-01"), day("2008-01-01"), Extent.Kind.YEAR), Extent.of(PartialDate.ofYear(2007), null));
        assertEquals(new Extent(day("2015-05-14"), day("2015-06-21"), Extent.Kind.SPAN),
                Extent.of(PartialDate.ofDay(2015, 5, 14), PartialDate.ofDay(2015, 6, 20)));
        assertEquals(new Extent(day("2015-05-01"), day("2016-01-01"), Extent.Kind.SPAN),
                Extent.of(PartialDate.ofMonth(2015, 5), PartialDate.ofYear(2015)));
    }
}
