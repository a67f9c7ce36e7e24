package org.missionreader.library;

import java.util.List;

/** One Security Council decision, sometimes taken as several resolutions the same day (UNIFIL: 425 and 426). */
public record Resolution(List<String> numbers, PartialDate date) {
    public Resolution {
        numbers = List.copyOf(numbers);
    }
}
