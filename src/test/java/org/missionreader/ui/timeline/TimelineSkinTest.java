package org.missionreader.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.LocalizedText;
import org.missionreader.library.Mandate;
import org.missionreader.library.Mission;
import org.missionreader.library.MissionStatus;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The skin as a JavaFX skin should behave: a layout pass reads the control and writes none of its
 * properties (the control fits its own view to new data), and the parts show their states as
 * pseudo-classes, which the stylesheet selects.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineSkinTest {

    private final Source source = new Source("synthetic", null);
    private final Mission mission = new Mission("m", new LocalizedText("M", "M"), new LocalizedText("Test m", "Test m"),
            new LocalizedText("Nowhere", "Nowhere"), PartialDate.ofDay(2010, 1, 1), PartialDate.ofDay(2020, 12, 31), null, null,
            MissionStatus.CLOSED, PartialDate.ofYear(2025), null, List.of(source),
            List.of(new Mandate("1 (2010)", PartialDate.ofDay(2010, 1, 1), source),
                    new Mandate("2 (2013)", PartialDate.ofDay(2013, 1, 1), source),
                    new Mandate("3 (2016)", PartialDate.ofDay(2016, 1, 1), source)));
    private final Mission other = Synthetic.mission("o", PartialDate.ofYear(2005), null);
    private final TimelineEvent first = Synthetic.event("first", "m", PartialDate.ofDay(2011, 3, 1), null, "First accord");
    private final TimelineEvent second = Synthetic.event("second", "m", PartialDate.ofDay(2014, 6, 15), null, "Second meeting");
    private final TimelineEvent late = Synthetic.event("late", "m", PartialDate.ofDay(2019, 9, 9), null, "Late review");
    private TimelineView view;
    private StackPane root;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setToday(LocalDate.of(2025, 11, 1));
        root = new StackPane(view);
        stage.setScene(new Scene(root, 1000, 260));
        // The timeline's colours are the palette's, on app.css's .root.
        stage.getScene().getStylesheets().add(org.missionreader.ui.MainWindow.class.getResource("app.css").toExternalForm());
        stage.show();
    }

    /** What was written to the control's properties while {@code inLayout} was set. */
    private final List<String> writtenInLayout = new ArrayList<>();
    private boolean inLayout;

    private void watch(String name, ObservableValue<?> property) {
        property.addListener((obs, old, now) -> {
            if (inLayout) writtenInLayout.add(name + ": " + old + " -> " + now);
        });
    }

    /** Runs a change, then a CSS and a layout pass of the control alone, noting every write during the layout. */
    private void changeThenLayOut(FxRobot robot, Runnable change) {
        robot.interact(() -> {
            change.run();
            view.applyCss();
            inLayout = true;
            try {
                view.layout();
            } finally {
                inLayout = false;
            }
        });
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    private EventNode node(TimelineEvent e) {
        return skin().eventNodes().stream().filter(n -> e.equals(n.event())).findFirst().orElse(null);
    }

    @Test
    void aLayoutPassWritesNoneOfTheControlsProperties(FxRobot robot) {
        robot.interact(() -> {
            watch("viewport", view.viewportProperty());
            watch("neededHeight", view.neededHeightProperty());
            watch("selectedEvent", view.selectedEventProperty());
            watch("selectedMission", view.selectedMissionProperty());
            watch("focusedEvent", view.focusedEventProperty());
            watch("focusedMission", view.focusedMissionProperty());
            watch("allMissions", view.allMissionsProperty());
        });
        // Data given to a timeline already shown, with no view yet: the layout leaves the view unset...
        changeThenLayOut(robot, () -> {
            view.getMissions().setAll(mission);
            view.getEvents().setAll(late, first, second);
        });
        assertEquals(List.of(), writtenInLayout);
        // ...and the control fits it to the data before the next layout pass, as on first show.
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.limits().fitAll(), view.getViewport());
        assertNotNull(node(first), "drawn once fitted");
        assertTrue(view.getNeededHeight() > 0, "the needed height reaches the control after the layout pass");

        Viewport fitted = view.getViewport();
        changeThenLayOut(robot, () -> view.zoom(4, fitted.center()));
        changeThenLayOut(robot, () -> view.pan(fitted.span() / 10));
        changeThenLayOut(robot, () -> view.setSelectedEvent(late));
        changeThenLayOut(robot, () -> view.getHighlighted().add(second));
        changeThenLayOut(robot, view::fitMission);
        changeThenLayOut(robot, () -> view.resize(700, 240));
        changeThenLayOut(robot, () -> {
            view.getMissions().setAll(mission, other);
            view.setAllMissions(true);
        });
        changeThenLayOut(robot, () -> view.laneHeightProperty().set(30));
        assertEquals(List.of(), writtenInLayout);
        // The zoom and pan still work, and the all-missions view still shows both rows.
        assertTrue(view.getViewport().span() < view.limits().maxSpan());
        assertEquals(2, skin().bands().rows().size());
    }

    @Test
    void aTimelineGivenDataBeforeItIsShownFitsItOnFirstShow(FxRobot robot) {
        TimelineView fresh = new TimelineView();
        fresh.setToday(LocalDate.of(2025, 11, 1));
        fresh.getEvents().setAll(second, first);
        fresh.getMissions().setAll(mission);
        assertNull(fresh.getViewport());
        robot.interact(() -> root.getChildren().setAll(fresh));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fresh.limits().fitAll(), fresh.getViewport());
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void statesArePseudoClassesTheStylesheetSelects(FxRobot robot) {
        changeThenLayOut(robot, () -> {
            view.getMissions().setAll(mission);
            view.getEvents().setAll(first, second, late);
            view.fitAll();
            view.setSelectedEvent(second);
            view.getHighlighted().add(late);
        });
        EventNode selected = node(second);
        EventNode linked = node(late);
        EventNode plain = node(first);
        assertTrue(has(selected, "selected") && !has(selected, "linked"));
        assertTrue(has(linked, "linked") && !has(linked, "selected"));
        assertFalse(has(plain, "selected") || has(plain, "linked") || has(plain, "focus-item"));
        assertTrue(has(plain, "has-document"));
        // States are not style classes: those name what a part is.
        for (String state : List.of("selected", "linked", "focused", "focus-item", "has-document")) {
            assertFalse(selected.getStyleClass().contains(state) || linked.getStyleClass().contains(state), state);
        }
        assertTrue(selected.getAccessibleRole() != null && Boolean.TRUE.equals(
                selected.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.SELECTED)));
        // The stylesheet selects them: the selected event on the accent, the linked one on the linked colour.
        assertEquals(Color.web("#2164aa"), fill(selected));
        assertEquals(Color.web("rgba(230, 160, 30, 0.22)"), fill(linked));

        // Selecting another event moves the state; the node reused keeps none of it.
        changeThenLayOut(robot, () -> view.setSelectedEvent(first));
        assertTrue(has(node(first), "selected"));
        assertFalse(has(node(second), "selected"));

        // Mandate periods alternate as :even and :odd.
        List<Region> mandates = robot.lookup(".timeline .mandate").queryAllAs(Region.class).stream().filter(Node::isVisible).toList();
        assertEquals(3, mandates.size());
        for (int i = 0; i < mandates.size(); i++) {
            assertEquals(i % 2 == 0, has(mandates.get(i), "even"), "mandate " + i);
            assertEquals(i % 2 == 1, has(mandates.get(i), "odd"), "mandate " + i);
        }
        assertFalse(has(robot.lookup(".mandate-separator").query(), "in-rows"));

        // All missions: the chosen mission's row and name are :selected, the row under the keyboard :focus-item.
        changeThenLayOut(robot, () -> {
            view.getMissions().setAll(mission, other);
            view.setAllMissions(true);
            view.setSelectedMission(other);
            view.fitAll();
        });
        changeThenLayOut(robot, () -> view.focus(mission, first));
        List<Region> rows = skin().bands().rows();
        assertTrue(has(rows.get(1), "selected") && !has(rows.get(0), "selected"));
        assertTrue(has(rows.get(0), "focus-item") && !has(rows.get(1), "focus-item"));
        assertTrue(has(node(first), "focus-item"));
        List<Node> names = robot.lookup(".mission-name-label").queryAll().stream().filter(Node::isVisible).toList();
        assertTrue(names.stream().anyMatch(n -> has(n, "selected")));
        assertTrue(has(robot.lookup(".mandate-separator").query(), "in-rows"));
        assertTrue(mandates.stream().noneMatch(m -> m.isVisible() && m.getStyleClass().contains("mandate")),
                "no mandate strip in the rows");
    }

    private static Color fill(Region region) {
        return (Color) region.getBackground().getFills().get(0).getFill();
    }
}
