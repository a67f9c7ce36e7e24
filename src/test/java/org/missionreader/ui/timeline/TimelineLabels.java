package org.missionreader.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.missionreader.library.TimelineEvent;

/** What a reader sees of a timeline's labels: which event each names, where it lies, what it covers. */
public final class TimelineLabels {

    private TimelineLabels() {
    }

    /** What one event node or cluster node draws, in scene coordinates. */
    public record Item(Node node, TimelineEvent named, String text, Bounds marker, Bounds label) {
    }

    /**
     * Each given event is named by a label that says its title's first four words, lies inside the timeline
     * beside its own marker on its lane; and no label lies over another label or any marker.
     */
    public static void assertReadable(TimelineView timeline, List<TimelineEvent> events, String where) {
        Locale locale = timeline.localeProperty().get();
        List<Item> items = items(timeline);
        for (TimelineEvent e : events) {
            String id = e.id();
            Item item = items.stream().filter(i -> e.equals(i.named)).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": no label names " + id + "; labels: " + labels(items)));
            String title = e.title().in(locale);
            String firstWords = String.join(" ", Arrays.copyOf(title.split(" "), 4));
            assertTrue(item.text.startsWith(firstWords), where + ": \"" + item.text + "\" does not say \"" + firstWords + "\"");
            Bounds view = timeline.localToScene(timeline.getLayoutBounds());
            assertTrue(item.label.getMinX() >= view.getMinX() && item.label.getMaxX() <= view.getMaxX()
                    && item.label.getMinY() >= view.getMinY() && item.label.getMaxY() <= view.getMaxY(),
                    where + ": the label of " + id + " leaves the timeline: " + item.label + " in " + view);
            // Beside its own marker, on its lane.
            double gap = Math.max(item.marker.getMinX() - item.label.getMaxX(), item.label.getMinX() - item.marker.getMaxX());
            assertTrue(gap >= 0 && gap <= 8, where + ": the label of " + id + " is not beside its marker: " + item.label + " " + item.marker);
            assertEquals(item.marker.getCenterY(), item.label.getCenterY(), 3, where + ": on its marker's lane");
        }
        assertNothingOverlaps(items, where);
    }

    public static List<Item> items(TimelineView timeline) {
        List<Item> items = new ArrayList<>();
        for (EventNode n : ((TimelineSkin) timeline.getSkin()).eventNodes()) {
            if (!n.isVisible()) continue;
            Text label = n.labelNode();
            boolean labelled = !n.shownLabel().isEmpty();
            items.add(new Item(n, labelled ? n.event() : null, n.shownLabel(), box(n.markerNode()), labelled ? scene(label) : null));
        }
        for (ClusterNode c : ((TimelineSkin) timeline.getSkin()).clusterNodes()) {
            if (!c.isVisible()) continue;
            boolean labelled = !c.shownLabel().isEmpty();
            items.add(new Item(c, c.namedEvent(), c.shownLabel(), box(c.markerNode()), labelled ? scene(c.labelNode()) : null));
        }
        return items;
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** A marker's own box, without what its text may draw past it. */
    private static Bounds box(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static String labels(List<Item> items) {
        return items.stream().filter(i -> i.label != null).map(Item::text).toList().toString();
    }

    /** No label lies over another label or over any marker. */
    public static void assertNothingOverlaps(List<Item> items, String where) {
        for (Item a : items) {
            if (a.label == null) continue;
            for (Item b : items) {
                if (b == a) continue;
                assertFalse(crosses(a.label, b.marker), where + ": \"" + a.text + "\" " + a.label + " lies over a marker " + b.marker
                        + " of " + b.node + " " + b.text);
                if (b.label != null) {
                    assertFalse(crosses(a.label, b.label), where + ": \"" + a.text + "\" lies over \"" + b.text + "\"");
                }
            }
        }
    }

    /** Whether two boxes share more than a pixel's sliver (text bounds include the font's side bearings). */
    private static boolean crosses(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() - 1 && b.getMinX() < a.getMaxX() - 1 && a.getMinY() < b.getMaxY() - 1 && b.getMinY() < a.getMaxY() - 1;
    }
}
