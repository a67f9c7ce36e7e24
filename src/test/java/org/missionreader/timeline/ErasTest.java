package org.missionreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;

class ErasTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 1);
    private final Library library = new LibraryLoader().loadBundled().library();

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void minusmasMandatePeriodsRunFromOneResolutionToTheNext() {
        Mission minusma = library.mission("minusma").orElseThrow();
        List<Eras.MandatePeriod> periods = Eras.mandates(minusma, TODAY);
        assertEquals(List.of("2100", "2164", "2227", "2295", "2364", "2423", "2480", "2531", "2584", "2640", "2690"),
                periods.stream().map(Eras.MandatePeriod::resolution).toList());
        assertEquals(day("2013-04-25"), periods.get(0).start());
        assertEquals(day("2014-06-25"), periods.get(0).end());
        assertEquals(PartialDate.ofDay(2014, 6, 25), periods.get(0).to());
        // Resolution 2690 governs the withdrawal up to the closure on 31 December 2023.
        Eras.MandatePeriod last = periods.get(10);
        assertEquals(day("2023-06-30"), last.start());
        assertEquals(day("2024-01-01"), last.end());
        assertEquals("Verified facts: MINUSMA mandate renewals (Security Council resolutions)", periods.get(1).source().name());
    }

    @Test
    void aClosedMissionKnownToTheDayIsOneKnownPiece() {
        Mission minusma = library.mission("minusma").orElseThrow();
        assertEquals(List.of(new Eras.Segment(Eras.Kind.KNOWN, day("2013-07-01"), day("2024-01-01"))),
                Eras.lifetime(minusma, TODAY));
    }

    @Test
    void aStartKnownOnlyToTheYearIsUncertainOverThatYear() {
        Mission unamid = library.mission("unamid").orElseThrow(); // 2007 to 2020-12-31
        assertEquals(List.of(new Eras.Segment(Eras.Kind.UNCERTAIN, day("2007-01-01"), day("2008-01-01")),
                        new Eras.Segment(Eras.Kind.KNOWN, day("2008-01-01"), day("2021-01-01"))),
                Eras.lifetime(unamid, TODAY));
    }

    @Test
    void anOngoingMissionReachesTodayThenItsPlannedEnd() {
        Mission unifil = library.mission("unifil").orElseThrow(); // 1978, planned end 2026-12-31
        assertEquals(List.of(new Eras.Segment(Eras.Kind.UNCERTAIN, day("1978-01-01"), day("1979-01-01")),
                        new Eras.Segment(Eras.Kind.ONGOING, day("1979-01-01"), day("2025-11-02")),
                        new Eras.Segment(Eras.Kind.PLANNED, day("2025-11-02"), day("2027-01-01"))),
                Eras.lifetime(unifil, TODAY));
        Mission minusca = library.mission("minusca").orElseThrow();
        assertEquals(List.of(new Eras.Segment(Eras.Kind.ONGOING, day("2014-09-15"), day("2025-11-02"))),
                Eras.lifetime(minusca, TODAY));
        assertEquals(List.of(), Eras.mandates(minusca, TODAY));
    }
}
