package org.missionreader.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.library.DateText;
import org.missionreader.library.PartialDate;

/**
 * The words on the time axis, in the interface language: a minor label names the period a tick starts
 * (2015, mars, 4) and a context label the coarser period around it (2015 above the months, mars 2015
 * above the days).
 */
public final class TickLabels {

    private TickLabels() {
    }

    public static String minor(Ticks.Tick tick, Locale locale) {
        LocalDate d = tick.date();
        return switch (tick.step().unit()) {
            case YEAR -> Integer.toString(d.getYear());
            case MONTH -> DateText.month(d.getMonthValue(), locale);
            case DAY -> Integer.toString(d.getDayOfMonth());
        };
    }

    public static String context(LocalDate start, Ticks.Unit unit, Locale locale) {
        return switch (unit) {
            case YEAR -> Integer.toString(start.getYear());
            case MONTH -> DateText.format(PartialDate.ofMonth(start.getYear(), start.getMonthValue()), locale);
            case DAY -> DateText.format(PartialDate.ofDay(start.getYear(), start.getMonthValue(), start.getDayOfMonth()), locale);
        };
    }

    /** Labels whose widest stands for every label a step can show on this scale. */
    static List<String> samples(Ticks.Step step, TimeScale scale, Locale locale) {
        List<String> samples = new ArrayList<>();
        switch (step.unit()) {
            case YEAR -> {
                samples.add(Integer.toString(LocalDate.ofEpochDay((long) Math.floor(scale.startDay())).getYear()));
                samples.add(Integer.toString(LocalDate.ofEpochDay((long) Math.floor(scale.endDay())).getYear()));
            }
            case MONTH -> {
                for (int month = 1; month <= 12; month++) {
                    samples.add(DateText.month(month, locale));
                }
            }
            case DAY -> samples.add("28");
        }
        return samples;
    }

    /** Context labels whose widest stands for every context label on this scale. */
    static List<String> contextSamples(Ticks.Unit unit, TimeScale scale, Locale locale) {
        int year = LocalDate.ofEpochDay((long) Math.floor(scale.startDay())).getYear();
        List<String> samples = new ArrayList<>();
        if (unit == Ticks.Unit.MONTH) {
            for (int month = 1; month <= 12; month++) {
                samples.add(context(LocalDate.of(year, month, 1), unit, locale));
            }
        } else {
            samples.add(context(LocalDate.of(year, 1, 1), unit, locale));
        }
        return samples;
    }
}
