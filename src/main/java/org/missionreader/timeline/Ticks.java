package org.missionreader.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the axis ticks for a scale: the finest step (decades, years, months, days) whose labels stay
 * at least a minimum distance apart, so labels never overlap.
 */
public final class Ticks {

    /** A step between ticks: a number of years, months or days. */
    public enum Unit { YEAR, MONTH, DAY }

    public record Step(Unit unit, int count) {
        /** Roughly how many days the step spans, for choosing one that fits. */
        double approxDays() {
            return switch (unit) {
                case YEAR -> 365.25 * count;
                case MONTH -> 30.44 * count;
                case DAY -> count;
            };
        }
    }

    public record Tick(LocalDate date, Step step) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(Unit.DAY, 1), new Step(Unit.DAY, 2), new Step(Unit.DAY, 7), new Step(Unit.DAY, 14),
            new Step(Unit.MONTH, 1), new Step(Unit.MONTH, 3), new Step(Unit.MONTH, 6),
            new Step(Unit.YEAR, 1), new Step(Unit.YEAR, 2), new Step(Unit.YEAR, 5), new Step(Unit.YEAR, 10),
            new Step(Unit.YEAR, 20), new Step(Unit.YEAR, 50), new Step(Unit.YEAR, 100));

    private Ticks() {
    }

    /** The finest step whose ticks are at least minSpacing pixels apart on this scale. */
    public static Step stepFor(TimeScale scale, double minSpacing) {
        double minDays = minSpacing * scale.daysPerPixel();
        for (Step step : STEPS) {
            if (step.approxDays() >= minDays) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }

    /** The ticks of a step that fall in the scale's visible range, on round dates (1 January, 1st of the month...). */
    public static List<Tick> ticks(TimeScale scale, Step step) {
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(scale.startDay()));
        LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(scale.endDay()));
        LocalDate date = roundDown(first, step);
        List<Tick> ticks = new ArrayList<>();
        while (!date.isAfter(last)) {
            if (date.toEpochDay() >= scale.startDay()) {
                ticks.add(new Tick(date, step));
            }
            date = next(date, step);
        }
        return ticks;
    }

    private static LocalDate roundDown(LocalDate d, Step step) {
        return switch (step.unit()) {
            case YEAR -> LocalDate.of(Math.floorDiv(d.getYear(), step.count()) * step.count(), 1, 1);
            case MONTH -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / step.count()) * step.count() + 1, 1);
            case DAY -> step.count() >= 7 ? d.withDayOfMonth(1) : d;
        };
    }

    private static LocalDate next(LocalDate d, Step step) {
        return switch (step.unit()) {
            case YEAR -> d.plusYears(step.count());
            case MONTH -> d.plusMonths(step.count());
            case DAY -> {
                if (step.count() < 7) yield d.plusDays(step.count());
                // Weekly and fortnightly ticks restart on the 1st of each month so they stay on round dates.
                LocalDate n = d.plusDays(step.count());
                yield n.getMonthValue() != d.getMonthValue() || n.getDayOfMonth() > 28 ? d.plusMonths(1).withDayOfMonth(1) : n;
            }
        };
    }
}
