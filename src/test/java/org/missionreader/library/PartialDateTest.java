package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates known to the year, the month or the day, as the library writes them. */
class PartialDateTest {

    @Test
    void yearAloneIsYearPrecision() {
        assertEquals(Optional.of(new PartialDate(2015, 0, 0, Precision.YEAR)), PartialDate.parse("2015"));
    }

    @Test
    void yearAndMonthIsMonthPrecision() {
        assertEquals(Optional.of(new PartialDate(2015, 3, 0, Precision.MONTH)), PartialDate.parse("2015-03"));
    }

    @Test
    void fullDateIsDayPrecision() {
        assertEquals(Optional.of(new PartialDate(2015, 3, 4, Precision.DAY)), PartialDate.parse("2015-03-04"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015", "2015-03", "2015-03-04", "1978", "0800-12-25"})
    void writesItselfAsItWasRead(String text) {
        assertEquals(text, PartialDate.parse(text).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2015-13", "2015-00", "2015-04-31", "2023-02-29", "1900-02-29"})
    void impossibleDatesHaveTheFormButDoNotParse(String text) {
        assertTrue(PartialDate.hasDateForm(text), text);
        assertEquals(Optional.empty(), PartialDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15-03-04", "2015-3-1", "2015-3", "20150304", "2015-03-04T10:00", " 2015", "2015 ", "", "mars 2015", "２０１５"})
    void textsWithoutTheFormDoNotParse(String text) {
        assertFalse(PartialDate.hasDateForm(text), text);
        assertEquals(Optional.empty(), PartialDate.parse(text));
    }

    @Test
    void nullDoesNotParse() {
        assertEquals(Optional.empty(), PartialDate.parse(null));
        assertFalse(PartialDate.hasDateForm(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2000-02-29"})
    void leapDayOfALeapYearIsReal(String text) {
        assertEquals(Precision.DAY, PartialDate.parse(text).orElseThrow().precision());
    }

    @Test
    void impossibleDayCannotBeBuilt() {
        assertThrows(DateTimeException.class, () -> PartialDate.ofDay(2023, 2, 30));
    }

    @Test
    void monthOnlyDateSpansItsMonth() {
        PartialDate february = PartialDate.ofMonth(2024, 2);
        assertEquals(LocalDate.of(2024, 2, 1), february.firstDay());
        assertEquals(LocalDate.of(2024, 2, 29), february.lastDay());
        assertEquals(LocalDate.of(2023, 2, 28), PartialDate.ofMonth(2023, 2).lastDay());
        assertEquals(LocalDate.of(2015, 3, 31), PartialDate.ofMonth(2015, 3).lastDay());
    }

    @Test
    void yearOnlyDateSpansItsYear() {
        assertEquals(LocalDate.of(1978, 1, 1), PartialDate.ofYear(1978).firstDay());
        assertEquals(LocalDate.of(1978, 12, 31), PartialDate.ofYear(1978).lastDay());
    }

    @Test
    void dayIsItsOwnFirstAndLastDay() {
        PartialDate day = PartialDate.ofDay(2015, 3, 4);
        assertEquals(LocalDate.of(2015, 3, 4), day.firstDay());
        assertEquals(LocalDate.of(2015, 3, 4), day.lastDay());
    }

    @Test
    void ordersByFirstDayThenTheMorePreciseFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.ofDay(2015, 3, 4), PartialDate.ofYear(2015), PartialDate.ofMonth(2015, 3),
                PartialDate.ofDay(2014, 12, 31), PartialDate.ofDay(2015, 3, 1), PartialDate.ofDay(2015, 1, 1)));
        Collections.sort(dates);
        assertEquals(List.of("2014-12-31", "2015-01-01", "2015", "2015-03-01", "2015-03", "2015-03-04"),
                dates.stream().map(PartialDate::toString).toList());
    }

    @Test
    void compareToIsZeroOnlyForEqualDates() {
        assertEquals(0, PartialDate.ofMonth(2015, 3).compareTo(PartialDate.parse("2015-03").orElseThrow()));
        assertTrue(PartialDate.ofMonth(2015, 3).compareTo(PartialDate.ofDay(2015, 3, 1)) > 0);
        assertTrue(PartialDate.ofDay(2015, 3, 1).compareTo(PartialDate.ofMonth(2015, 3)) < 0);
    }
}
