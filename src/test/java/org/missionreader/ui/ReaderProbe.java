package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Measures the reader as a person sees it, in screen and scene pixels, for the reading tests. */
final class ReaderProbe {

    static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    private final FxRobot robot;
    private final ReaderModel model;
    private final MainWindow window;

    ReaderProbe(FxRobot robot, TestWindow shown) {
        this.robot = robot;
        this.model = shown.model();
        this.window = shown.window();
    }

    /** Sizes the stage as a laptop's window, waits for the library and opens the press elements. */
    void openPressElements(Stage stage, double width, double height) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        resize(stage, width, height);
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void resize(Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void fontSize(int size) {
        robot.interact(() -> window.reading().settingsProperty().set(window.reading().settings().withFontSize(size)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    ScrollPane scroll() {
        return window.reader().scroll();
    }

    /** The top of the visible part of the page, in scene coordinates. */
    double viewportTopInScene() {
        Node viewport = scroll().lookup(".viewport");
        return viewport.localToScene(viewport.getBoundsInLocal()).getMinY();
    }

    double viewportHeight() {
        return scroll().getViewportBounds().getHeight();
    }

    /** How far the page is scrolled, in pixels: where the viewport's top lies down the page. */
    double scrolledPixels() {
        Node content = scroll().getContent();
        return viewportTopInScene() - content.localToScene(content.getBoundsInLocal()).getMinY();
    }

    /** How far the page can scroll, in pixels. */
    double scrollRange() {
        return scroll().getContent().getBoundsInLocal().getHeight() - viewportHeight();
    }

    TextFlow paragraph(int index) {
        return window.reader().paragraphBlock(index);
    }

    /** The rectangles of the lines of a block's text, top to bottom, in scene coordinates. */
    static List<Bounds> lines(TextFlow flow, int start, int end) {
        TreeSet<Double> tops = new TreeSet<>();
        List<Bounds> lines = new ArrayList<>();
        PathElement[] shape = flow.rangeShape(start, end);
        // rangeShape gives one rectangle per line: MoveTo, then LineTo its corners.
        List<double[]> rect = new ArrayList<>();
        for (int i = 0; i <= shape.length; i++) {
            PathElement e = i < shape.length ? shape[i] : null;
            if ((e == null || e instanceof MoveTo) && !rect.isEmpty()) {
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (double[] p : rect) {
                    minX = Math.min(minX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxX = Math.max(maxX, p[0]);
                    maxY = Math.max(maxY, p[1]);
                }
                if (tops.add(minY)) lines.add(flow.localToScene(new BoundingBox(minX, minY, maxX - minX, maxY - minY)));
                rect.clear();
            }
            if (e instanceof MoveTo m) rect.add(new double[] {m.getX(), m.getY()});
            if (e instanceof LineTo l) rect.add(new double[] {l.getX(), l.getY()});
        }
        lines.sort((a, b) -> Double.compare(a.getMinY(), b.getMinY()));
        return lines;
    }

    /** The distance from one line's top to the next in a paragraph, as laid out. */
    double linePitch(int paragraph) {
        TextFlow flow = paragraph(paragraph);
        List<Bounds> lines = lines(flow, 0, window.reader().page().blockText(window.reader().page().indexOf(flow)).length());
        if (lines.size() < 2) throw new AssertionError("paragraph " + paragraph + " has one line");
        return lines.get(1).getMinY() - lines.get(0).getMinY();
    }

    /** The screen point in the middle of a run of a paragraph (its first line). */
    Point2D screenPointOf(int paragraph, int start, int end) {
        TextFlow flow = paragraph(paragraph);
        Bounds first = lines(flow, start, end).get(0);
        Bounds screen = flow.localToScreen(flow.sceneToLocal(first));
        return new Point2D(screen.getCenterX(), screen.getCenterY());
    }

    /** The selection's highlight over a block, its shape without the stroke, in scene coordinates. */
    Bounds highlightInScene(int block) {
        Path path = (Path) window.reader().page().blockNode(block).lookup(".selection-highlight");
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (PathElement e : path.getElements()) {
            double x = e instanceof MoveTo m ? m.getX() : e instanceof LineTo l ? l.getX() : Double.NaN;
            double y = e instanceof MoveTo m ? m.getY() : e instanceof LineTo l ? l.getY() : Double.NaN;
            if (Double.isNaN(x)) continue;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        if (minX > maxX) throw new AssertionError("no highlight over block " + block);
        return path.localToScene(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }

    /** The index of a run of a paragraph's shown text; fails when it is not there. */
    int indexIn(int paragraph, String run) {
        String text = window.reader().page().blockText(window.reader().page().indexOf(paragraph(paragraph)));
        int at = text.indexOf(run);
        if (at < 0) throw new AssertionError(run + " not in " + text);
        return at;
    }

    /** Switches the window's language with its toolbar button, as a reader does. */
    void language(Locale locale) {
        robot.clickOn("#language-" + locale.getLanguage());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Which paragraph's line is at the top of the view, and which character begins that line. */
    int[] topLine() {
        double top = viewportTopInScene();
        for (int p = 0; paragraph(p) != null; p++) {
            TextFlow flow = paragraph(p);
            Bounds b = flow.localToScene(flow.getBoundsInLocal());
            if (b.getMaxY() <= top + 0.5) continue;
            Point2D local = flow.sceneToLocal(b.getMinX(), Math.max(top, b.getMinY()) + 1);
            return new int[] {p, flow.hitTest(local).getCharIndex()};
        }
        return new int[] {-1, -1};
    }
}
