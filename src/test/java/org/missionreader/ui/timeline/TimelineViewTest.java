package org.missionreader.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline control on its own, driven headless under Monocle with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    static final double EPS = 1e-6;

    private final Mission mission = Synthetic.mission("m", PartialDate.ofDay(2010, 1, 1), PartialDate.ofDay(2020, 12, 31));
    private final TimelineEvent first = Synthetic.event("first", "m", PartialDate.ofDay(2011, 3, 1), null, "First accord");
    private final TimelineEvent second = Synthetic.event("second", "m", PartialDate.ofDay(2013, 6, 15), null, "Second meeting");
    private final TimelineEvent month = Synthetic.event("month", "m", PartialDate.ofMonth(2015, 9), null, "Talks sometime in September");
    private final TimelineEvent year = Synthetic.event("year", "m", PartialDate.ofYear(2017), null, "A year-only review");
    private final TimelineEvent span = Synthetic.event("span", "m", PartialDate.ofDay(2018, 2, 1), PartialDate.ofDay(2018, 8, 31), "Long talks");
    private final List<TimelineEvent> opened = new ArrayList<>();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setToday(LocalDate.of(2025, 11, 1));
        view.getMissions().setAll(mission);
        view.getEvents().setAll(year, second, span, first, month);
        view.setOnOpen(opened::add);
        stage.setScene(new Scene(new StackPane(view), 1000, 240));
        // The timeline's colours are the palette's, on app.css's .root.
        stage.getScene().getStylesheets().add(org.missionreader.ui.MainWindow.class.getResource("app.css").toExternalForm());
        stage.show();
    }

    @BeforeEach
    void fit(FxRobot robot) {
        robot.interact(() -> view.fitAll());
        layout(robot);
    }

    private void layout(FxRobot robot) {
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    private EventNode node(TimelineEvent e) {
        return skin().eventNodes().stream().filter(n -> e.equals(n.event())).findFirst().orElse(null);
    }

    /** A point of the control, in screen coordinates, at a share of its width and a height. */
    private Point2D at(double share, double y) {
        Bounds b = view.localToScreen(view.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * share, b.getMinY() + y);
    }

    @Test
    void ctrlScrollZoomsOnThePointerKeepingItsDayInPlace(FxRobot robot) {
        Viewport before = view.getViewport();
        double dayUnder = skin().dayAt(300);
        scroll(robot, 300, 80, true);
        layout(robot);
        Viewport after = view.getViewport();
        assertTrue(after.span() < before.span() * 0.9, () -> before + " -> " + after);
        assertEquals(dayUnder, skin().dayAt(300), after.span() * 1e-3);
        scroll(robot, 300, -80, true);
        layout(robot);
        assertEquals(before.span(), view.getViewport().span(), before.span() * 1e-6);
    }

    /**
     * A mouse wheel turn over the control (Monocle's robot has no wheel): deltaY 40 a notch up, with or
     * without Ctrl.
     */
    private void scroll(FxRobot robot, double x, double deltaY, boolean ctrl) {
        robot.interact(() -> view.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, x, 60, x, 60, false, ctrl, false, false,
                false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(view, x, 60))));
    }

    @Test
    void pinchingZoomsOnTheFingers(FxRobot robot) {
        double span = view.getViewport().span();
        double dayUnder = skin().dayAt(700);
        robot.interact(() -> view.fireEvent(new ZoomEvent(ZoomEvent.ZOOM, 700, 60, 700, 60, false, false, false, false,
                false, false, 1.5, 1.5, new PickResult(view, 700, 60))));
        layout(robot);
        assertEquals(span / 1.5, view.getViewport().span(), span * 1e-9);
        assertEquals(dayUnder, skin().dayAt(700), 1e-6);
    }

    @Test
    void plusAndMinusZoomOnTheSelectionWithinTheLimits(FxRobot robot) {
        robot.interact(() -> view.setSelectedEvent(second));
        robot.clickOn(view);
        robot.interact(() -> view.setSelectedEvent(second));
        double day = second.date().firstDay().toEpochDay();
        double share = view.getViewport().fraction(day);
        robot.type(KeyCode.ADD);
        layout(robot);
        assertEquals(share, view.getViewport().fraction(day), 1e-9);
        for (int i = 0; i < 20; i++) robot.type(KeyCode.ADD);
        assertEquals(1, view.getViewport().span(), EPS); // one day across the view, no closer
        assertTrue(view.getViewport().contains(day));
        for (int i = 0; i < 20; i++) robot.type(KeyCode.SUBTRACT);
        assertEquals(view.limits().maxSpan(), view.getViewport().span(), EPS);
    }

    @Test
    void draggingPansAndKeepsTheDayUnderThePointer(FxRobot robot) {
        robot.interact(() -> view.zoom(4, view.getViewport().center()));
        layout(robot);
        double dpp = skin().daysPerPixel();
        double start = view.getViewport().start();
        robot.drag(at(0.6, 200)).moveBy(-200, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        layout(robot);
        assertEquals(start + 200 * dpp, view.getViewport().start(), 2 * dpp);
        assertTrue(opened.isEmpty(), "a drag opens nothing");
    }

    @Test
    void scrollingAndShiftArrowsPan(FxRobot robot) {
        robot.interact(() -> view.zoom(4, view.getViewport().center()));
        layout(robot);
        double start = view.getViewport().start();
        scroll(robot, 500, -120, false);
        layout(robot);
        double afterScroll = view.getViewport().start();
        assertTrue(afterScroll > start, "wheel down moves on in time");
        robot.clickOn(at(0.5, 228)); // the axis: focus without choosing an event
        double span = view.getViewport().span();
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(afterScroll - span / 8, view.getViewport().start(), EPS);
        assertNull(view.getSelectedEvent(), "Shift+arrows pan, they do not select");
    }

    @Test
    void panningStopsBeforeTheDataLeavesTheView(FxRobot robot) {
        robot.interact(() -> view.pan(1e6));
        Viewport v = view.getViewport();
        assertTrue(v.start() < view.limits().dataEnd(), v::toString);
        robot.interact(() -> view.pan(-1e7));
        assertTrue(view.getViewport().end() > view.limits().dataStart());
    }

    @Test
    void arrowsStepThroughEventsInTimeOrderAndEnterOpens(FxRobot robot) {
        robot.clickOn(at(0.5, 228));
        robot.type(KeyCode.HOME);
        assertEquals(first, view.getSelectedEvent());
        robot.type(KeyCode.RIGHT);
        assertEquals(second, view.getSelectedEvent());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(year, view.getSelectedEvent());
        robot.type(KeyCode.LEFT);
        assertEquals(month, view.getSelectedEvent());
        robot.type(KeyCode.END);
        assertEquals(span, view.getSelectedEvent());
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(span), opened);
        layout(robot);
        // The focus is visible: the selected event's node carries the focus ring's class while the timeline has focus.
        assertTrue(view.isFocused());
        assertTrue(node(span).getPseudoClassStates().contains(TimelineStates.SELECTED));
    }

    @Test
    void steppingToAnEventOffScreenBringsItIntoView(FxRobot robot) {
        robot.interact(() -> view.fit(first.date().firstDay().toEpochDay() - 30, first.date().firstDay().toEpochDay() + 30));
        robot.clickOn(at(0.5, 228));
        robot.interact(() -> view.setSelectedEvent(first));
        robot.type(KeyCode.RIGHT);
        layout(robot);
        assertEquals(second, view.getSelectedEvent());
        assertTrue(view.getViewport().contains(second.date().firstDay().toEpochDay()));
        assertNotNull(node(second), "the event now has its node");
    }

    @Test
    void aClickOnAnEventOpensIt(FxRobot robot) {
        robot.clickOn(node(second));
        assertEquals(List.of(second), opened);
        assertEquals(second, view.getSelectedEvent());
    }

    @Test
    void datesAreDrawnAsPreciselyAsTheyAreKnown(FxRobot robot) {
        double dpp = skin().daysPerPixel();
        EventNode day = node(first);
        assertTrue(day.getStyleClass().contains("kind-point"));
        EventNode monthNode = node(month);
        assertTrue(monthNode.getStyleClass().contains("kind-month"));
        assertTrue(node(year).getStyleClass().contains("kind-year"));
        Node bar = monthNode.getChildrenUnmodifiable().get(0);
        // September has 30 days: at this zoom narrower than the smallest bar, drawn at least that wide.
        assertEquals(Math.max(30 / dpp, 6), bar.getLayoutBounds().getWidth(), 0.5);
        robot.interact(() -> view.fit(LocalDate.of(2015, 8, 1).toEpochDay(), LocalDate.of(2015, 11, 1).toEpochDay()));
        layout(robot);
        double dppNear = skin().daysPerPixel();
        Node near = node(month).getChildrenUnmodifiable().get(0);
        assertEquals(30 / dppNear, near.getLayoutBounds().getWidth(), 0.5);
        Bounds b = near.localToScene(near.getLayoutBounds());
        assertEquals(LocalDate.of(2015, 9, 1).toEpochDay(), skin().dayAt(b.getMinX()), 0.5 * dppNear);
        robot.interact(() -> view.fitAll());
        layout(robot);
        assertTrue(node(span).getStyleClass().contains("kind-span"));
    }

    @Test
    void tooltipsAndScreenReadersGetDateTitlePlaceAndSource(FxRobot robot) {
        EventNode n = node(month);
        assertEquals(AccessibleRole.BUTTON, n.getAccessibleRole());
        assertEquals("September 2015, Talks sometime in September, Bamako; Enter opens its document", n.getAccessibleText());
        assertEquals("September 2015 (known to the month, not the day)\nTalks sometime in September\nPlace: Bamako\nSource: synthetic source",
                new TimelineTexts().tooltip(month));
        robot.interact(() -> view.setSelectedEvent(first));
        assertEquals(node(first), view.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.FOCUS_ITEM));
    }

    @Test
    void closeEventsClusterWithACountThatOpensOnZoom(FxRobot robot) {
        List<TimelineEvent> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            crowd.add(Synthetic.event("c" + i, "m", PartialDate.ofDay(2016, 4, 1 + i % 28), null, "Crowded " + i));
        }
        robot.interact(() -> view.getEvents().addAll(crowd));
        layout(robot);
        ClusterNode cluster = skin().clusterNodes().stream().filter(c -> c.range().count() >= 40).findFirst().orElseThrow();
        // Named after its first event (all are alike) with how many more, or, without room, by its count.
        assertTrue(cluster.shownLabel().isEmpty() ? "40".equals(cluster.getText()) : cluster.shownLabel().endsWith(" +39"),
                cluster.getText() + " / " + cluster.shownLabel());
        assertTrue(cluster.getAccessibleText().startsWith("40 events, 1\u00A0April 2016 – 28\u00A0April 2016"), cluster.getAccessibleText());
        double span = view.getViewport().span();
        for (int click = 0; click < 12 && !skin().clusterNodes().isEmpty(); click++) {
            ClusterNode c = skin().clusterNodes().get(0);
            robot.clickOn(c);
            layout(robot);
        }
        assertTrue(view.getViewport().span() < span / 50, "zoomed in on the crowd");
        assertTrue(skin().eventNodes().stream().anyMatch(n -> n.event() != null && n.event().id().startsWith("c")),
                "the crowd's events now have nodes of their own");
        assertTrue(opened.isEmpty());
    }

    @Test
    void theSelectedEventsTitleStandsBesideItsOwnMarker(FxRobot robot) throws Exception {
        List<TimelineEvent> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            crowd.add(Synthetic.event("c" + i, "m", PartialDate.ofDay(2016, 4, 1 + i % 28), null, "Crowded " + i));
        }
        robot.interact(() -> view.getEvents().addAll(crowd));
        layout(robot);
        // Close enough for the crowd's events to stand apart, the selected one is laid out first: its own
        // label, whole, beside its marker, over nothing else.
        robot.interact(() -> view.fit(LocalDate.of(2016, 3, 31).toEpochDay(), LocalDate.of(2016, 4, 12).toEpochDay()));
        robot.interact(() -> view.setSelectedEvent(crowd.get(7)));
        layout(robot);
        EventNode selected = node(crowd.get(7));
        assertNotNull(selected);
        assertEquals("Crowded 7", selected.shownLabel());
        assertNoOverlapOnALane();
        org.missionreader.ui.Screenshots.save(view.getScene(), "timeline-selected-label");

        // Zoomed out, the event is part of a cluster: the cluster is named after it.
        robot.interact(() -> view.fitAll());
        layout(robot);
        ClusterNode holder = skin().clusterNodes().stream().filter(k -> k.getPseudoClassStates().contains(TimelineStates.SELECTED))
                .findFirst().orElseThrow(() -> new AssertionError("the selected event is in a cluster"));
        assertTrue(holder.shownLabel().startsWith("Crowded 7"), holder.shownLabel());
        assertNoOverlapOnALane();
        org.missionreader.ui.Screenshots.save(view.getScene(), "timeline-selected-cluster");
    }

    /** No two items (marker and label) of a lane lie over each other. */
    private void assertNoOverlapOnALane() {
        List<Node> items = new ArrayList<>(skin().eventNodes());
        items.addAll(skin().clusterNodes());
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Bounds ba = items.get(a).getBoundsInParent();
                Bounds bb = items.get(b).getBoundsInParent();
                assertFalse(ba.getMinY() == bb.getMinY() && ba.intersects(bb.getMinX() + 0.01, bb.getMinY(), bb.getWidth() - 0.02, bb.getHeight()),
                        () -> "overlap: " + ba + " and " + bb);
            }
        }
    }

    @Test
    void lanesAndClustersNeverOverlap(FxRobot robot) {
        robot.interact(() -> view.getEvents().setAll(Synthetic.events("m", 600, LocalDate.of(2010, 1, 1), 11, 42)));
        for (double span : new double[] {4000, 700, 120, 20}) {
            robot.interact(() -> view.fit(16000, 16000 + span));
            layout(robot);
            List<Node> items = new ArrayList<>(skin().eventNodes());
            items.addAll(skin().clusterNodes());
            for (int a = 0; a < items.size(); a++) {
                for (int b = a + 1; b < items.size(); b++) {
                    Bounds ba = items.get(a).getBoundsInParent();
                    Bounds bb = items.get(b).getBoundsInParent();
                    boolean bars = isBar(items.get(a)) || isBar(items.get(b));
                    assertFalse(!bars && ba.getMinY() == bb.getMinY() && ba.intersects(bb.getMinX() + 0.01, bb.getMinY(), bb.getWidth() - 0.02, bb.getHeight()),
                            () -> "overlap at span " + span + ": " + ba + " and " + bb);
                }
            }
            List<javafx.scene.text.Text> labels = skin().axis().shownLabels();
            for (int a = 0; a < labels.size(); a++) {
                for (int b = a + 1; b < labels.size(); b++) {
                    assertFalse(labels.get(a).getBoundsInParent().intersects(labels.get(b).getBoundsInParent()),
                            labels.get(a).getText() + " / " + labels.get(b).getText());
                }
            }
        }
    }

    private static boolean isBar(Node n) {
        return n instanceof EventNode e && !e.getStyleClass().contains("kind-point");
    }

    @Test
    void onlyWhatIsVisibleHasNodes(FxRobot robot) {
        robot.interact(() -> view.getEvents().setAll(Synthetic.events("m", 3000, LocalDate.of(2010, 1, 1), 11, 7)));
        robot.interact(() -> view.fit(LocalDate.of(2015, 3, 1).toEpochDay(), LocalDate.of(2015, 4, 1).toEpochDay()));
        layout(robot);
        Viewport v = view.getViewport();
        long inView = view.getEvents().stream().filter(e -> {
            double s = e.date().firstDay().toEpochDay();
            double end = (e.end() != null ? e.end() : e.date()).lastDay().toEpochDay() + 1;
            return end >= v.start() - 40 && s <= v.end() + 40;
        }).count();
        int shown = skin().eventNodes().size() + skin().clusterNodes().stream().mapToInt(c -> 1).sum();
        assertTrue(shown <= inView, shown + " nodes for " + inView + " events near the view");
        assertTrue(countNodes(view) < 40 * (shown + 20), "nodes in all: " + countNodes(view));
    }

    static int countNodes(Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) count += countNodes(child);
        }
        return count;
    }

    @Test
    void cssSetsTheLaneHeightAndTheMarkerSize(FxRobot robot) throws Exception {
        java.nio.file.Path css = java.nio.file.Files.createTempFile("timeline", ".css");
        java.nio.file.Files.writeString(css, ".timeline { -timeline-lane-height: 30px; -timeline-marker-size: 16px; }");
        robot.interact(() -> view.getScene().getStylesheets().add(css.toUri().toString()));
        layout(robot);
        assertEquals(30, view.getLaneHeight(), EPS);
        assertEquals(16, view.getMarkerSize(), EPS);
        EventNode n = node(first);
        assertEquals(28, n.getHeight(), EPS);
        assertEquals(16, n.getChildrenUnmodifiable().get(0).getLayoutBounds().getWidth(), EPS);
        robot.interact(() -> view.getScene().getStylesheets().remove(css.toUri().toString()));
        layout(robot);
        assertEquals(22, view.getLaneHeight(), EPS);
        assertEquals(20, node(first).getHeight(), EPS);
    }

    @Test
    void theAllMissionsLayoutGivesEachMissionARow(FxRobot robot) {
        Mission other = Synthetic.mission("o", PartialDate.ofYear(2005), null);
        TimelineEvent otherEvent = Synthetic.event("o1", "o", PartialDate.ofDay(2008, 5, 5), null, "Other mission event");
        robot.interact(() -> {
            view.getMissions().setAll(mission, other);
            view.getEvents().add(otherEvent);
            view.setAllMissions(true);
            view.fitAll();
        });
        layout(robot);
        assertEquals(2, skin().bands().rows().size());
        assertNotNull(node(otherEvent));
        assertNotNull(node(first));
        assertTrue(node(otherEvent).getBoundsInParent().getMinY() > node(first).getBoundsInParent().getMinY(), "one row per mission, in order");
        Node row = skin().bands().rows().get(1);
        Bounds rb = row.localToScreen(row.getLayoutBounds());
        robot.clickOn(new Point2D(rb.getMinX() + 5, rb.getCenterY()));
        assertEquals(other, view.getSelectedMission());
        // Right moves the timeline's focus along the row, Up to the row above, onto its event nearest in
        // time; nothing is selected.
        robot.type(KeyCode.RIGHT);
        assertEquals(otherEvent, view.getFocusedEvent());
        assertEquals(other, view.getFocusedMission());
        robot.type(KeyCode.UP);
        assertEquals(other, view.getSelectedMission());
        assertEquals(mission, view.getFocusedMission());
        assertEquals(first, view.getFocusedEvent());
        assertTrue(node(first).getPseudoClassStates().contains(TimelineStates.FOCUS_ITEM));
        robot.type(KeyCode.RIGHT);
        assertEquals(second, view.getFocusedEvent());
        assertTrue(opened.isEmpty());
        // Enter opens it: then it is selected.
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(second), opened);
        assertEquals(second, view.getSelectedEvent());
        assertNull(view.getFocusedMission());
        // The ongoing mission reaches today; the limits take it in.
        assertEquals(LocalDate.of(2025, 11, 2).toEpochDay(), view.limits().dataEnd(), EPS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
