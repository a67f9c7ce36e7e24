package org.missionreader.ui;

import org.missionreader.ui.application.Services;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.TimelineEvent;
import org.missionreader.timeline.Viewport;
import org.missionreader.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline in the window: its header commands, the shared selection, all missions; screenshots. */
@ExtendWith(ApplicationExtension.class)
class TimelinePaneTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    private ReaderModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
        model = new ReaderModel();
        window = new MainWindow(Services.create(model, new I18n(Locale.FRENCH)), "test");
        window.timeline().timeline().setToday(LocalDate.of(2025, 11, 1));
        TestWindow.putOn(stage, window);
        stage.show();
        window.loadBundled();
    }

    @BeforeEach
    void waitForLibrary() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineView timeline() {
        return window.timeline().timeline();
    }

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void theHeaderButtonsZoomAndFit(FxRobot robot) {
        Viewport fitted = timeline().getViewport();
        assertTrue(fitted.contains(day("2013-04-25")) && fitted.contains(day("2023-12-31")), fitted::toString);
        robot.clickOn("#timeline-zoom-in");
        assertEquals(fitted.span() / 2, timeline().getViewport().span(), 1e-6);
        robot.clickOn("#timeline-zoom-in");
        robot.clickOn("#timeline-zoom-out");
        assertEquals(fitted.span() / 2, timeline().getViewport().span(), 1e-6);
        robot.clickOn("#timeline-fit-all");
        assertEquals(timeline().limits().fitAll(), timeline().getViewport());
        robot.interact(() -> timeline().fit(day("2015-01-01"), day("2015-02-01")));
        robot.clickOn("#timeline-fit-mission");
        assertEquals(fitted, timeline().getViewport());
        // The commands speak the interface language.
        assertEquals("Zoom avant (+)", robot.lookup("#timeline-zoom-in").queryButton().getTooltip().getText());
        robot.clickOn("#language-en");
        assertEquals("Zoom in (+)", robot.lookup("#timeline-zoom-in").queryButton().getTooltip().getText());
        assertEquals("All missions", window.timeline().allMissionsToggle().getText());
    }

    @Test
    void openingADocumentSelectsAndScrollsToItsEvent(FxRobot robot) {
        robot.interact(() -> timeline().fit(day("2020-01-01"), day("2020-03-01")));
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineEvent selected = model.eventProperty().get();
        assertEquals("minusma-accord-initialed-algiers", selected.id());
        assertTrue(timeline().getViewport().contains(day("2015-03-01")), timeline().getViewport()::toString);
        Node node = robot.lookup(".timeline-event").match(n -> selected.equals(n.getUserData())).query();
        assertTrue(node.isVisible() && node.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")));
    }

    @Test
    void theAllMissionsViewPutsEveryMissionOnOneAxis(FxRobot robot) throws IOException {
        robot.clickOn("#timeline-all-missions");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, timeline().getMissions().size());
        Viewport all = timeline().getViewport();
        assertTrue(all.contains(day("1978-03-19")) && all.contains(day("2026-12-31")), all::toString);
        // MINUSMA's bar is notched at each renewal of its mandate (every mandate but the first).
        int renewals = model.library().mission("minusma").orElseThrow().mandates().size() - 1;
        assertTrue(renewals > 5);
        javafx.scene.shape.Path notches = robot.lookup(".mandate-separator").queryAs(javafx.scene.shape.Path.class);
        assertTrue(notches.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("in-rows")));
        assertEquals(2 * renewals, notches.getElements().size());
        Node minurso = robot.lookup(".mission-name-label").match(n -> "MINURSO".equals(((javafx.scene.control.Label) n).getText())).query();
        robot.clickOn(minurso);
        assertEquals("minurso", model.missionProperty().get().id());
        assertEquals("Frise chronologique de toutes les missions", robot.lookup(".timeline-pane .pane-heading").queryLabeled().getText());
        Screenshots.save(stage.getScene(), "timeline-all-missions");
        robot.clickOn("#timeline-all-missions");
        assertEquals(1, timeline().getMissions().size());
        assertEquals("minurso", timeline().getMissions().get(0).id());
    }

    @Test
    void screenshotsAtThreeZoomLevels(FxRobot robot) throws IOException {
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline().fitMission());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "timeline-1-mission");
        robot.interact(() -> timeline().fit(day("2015-01-01"), day("2016-01-01")));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "timeline-2-year-2015");
        robot.interact(() -> timeline().fit(day("2015-02-24"), day("2015-03-10")));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "timeline-3-days-march-2015");
        assertFalse(robot.lookup(".timeline-event").queryAll().stream().filter(Node::isVisible).toList().isEmpty());
    }

    @Test
    void theKeyboardFocusIsVisibleOnTheTimeline(FxRobot robot) throws IOException {
        robot.clickOn("#language-en");
        robot.interact(() -> timeline().requestFocus());
        robot.type(javafx.scene.input.KeyCode.HOME).type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline().isFocused());
        assertEquals("minusma-transfer-of-authority", model.eventProperty().get().id());
        Screenshots.save(stage.getScene(), "timeline-keyboard-en");
    }

    /**
     * A window resized after the timeline asked for a new height and before the layout that gives it (as a window
     * manager does, taking its title bar out of the size asked for once the first frame is laid out) still
     * shows the timeline at the height its lanes need within its share: the split pane alone keeps the timeline's
     * height in pixels when the window changes size, and moves the divider.
     */
    @Test
    void theTimelineKeepsItsFitWhenTheWindowIsResizedAsItAsksForAHeight(FxRobot robot) {
        double height = stage.getHeight();
        try {
            for (double h : new double[] {700, 820}) {
                double neededBefore = window.timeline().getNeededHeight();
                boolean[] resized = {false};
                Runnable[] resize = new Runnable[1];
                resize[0] = () -> {
                    if (!resized[0] && window.timeline().getNeededHeight() != neededBefore) {
                        resized[0] = true;
                        stage.setHeight(h);
                        javafx.application.Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(resize[0]));
                    }
                };
                robot.interact(() -> stage.getScene().addPostLayoutPulseListener(resize[0]));
                // All missions asks for another height than one mission does, and back.
                robot.clickOn("#timeline-all-missions");
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(resized[0], "the timeline asked for another height");
                assertFitted("window " + h);
            }
        } finally {
            WaitForAsyncUtils.asyncFx(() -> stage.setHeight(height));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void assertFitted(String where) {
        javafx.scene.control.SplitPane rows = (javafx.scene.control.SplitPane) window.timeline().getParent().getParent();
        double rowsHeight = rows.getHeight();
        double share = Math.min(window.timeline().getNeededHeight() + 4, rowsHeight * 0.34);
        double shown = window.timeline().getHeight();
        assertTrue(Math.abs(shown - share) <= 6, () -> where + ": timeline " + shown + " for a share of " + share
                + " of " + rowsHeight + ", needed " + window.timeline().getNeededHeight());
    }
}
