package org.missionreader.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;

/**
 * The importance rule on the bundled library, and MINUSMA's timeline laid out with it: the accord initialed
 * in Algiers and the closure keep readable labels however few lanes there are.
 */
class ImportanceTest {

    private final Library library = new LibraryLoader().loadBundled().library();
    private final Mission minusma = library.mission("minusma").orElseThrow();

    private int importance(String id) {
        TimelineEvent e = library.events().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return Importance.of(e, minusma);
    }

    @Test
    void theMissionsBoundariesComeFirstThenTheEventsThatOpenADocument() {
        assertEquals(Importance.MISSION_BOUNDARY + Importance.OPENS_DOCUMENT, importance("minusma-closure"));
        assertEquals(Importance.MISSION_BOUNDARY, importance("minusma-transfer-of-authority"), "on the day the mission starts");
        assertEquals(Importance.OPENS_DOCUMENT, importance("minusma-accord-initialed-algiers"));
        assertEquals(Importance.OPENS_DOCUMENT, importance("minusma-press-elements-2015-03-04"));
        assertEquals(0, importance("minusma-cma-signs-accord"));
        assertTrue(Importance.CHOSEN > Importance.MISSION_BOUNDARY + Importance.OPENS_DOCUMENT, "the reader's choice outranks all");
    }

    @Test
    void minusmasAccordAndClosureKeepReadableLabelsInOneToFourLanes() {
        List<TimelineEvent> events = library.eventsOf("minusma").stream()
                .sorted((a, b) -> Double.compare(Extent.of(a).start(), Extent.of(b).start())).toList();
        Extent[] extents = events.stream().map(Extent::of).toArray(Extent[]::new);
        // About 6.5 px a character, as the timeline's 12 px font gives; French titles.
        double[] widths = events.stream().mapToDouble(e -> 6.5 * e.title().in(java.util.Locale.FRENCH).length()).toArray();
        int[] importance = events.stream().mapToInt(e -> Importance.of(e, minusma)).toArray();
        double first = minusma.start().firstDay().toEpochDay();
        for (TimelineEvent e : events) first = Math.min(first, Extent.of(e).start());
        double last = LocalDate.of(2024, 1, 1).toEpochDay();
        ViewLimits limits = ViewLimits.around(first, last);
        for (double width : new double[] {1000, 1300, 1880}) {
            Viewport fit = limits.fit(first, last);
            double dpp = fit.span() / width;
            for (int lanes = 1; lanes <= 4; lanes++) {
                EventLayout.Settings s = EventLayout.Settings.builder()
                        .lanes(lanes)
                        .markerSize(12)
                        .clusterWidth(21)
                        .maxClusterSpan(108)
                        .gap(6)
                        .textGap(4)
                        .minLabel(60)
                        .readableLabel(150)
                        .maxLabel(width / 2)
                        .suffixWidth(20)
                        .minBar(6)
                        .labelInsideBar(48)
                        .row(first / dpp, last / dpp)
                        .build();
                EventLayout layout = EventLayout.compute(extents, widths, importance, dpp, s);
                for (String id : List.of("minusma-accord-initialed-algiers", "minusma-closure")) {
                    int event = events.indexOf(events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
                    int k = layout.itemOf(event);
                    String where = width + " px, " + lanes + " lanes: " + id;
                    assertEquals(event, layout.labelEvent(k), where + " names its item");
                    assertTrue(layout.labelShown(k) && layout.labelRight(k) - layout.labelLeft(k) >= 150, where + " has a readable label");
                    assertTrue(layout.labelLeft(k) >= first / dpp && layout.labelRight(k) <= last / dpp, where + " stays in the row");
                }
            }
        }
    }
}
