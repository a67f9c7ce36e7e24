package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.print.PageSetup;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.settings.ReadingSettings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window the application opens follows the theme: in light, dark and high contrast, the main window (as
 * it opens; with a notice, the find bar and the search results; with the all-missions timeline; with a
 * highlight), About, the note editor, the
 * print preview, the problems panel, an alert (the export's refusal) and a plain window opened later each have
 * the theme's ground, and every text they show reads at WCAG AA contrast on what is behind it ({@link Contrast}).
 * The print progress window needs a printer to open (its job comes from one), so a utility window built as it
 * is stands in for it here. Each window's screenshot is saved as target/screenshots/theme-THEME-WINDOW.png.
 */
@ExtendWith(ApplicationExtension.class)
class ThemedWindowsTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    @TempDir
    Path dir;

    private ReaderModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow shown = TestWindow.show(stage, Locale.ENGLISH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void openADocument(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
    }

    @Test
    void theLightTheme(FxRobot robot) throws Exception {
        everyWindow(robot, Theme.LIGHT);
    }

    @Test
    void theDarkTheme(FxRobot robot) throws Exception {
        everyWindow(robot, Theme.DARK);
    }

    @Test
    void theHighContrastTheme(FxRobot robot) throws Exception {
        everyWindow(robot, Theme.CONTRAST);
    }

    private void everyWindow(FxRobot robot, Theme theme) throws Exception {
        robot.interact(() -> window.reading().settingsProperty().set(window.reading().settings().withTheme(theme)));
        WaitForAsyncUtils.waitForFxEvents();
        String name = theme.name().toLowerCase(Locale.ROOT);
        List<String> faults = new ArrayList<>();

        check(stage.getScene(), theme, "main window", name + "-main", faults);

        // The same window with its bars and overlay: a notice, the find bar's marks, the search results.
        robot.interact(() -> window.notices().show(Bindings.createStringBinding(() -> "A notice under the toolbar")));
        robot.interact(() -> window.find().open());
        robot.write("accord");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.search().service().readyProperty().get());
        robot.interact(() -> window.search().focus());
        robot.write("mediation");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Node overlay = stage.getScene().lookup("#search-overlay");
            return overlay != null && overlay.isVisible();
        });
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        check(stage.getScene(), theme, "main window, finding and searching", name + "-main-search", faults);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#timeline-all-missions")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        check(stage.getScene(), theme, "main window, all missions' timeline", name + "-main-all-missions", faults);
        robot.interact(() -> ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#timeline-all-missions")).fire());
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> window.services().commands().get("about").execute());
        Stage about = opened(s -> s.getScene().lookup(".dialog-pane") != null);
        check(about.getScene(), theme, "About", name + "-about", faults);
        robot.interact(about::close);

        // A highlight with its note in the reader, and the note's editor.
        String paragraph = model.documentProperty().get().paragraphs().get(0);
        int at = paragraph.indexOf("accord");
        org.missionreader.notes.Note note = org.missionreader.notes.Note.create(new org.missionreader.notes.Anchor(
                PRESS_ELEMENTS, 0, at, at + "accord".length(), "accord"), org.missionreader.notes.NoteColour.GREEN, "À relire");
        robot.interact(() -> window.services().notes().put(note));
        WaitForAsyncUtils.waitForFxEvents();
        check(stage.getScene(), theme, "main window with a highlight", name + "-main-highlight", faults);
        // The highlighted words read at AA on the highlight's colour laid over the page.
        String highlightFault = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.shape.Shape mark = (javafx.scene.shape.Shape) stage.getScene().lookup(".note-highlight");
            if (mark == null) return "no highlight drawn";
            javafx.scene.text.Text words = (javafx.scene.text.Text) ((javafx.scene.text.TextFlow) stage.getScene()
                    .lookup("#doc-first-paragraph")).getChildren().get(0);
            Color page = Contrast.behind(stage.getScene(), words, words.localToScene(0, 0)).get(0);
            Color under = Contrast.over((Color) mark.getFill(), page);
            double ratio = Contrast.ratio((Color) words.getFill(), under);
            return ratio >= 4.5 ? null : "highlighted text " + Contrast.hex((Color) words.getFill()) + " on "
                    + Contrast.hex(under) + ": " + String.format(java.util.Locale.ROOT, "%.2f", ratio) + " < 4.5";
        }));
        if (highlightFault != null) faults.add("main window with a highlight: " + highlightFault);
        robot.interact(() -> window.noteEditor().open(note, edited -> { }));
        Stage editor = opened(s -> s == window.noteEditor().stage());
        check(editor.getScene(), theme, "note editor", name + "-note-editor", faults);
        robot.interact(editor::close);
        robot.interact(() -> window.services().notes().remove(note));

        robot.interact(() -> window.print().showPreview());
        Stage preview = window.print().preview().stage();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getScene().lookup(".print-line-body") != null);
        WaitForAsyncUtils.waitForFxEvents();
        check(preview.getScene(), theme, "print preview", name + "-print-preview", faults);
        Scene page = preview.getScene();
        javafx.scene.shape.Rectangle paper = (javafx.scene.shape.Rectangle) page.lookup(".print-paper");
        assertTrue(Color.WHITE.equals(paper.getFill()), "the page stays paper: " + paper.getFill());
        robot.interact(preview::close);

        Path broken = dir.resolve("with-problems.json");
        if (!Files.exists(broken)) Files.copy(Path.of("src/test/resources/libraries/with-problems.json"), broken);
        robot.interact(() -> window.libraryOpener().open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.libraryOpener().busy() && !model.problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((Button) stage.getScene().lookup("#problems-button")).fire());
        Stage problems = window.problemsPanel().stage();
        WaitForAsyncUtils.waitForFxEvents();
        check(problems.getScene(), theme, "problems panel", name + "-problems", faults);
        robot.interact(problems::close);

        Path nowhere = dir.resolve("missing-folder").resolve("press.pdf");
        var task = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                window.print().exportTo(model.documentProperty().get(), PageSetup.defaults(), nowhere)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        Stage refusal = opened(s -> s.getScene().lookup("#export-error") != null);
        check(refusal.getScene(), theme, "export refusal", name + "-alert", faults);
        robot.interact(refusal::close);

        // As the print progress window is made: a utility stage with a scene of its own and no stylesheet.
        Stage plain = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Label message = new Label("Sending page 1 of 2 to the printer");
            ProgressBar bar = new ProgressBar(0.5);
            bar.setPrefWidth(320);
            VBox box = new VBox(12, message, bar, new Button("Cancel"));
            box.setPadding(new javafx.geometry.Insets(16));
            Stage s = new Stage(StageStyle.UTILITY);
            s.initOwner(stage);
            s.setScene(new Scene(box));
            s.show();
            return s;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        check(plain.getScene(), theme, "a window opened later (as the print progress)", name + "-progress-like", faults);
        robot.interact(plain::close);

        assertTrue(faults.isEmpty(), () -> theme + ":\n" + String.join("\n", faults));
    }

    /** The stage other than the main window that has just shown, and matches. */
    private Stage opened(Predicate<Stage> which) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(which) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return find(which);
    }

    private Stage find(Predicate<Stage> which) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage && w instanceof Stage s && s.isShowing() && s.getScene() != null && which.test(s)) return s;
        }
        return null;
    }

    private void check(Scene scene, Theme theme, String what, String screenshot, List<String> faults) throws IOException {
        Screenshots.save(scene, "theme-" + screenshot);
        List<String> found = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            assertFalse(Contrast.judged(scene) == 0, what + " shows some text");
            for (Color ground : Contrast.ground(scene)) {
                double l = Contrast.luminance(ground);
                boolean right = theme == Theme.LIGHT ? l > 0.6 : l < 0.05;
                if (!right) out.add(what + ": the window's ground " + Contrast.hex(ground) + " is not " + theme + "'s; its "
                        + "stylesheets: " + scene.getStylesheets().stream().map(u -> u.substring(u.lastIndexOf('/') + 1)).toList());
            }
            Contrast.faint(scene).forEach(f -> out.add(what + ": " + f));
            return out;
        }));
        faults.addAll(found);
    }
}
