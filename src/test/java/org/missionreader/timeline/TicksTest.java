package org.missionreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TicksTest {

    /** A stand-in for a font: 7 pixels a character. */
    private static final ToDoubleFunction<String> WIDTH = s -> 7.0 * s.length();
    private static final double GAP = 12;

    private static TimeScale scale(String from, String to, double width) {
        return new TimeScale(LocalDate.parse(from).toEpochDay(), LocalDate.parse(to).toEpochDay(), width);
    }

    @Test
    void theStepAdaptsFromDecadesToDaysAsTheViewNarrows() {
        assertEquals(new Ticks.Step(Ticks.Unit.YEAR, 10), Ticks.stepFor(scale("1900-01-01", "2030-01-01", 1000), Locale.ENGLISH, WIDTH, GAP, 40));
        assertEquals(new Ticks.Step(Ticks.Unit.YEAR, 1), Ticks.stepFor(scale("2013-01-01", "2024-01-01", 1280), Locale.ENGLISH, WIDTH, GAP, 40));
        assertEquals(Ticks.Unit.MONTH, Ticks.stepFor(scale("2015-01-01", "2016-01-01", 1280), Locale.ENGLISH, WIDTH, GAP, 40).unit());
        assertEquals(Ticks.Unit.DAY, Ticks.stepFor(scale("2015-03-01", "2015-04-01", 1280), Locale.ENGLISH, WIDTH, GAP, 40).unit());
        assertEquals(new Ticks.Step(Ticks.Unit.DAY, 1), Ticks.stepFor(scale("2015-03-01", "2015-03-08", 1280), Locale.ENGLISH, WIDTH, GAP, 40));
    }

    @Test
    void theStepLeavesRoomForTheWidestMonthName() {
        // "September" and "septembre": 9 characters, 63 px, plus the gap: 75 px between ticks at the least.
        // Months are 28 days at the shortest: monthly ticks need a year of at least 978 px.
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertEquals(new Ticks.Step(Ticks.Unit.MONTH, 1), Ticks.stepFor(scale("2015-01-01", "2016-01-01", 1000), locale, WIDTH, GAP, 40));
            assertEquals(new Ticks.Step(Ticks.Unit.MONTH, 3), Ticks.stepFor(scale("2015-01-01", "2016-01-01", 950), locale, WIDTH, GAP, 40));
        }
        // A narrower font fits monthly ticks in the same width.
        assertEquals(new Ticks.Step(Ticks.Unit.MONTH, 1), Ticks.stepFor(scale("2015-01-01", "2016-01-01", 950), Locale.FRENCH, s -> 5.0 * s.length(), GAP, 40));
    }

    @Test
    void labelsNeverOverlapWhateverTheZoom() {
        Random random = new Random(7);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (int trial = 0; trial < 500; trial++) {
                double start = 12000 + random.nextDouble() * 8000;
                double span = Math.exp(random.nextDouble() * Math.log(20000));
                TimeScale scale = new TimeScale(start, start + span, 300 + random.nextDouble() * 1500);
                Ticks.Step step = Ticks.stepFor(scale, locale, WIDTH, GAP, 40);
                List<Ticks.Tick> ticks = Ticks.ticks(scale, step);
                for (int i = 1; i < ticks.size(); i++) {
                    // A minor label starts just right of its tick and must end before the next tick.
                    double room = scale.x(ticks.get(i).date()) - scale.x(ticks.get(i - 1).date());
                    double label = WIDTH.applyAsDouble(TickLabels.minor(ticks.get(i - 1), locale));
                    assertTrue(room >= label + GAP || step.equals(new Ticks.Step(Ticks.Unit.YEAR, 100)),
                            () -> step + " " + ticks + " room " + room + " label " + label);
                }
            }
        }
    }

    @Test
    void ticksFallOnRoundDates() {
        TimeScale scale = scale("2014-11-15", "2016-02-10", 1000);
        List<Ticks.Tick> months = Ticks.ticks(scale, new Ticks.Step(Ticks.Unit.MONTH, 3));
        assertEquals(LocalDate.of(2015, 1, 1), months.get(0).date());
        assertEquals(LocalDate.of(2015, 4, 1), months.get(1).date());
        List<Ticks.Tick> weeks = Ticks.ticks(scale("2015-02-10", "2015-03-20", 1000), new Ticks.Step(Ticks.Unit.DAY, 7));
        assertEquals(List.of("2015-02-15", "2015-02-22", "2015-03-01", "2015-03-08", "2015-03-15"),
                weeks.stream().map(t -> t.date().toString()).toList());
    }

    @Test
    void monthNamesAreInTheInterfaceLanguage() {
        Ticks.Tick march = new Ticks.Tick(LocalDate.of(2015, 3, 1), new Ticks.Step(Ticks.Unit.MONTH, 1));
        assertEquals("mars", TickLabels.minor(march, Locale.FRENCH));
        assertEquals("March", TickLabels.minor(march, Locale.ENGLISH));
        assertEquals("août 2015", TickLabels.context(LocalDate.of(2015, 8, 1), Ticks.Unit.MONTH, Locale.FRENCH));
        assertEquals("2015", TickLabels.context(LocalDate.of(2015, 1, 1), Ticks.Unit.YEAR, Locale.ENGLISH));
        assertEquals("4", TickLabels.minor(new Ticks.Tick(LocalDate.of(2015, 3, 4), new Ticks.Step(Ticks.Unit.DAY, 1)), Locale.FRENCH));
    }

    @Test
    void contextPeriodsFrameTheMinorTicks() {
        assertNull(Ticks.contextUnit(new Ticks.Step(Ticks.Unit.YEAR, 1)));
        assertEquals(Ticks.Unit.YEAR, Ticks.contextUnit(new Ticks.Step(Ticks.Unit.MONTH, 1)));
        assertEquals(Ticks.Unit.MONTH, Ticks.contextUnit(new Ticks.Step(Ticks.Unit.DAY, 7)));
        List<LocalDate> years = Ticks.contextStarts(scale("2014-11-15", "2016-02-10", 1000), Ticks.Unit.YEAR);
        assertEquals(List.of(LocalDate.of(2014, 1, 1), LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)), years);
    }
}
