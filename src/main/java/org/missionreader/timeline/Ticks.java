package org.missionreader.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the axis ticks for a scale: the finest step (decades, years, months, days) whose labels, measured
 * in the interface language, fit between two ticks, so labels never overlap. Above months and days, a
 * coarser row of context periods (the year, the month) says where the minor ticks are.
 */
public final class Ticks {

    /** What a step between ticks counts. */
    public enum Unit { YEAR, MONTH, DAY }

    /** A step between ticks: a number of years, months or days. */
    public record Step(Unit unit, int count) {
        /** The fewest days between two ticks of this step: months of 28 days, years of 365. */
        public double minDays() {
            return switch (unit) {
                case YEAR -> 365.0 * count;
                case MONTH -> 28.0 * count;
                case DAY -> count;
            };
        }
    }

    /** A tick: the first day of a period of the step. */
    public record Tick(LocalDate date, Step step) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(Unit.DAY, 1), new Step(Unit.DAY, 2), new Step(Unit.DAY, 7), new Step(Unit.DAY, 14),
            new Step(Unit.MONTH, 1), new Step(Unit.MONTH, 3), new Step(Unit.MONTH, 6),
            new Step(Unit.YEAR, 1), new Step(Unit.YEAR, 2), new Step(Unit.YEAR, 5), new Step(Unit.YEAR, 10),
            new Step(Unit.YEAR, 20), new Step(Unit.YEAR, 50), new Step(Unit.YEAR, 100));

    private Ticks() {
    }

    /**
     * The finest step whose ticks are at least minSpacing pixels apart and leave room for the widest of its
     * labels (as {@code width} measures them) plus a gap, and whose context periods leave room for theirs,
     * so no two labels can touch.
     */
    public static Step stepFor(TimeScale scale, Locale locale, ToDoubleFunction<String> width, double gap, double minSpacing) {
        for (Step step : STEPS) {
            double spacing = step.minDays() / scale.daysPerPixel();
            if (spacing < minSpacing) {
                continue;
            }
            if (spacing < widest(TickLabels.samples(step, scale, locale), width) + gap) {
                continue;
            }
            // The context row (months above days, years above months) must not crowd either.
            Unit context = contextUnit(step);
            if (context == null) {
                return step;
            }
            double contextSpacing = new Step(context, 1).minDays() / scale.daysPerPixel();
            if (contextSpacing >= widest(TickLabels.contextSamples(context, scale, locale), width) + gap) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }

    private static double widest(List<String> labels, ToDoubleFunction<String> width) {
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, width.applyAsDouble(label));
        }
        return widest;
    }

    /** The coarser unit that gives minor labels their context (years above months, months above days), or null. */
    public static Unit contextUnit(Step step) {
        return switch (step.unit()) {
            case YEAR -> null;
            case MONTH -> Unit.YEAR;
            case DAY -> Unit.MONTH;
        };
    }

    /** The first days of the context periods that overlap the scale's range, the first one possibly before it. */
    public static List<LocalDate> contextStarts(TimeScale scale, Unit unit) {
        List<LocalDate> starts = new ArrayList<>();
        if (unit == null || unit == Unit.DAY) {
            return starts;
        }
        Step step = new Step(unit, 1);
        LocalDate date = roundDown(LocalDate.ofEpochDay((long) Math.floor(scale.startDay())), step);
        LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(scale.endDay()));
        while (!date.isAfter(last)) {
            starts.add(date);
            date = next(date, step);
        }
        return starts;
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
