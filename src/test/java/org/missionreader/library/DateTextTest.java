package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.missionreader.library.PartialDate;

/** Dates written as each language writes them, as precisely as they are known. */
class DateTextTest {

    private static final String NBSP = "\u00A0";

    @Test
    void frenchFirstOfTheMonthIsAnOrdinal() {
        assertEquals("1er" + NBSP + "mars 2015", DateText.format(PartialDate.ofDay(2015, 3, 1), Locale.FRENCH));
    }

    @Test
    void frenchOtherDaysAreCardinals() {
        assertEquals("4" + NBSP + "mars 2015", DateText.format(PartialDate.ofDay(2015, 3, 4), Locale.FRENCH));
        assertEquals("31" + NBSP + "décembre 2023", DateText.format(PartialDate.ofDay(2023, 12, 31), Locale.FRENCH));
    }

    @Test
    void englishDayComesBeforeTheMonth() {
        assertEquals("1" + NBSP + "March 2015", DateText.format(PartialDate.ofDay(2015, 3, 1), Locale.ENGLISH));
    }

    @Test
    void dayIsKeptOnTheLineOfItsMonth() {
        String date = DateText.format(PartialDate.ofDay(2015, 3, 4), Locale.ENGLISH);
        assertEquals(date.indexOf(NBSP), date.indexOf("March") - 1, date);
    }

    @Test
    void monthOnlyDateHasNoDay() {
        assertEquals("mars 2015", DateText.format(PartialDate.ofMonth(2015, 3), Locale.FRENCH));
        assertEquals("September 1991", DateText.format(PartialDate.ofMonth(1991, 9), Locale.ENGLISH));
    }

    @Test
    void yearOnlyDateIsTheYear() {
        assertEquals("2015", DateText.format(PartialDate.ofYear(2015), Locale.FRENCH));
        assertEquals("1978", DateText.format(PartialDate.ofYear(1978), Locale.ENGLISH));
    }

    @Test
    void canadianFrenchWritesFrench() {
        assertEquals("1er" + NBSP + "mars 2015", DateText.format(PartialDate.ofDay(2015, 3, 1), Locale.CANADA_FRENCH));
    }

    @Test
    void unsupportedLanguageWritesEnglish() {
        assertEquals("1" + NBSP + "March 2015", DateText.format(PartialDate.ofDay(2015, 3, 1), Locale.GERMAN));
    }

    @Test
    void unknownDateSaysSo() {
        assertEquals("date inconnue", DateText.format(null, Locale.FRENCH));
        assertEquals("date unknown", DateText.format(null, Locale.ENGLISH));
    }

    @Test
    void spanJoinsItsEndsAndFallsBackToTheStart() {
        assertEquals("2007 – 31" + NBSP + "December 2020",
                DateText.formatSpan(PartialDate.ofYear(2007), PartialDate.ofDay(2020, 12, 31), Locale.ENGLISH));
        assertEquals("septembre 1991", DateText.formatSpan(PartialDate.ofMonth(1991, 9), null, Locale.FRENCH));
    }
}
