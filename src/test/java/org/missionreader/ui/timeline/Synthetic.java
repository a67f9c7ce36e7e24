package org.missionreader.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.Mission;
import org.missionreader.library.MissionStatus;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.TimelineEvent;

/** Made-up missions and events for tests and benchmarks, the same every run (seeded); no real facts. */
final class Synthetic {

    private static final String[] WORDS = {"council", "report", "meeting", "mandate", "briefing", "visit", "accord",
            "statement", "letter", "renewal", "review", "mission", "envoy", "talks", "decision"};

    private Synthetic() {
    }

    static Mission mission(String id, PartialDate start, PartialDate end) {
        return new Mission(id, new LocalizedText(id.toUpperCase(), id.toUpperCase()), new LocalizedText("Test " + id, "Test " + id),
                new LocalizedText("Nowhere", "Nowhere"), start, end, null, null,
                end == null ? MissionStatus.ONGOING : MissionStatus.CLOSED, PartialDate.ofYear(2025), null,
                List.of(new Source("synthetic", null)));
    }

    /**
     * {@code count} events of one mission spread over the years from {@code from}: nine in ten known to the
     * day, the rest to the month or the year, one in twenty a span; titles of 2 to 9 words.
     */
    static List<TimelineEvent> events(String missionId, int count, LocalDate from, int years, long seed) {
        Random random = new Random(seed);
        long days = from.plusYears(years).toEpochDay() - from.toEpochDay();
        List<TimelineEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate d = from.plusDays((long) (random.nextDouble() * days));
            int kind = random.nextInt(20);
            PartialDate date = kind == 0 ? PartialDate.ofYear(d.getYear())
                    : kind == 1 ? PartialDate.ofMonth(d.getYear(), d.getMonthValue())
                    : PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            PartialDate end = null;
            if (kind == 2) {
                LocalDate e = d.plusDays(2 + random.nextInt(120));
                end = PartialDate.ofDay(e.getYear(), e.getMonthValue(), e.getDayOfMonth());
            }
            StringBuilder title = new StringBuilder("Event " + i);
            for (int w = 1 + random.nextInt(8); w > 0; w--) title.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            events.add(new TimelineEvent(missionId + "-" + i, missionId, date, end, new LocalizedText(title.toString(), title.toString()),
                    null, List.of(), List.of(new Source("synthetic", null))));
        }
        return events;
    }

    static TimelineEvent event(String id, String missionId, PartialDate date, PartialDate end, String title) {
        return new TimelineEvent(id, missionId, date, end, new LocalizedText(title, title), new LocalizedText("Bamako", "Bamako"),
                List.of("doc-" + id), List.of(new Source("synthetic source", null)));
    }
}
