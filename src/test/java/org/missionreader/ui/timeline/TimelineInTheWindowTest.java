package org.missionreader.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.Screenshots;
import org.missionreader.ui.TestWindow;
import org.missionreader.ui.TimelinePane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline as a reader meets it: the real window at laptop and desktop sizes, in French and English,
 * fitted to MINUSMA, with the timeline at the height the window gives it. The accord initialed in Algiers
 * and the closure must each carry a label that says enough to know the event, beside their own marker,
 * inside the timeline, over no other label or marker. Screenshots go to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineInTheWindowTest {

    private static final String ACCORD = "minusma-accord-initialed-algiers";
    private static final String CLOSURE = "minusma-closure";
    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";
    private static final int[][] SIZES = {{1366, 768}, {1024, 700}, {1920, 1080}};

    private Stage stage;
    private TestWindow shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, Locale.FRENCH);
        pane().timeline().setToday(LocalDate.of(2025, 11, 1));
    }

    @BeforeEach
    void waitForLibrary() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ReaderModel model() {
        return shown.model();
    }

    private TimelinePane pane() {
        return shown.window().timeline();
    }

    private TimelineView timeline() {
        return pane().timeline();
    }

    private TimelineSkin skin() {
        return (TimelineSkin) timeline().getSkin();
    }

    private TimelineEvent event(String id) {
        return model().library().events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private void resize(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            // At the screen's corner: the headless screen cannot paint a window that runs past its edges.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline().fitMission());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAccordAndTheClosureAreLabelledAtEverySizeInFrench(FxRobot robot) throws IOException {
        eachSize(robot, "fr");
    }

    @Test
    void theAccordAndTheClosureAreLabelledAtEverySizeInEnglish(FxRobot robot) throws IOException {
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        eachSize(robot, "en");
    }

    private void eachSize(FxRobot robot, String language) throws IOException {
        for (int[] size : SIZES) {
            String where = size[0] + "x" + size[1] + "-" + language;
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            if (size[0] <= screen.getWidth() && size[1] <= screen.getHeight()) {
                resize(robot, size[0], size[1]);
                Screenshots.save(stage.getScene(), "timeline-" + where);
                assertMissionIsReadable(where);
                continue;
            }
            // Larger than the headless screen, which cannot paint a window past its edges: the window's
            // content is moved into a scene of that size, laid out, checked and drawn into an image there,
            // then given back to the window.
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> {
                javafx.scene.Scene windowScene = stage.getScene();
                javafx.scene.Parent root = windowScene.getRoot();
                windowScene.setRoot(new javafx.scene.layout.Pane());
                javafx.scene.Scene large = new javafx.scene.Scene(root, size[0], size[1]);
                large.getStylesheets().setAll(windowScene.getStylesheets());
                try {
                    root.applyCss();
                    root.layout();
                    timeline().fitMission();
                    root.applyCss();
                    root.layout();
                    root.layout();
                    assertEquals(size[0], timeline().getScene().getWidth(), 1);
                    image[0] = large.snapshot(null);
                    assertMissionIsReadable(where);
                } finally {
                    large.setRoot(new javafx.scene.layout.Pane());
                    windowScene.setRoot(root);
                }
            });
            save(image[0], "timeline-" + where);
        }
    }

    private static void save(javafx.scene.image.WritableImage image, String name) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        out.setRGB(0, 0, w, h, argb, 0, w);
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("mission.reader.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
    }

    /** The accord's and the closure's labels, and nothing drawn over anything. */
    private void assertMissionIsReadable(String where) {
        assertEquals("minusma", model().missionProperty().get().id());
        TimelineLabels.assertReadable(timeline(), List.of(event(ACCORD), event(CLOSURE)), where);
    }

    private List<TimelineLabels.Item> items() {
        return TimelineLabels.items(timeline());
    }

    private static void assertNothingOverlaps(List<TimelineLabels.Item> items, String where) {
        TimelineLabels.assertNothingOverlaps(items, where);
    }

    @Test
    void theNeededHeightIsExposedAndShowsTheLabelsWhole(FxRobot robot) throws IOException {
        resize(robot, 1366, 768);
        double needed = pane().getNeededHeight();
        assertTrue(needed > 100 && needed < 400, "needed " + needed);
        assertTrue(timeline().getNeededHeight() < needed, "the pane's takes in its header");
        // As the window would size its divider from it.
        SplitPane rows = robot.lookup(".split-pane").queryAll().stream().map(n -> (SplitPane) n)
                .filter(p -> p.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        robot.interact(() -> rows.setDividerPositions(1 - (needed + 3) / rows.getHeight()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline().fitMission());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane().getHeight() >= needed - 1, pane().getHeight() + " for " + needed);
        Screenshots.save(stage.getScene(), "timeline-needed-height");
        assertMissionIsReadable("needed height");
        Locale locale = timeline().localeProperty().get();
        TimelineLabels.Item closure = items().stream().filter(i -> event(CLOSURE).equals(i.named())).findFirst().orElseThrow();
        assertEquals(event(CLOSURE).title().in(locale), closure.text(), "the closure's title whole");
    }

    @Test
    void inOneLaneTheClustersAreNamedAfterTheAccordAndTheClosure(FxRobot robot) throws IOException {
        resize(robot, 1366, 768);
        SplitPane rows = robot.lookup(".split-pane").queryAll().stream().map(n -> (SplitPane) n)
                .filter(p -> p.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        robot.interact(() -> rows.setDividerPositions(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline().fitMission());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "timeline-one-lane-fr");
        assertMissionIsReadable("the timeline at its least height");
    }

    @Test
    void inAllMissionsLabelsStayInTheirMissionsYearsAndKeyboardZoomKeepsThemApart(FxRobot robot) throws IOException {
        resize(robot, 1366, 768);
        robot.interact(() -> pane().allMissionsToggle().fire());
        robot.interact(() -> model().eventProperty().set(event(ACCORD)));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "timeline-all-missions-accord");
        assertLabelsInTheirRows("all missions");
        robot.interact(() -> timeline().requestFocus());
        for (int step = 1; step <= 6; step++) {
            robot.type(step <= 4 ? KeyCode.PLUS : KeyCode.MINUS);
            WaitForAsyncUtils.waitForFxEvents();
            List<TimelineLabels.Item> items = items();
            assertNothingOverlaps(items, "zoom step " + step);
            assertLabelsInTheirRows("zoom step " + step);
            if (step == 4) Screenshots.save(stage.getScene(), "timeline-all-missions-zoomed");
        }
    }

    @Test
    void keyboardZoomOnTheSelectedAccordKeepsLabelsApart(FxRobot robot) throws IOException {
        resize(robot, 1024, 700);
        robot.interact(() -> model().open(model().library().document(PRESS_ELEMENTS).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ACCORD, model().eventProperty().get().id());
        robot.interact(() -> timeline().requestFocus());
        for (int step = 1; step <= 8; step++) {
            robot.type(step <= 6 ? KeyCode.PLUS : KeyCode.MINUS);
            WaitForAsyncUtils.waitForFxEvents();
            List<TimelineLabels.Item> items = items();
            assertNothingOverlaps(items, "zoom step " + step);
            TimelineEvent accord = event(ACCORD);
            assertTrue(items.stream().anyMatch(i -> accord.equals(i.named())), "zoom step " + step + ": the selected accord is named");
            if (step == 6) Screenshots.save(stage.getScene(), "timeline-accord-zoomed-1024x700-fr");
        }
    }

    /** Every label of a mission's row lies within the mission's years (its events' included). */
    private void assertLabelsInTheirRows(String where) {
        for (TimelineLabels.Item item : items()) {
            if (item.label() == null) continue;
            Mission m = model().library().mission(item.named().missionId()).orElseThrow();
            double first = Math.min(m.start().firstDay().toEpochDay(), model().library().eventsOf(m.id()).stream()
                    .mapToDouble(e -> e.date().firstDay().toEpochDay()).min().orElse(Double.MAX_VALUE));
            double last = m.end() != null ? m.end().lastDay().toEpochDay() + 1 : LocalDate.of(2025, 11, 2).toEpochDay();
            last = Math.max(last, m.plannedEnd() == null ? last : m.plannedEnd().lastDay().toEpochDay() + 1);
            double from = dayAtScene(item.label().getMinX());
            double to = dayAtScene(item.label().getMaxX());
            String text = item.text();
            assertTrue(from >= first - 2 && to <= last + 2, where + ": \"" + text + "\" runs over "
                    + LocalDate.ofEpochDay((long) from) + " to " + LocalDate.ofEpochDay((long) to) + ", outside " + m.id() + "'s years");
        }
    }

    private double dayAtScene(double sceneX) {
        return skin().dayAt(timeline().sceneToLocal(sceneX, 0).getX());
    }

    @Test
    void upAndDownInAllMissionsMoveTheFocusAndKeepTheDocumentOpen(FxRobot robot) throws IOException {
        resize(robot, 1366, 768);
        Document press = model().library().document(PRESS_ELEMENTS).orElseThrow();
        robot.interact(() -> model().open(press));
        robot.interact(() -> pane().allMissionsToggle().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.DOWN);
        assertEquals("minusca", timeline().getFocusedMission().id(), "Down goes to the next row");
        robot.type(KeyCode.UP);
        assertEquals("minusma", timeline().getFocusedMission().id(), "Up goes back");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(press, model().documentProperty().get(), "the document stays open");
        assertEquals("minusma", model().missionProperty().get().id(), "the mission stays");
        assertEquals("minusca", timeline().getFocusedMission().id());
        TimelineEvent focused = timeline().getFocusedEvent();
        assertNotNull(focused);
        assertEquals("minusca", focused.missionId());
        Screenshots.save(stage.getScene(), "timeline-all-missions-focus");
        // Enter opens the focused event: now the reader has chosen another mission.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(focused, model().eventProperty().get());
        assertEquals("minusca", model().missionProperty().get().id());
        assertNotEquals(press, model().documentProperty().get());
    }
}
