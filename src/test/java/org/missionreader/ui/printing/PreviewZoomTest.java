package org.missionreader.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.print.LineStyle;
import org.missionreader.print.Page;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.Screenshots;
import org.missionreader.ui.Shown;
import org.missionreader.ui.TestWindow;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview's zoom and its "include my highlights and notes" choice, on the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class PreviewZoomTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

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
    void open(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PrintPreview preview(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.services().commands().get("print-preview").execute());
        PrintPreview preview = window.print().preview();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.pagination() != null && preview.sheet() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return preview;
    }

    /** The sheet of paper as shown: its size on the screen, without its shadow. */
    private static Bounds paper(PrintPreview preview) {
        Node paper = preview.sheet().lookup(".print-paper");
        return paper.localToScene(paper.getLayoutBounds());
    }

    private static void choose(FxRobot robot, ComboBox<PreviewZoom> zoom, PreviewZoom value) {
        robot.interact(() -> zoom.setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fitPageFitsTheViewportAndTwoHundredPercentIsTwiceOneHundred(FxRobot robot) throws Exception {
        PrintPreview preview = preview(robot);
        Bounds viewport = preview.scroll().getViewportBounds();
        Bounds sheet = paper(preview);
        assertEquals(PreviewZoom.FIT_PAGE, preview.zoomChoice().getValue(), "fit page to start with");
        assertTrue(sheet.getWidth() <= viewport.getWidth() && sheet.getHeight() <= viewport.getHeight(),
                sheet + " in " + viewport);
        assertTrue(sheet.getHeight() >= viewport.getHeight() - 82 || sheet.getWidth() >= viewport.getWidth() - 82,
                "the page fills the viewport one way: " + sheet + " in " + viewport);
        assertFalse(preview.scroll().lookupAll(".scroll-bar").stream().anyMatch(Node::isVisible), "nothing to scroll");

        Node sheetNode = preview.sheet();
        choose(robot, preview.zoomChoice(), PreviewZoom.percent(100));
        double at100 = paper(preview).getWidth();
        Page page = preview.pagination().pages().get(0);
        assertEquals(page.width() * 96 / 72, at100, 1.0, "100 %: the printed size at 96 dpi");
        choose(robot, preview.zoomChoice(), PreviewZoom.percent(200));
        assertEquals(2 * at100, paper(preview).getWidth(), 0.5, "200 % is twice 100 %");
        assertTrue(sheetNode == preview.sheet(), "zooming scales the page's nodes, it does not lay them out again");
        // Larger than the viewport: it scrolls.
        robot.interact(() -> preview.scroll().setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, preview.scroll().getVvalue(), 1e-9);

        choose(robot, preview.zoomChoice(), PreviewZoom.FIT_WIDTH);
        assertEquals(preview.scroll().getViewportBounds().getWidth() - 80, paper(preview).getWidth(), 1.5);

        // The keys: Ctrl+- and Ctrl++ step through the shares, Ctrl+0 goes back to fit page.
        choose(robot, preview.zoomChoice(), PreviewZoom.percent(100));
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PreviewZoom.percent(75), preview.zoomChoice().getValue());
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PreviewZoom.percent(125), preview.zoomChoice().getValue());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PreviewZoom.FIT_PAGE, preview.zoomChoice().getValue());
        robot.interact(preview::close);
    }

    @Test
    void theZoomedPreviewAtLaptopSizesInBothLanguagesAndThemes(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            robot.interact(() -> window.services().i18n().localeProperty().set(locale));
            for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
                robot.interact(() -> window.reading().settingsProperty().set(window.reading().settings().withTheme(theme)));
                for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
                    robot.interact(() -> {
                        stage.setX(0);
                        stage.setY(0);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    PrintPreview preview = preview(robot);
                    Stage shown = preview.stage();
                    robot.interact(() -> {
                        // The screen is the laptop's: the preview no larger than it.
                        shown.setWidth(Math.min(shown.getWidth(), size[0]));
                        shown.setHeight(Math.min(shown.getHeight(), size[1]));
                    });
                    choose(robot, preview.zoomChoice(), PreviewZoom.percent(150));
                    WaitForAsyncUtils.waitForFxEvents();
                    Shown.assertNoneCut(List.of(shown.getScene().getRoot()), null);
                    Node zoom = preview.zoomChoice();
                    Bounds z = zoom.localToScene(zoom.getLayoutBounds());
                    assertTrue(z.getMaxX() <= shown.getScene().getWidth(), "the zoom is not clipped: " + z);
                    Screenshots.save(shown.getScene(), "preview-zoom-" + (int) size[0] + "x" + (int) size[1] + "-"
                            + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT));
                    robot.interact(preview::close);
                }
            }
        }
        robot.interact(() -> {
            window.services().i18n().localeProperty().set(Locale.ENGLISH);
            window.reading().settingsProperty().set(window.reading().settings().withTheme(ReadingSettings.Theme.LIGHT));
        });
    }

    @Test
    void theNotesChoiceIsOffWithoutNotesAndPrintsThemWhenOn(FxRobot robot) throws Exception {
        PrintPreview none = preview(robot);
        assertTrue(none.withNotesChoice().isDisabled(), "nothing to include");
        assertFalse(none.withNotesChoice().isSelected());
        robot.interact(none::close);

        String first = model.documentProperty().get().paragraphs().get(0);
        String quote = first.substring(0, 18);
        robot.interact(() -> {
            window.services().notes().put(Note.create(new Anchor(PRESS_ELEMENTS, 0, 0, 18, quote), NoteColour.YELLOW,
                    "to quote in chapter 2"));
            window.services().notes().put(Note.create(new Anchor(PRESS_ELEMENTS, 1, 5, 12, "a passage no edition has"),
                    NoteColour.GREEN, ""));
        });
        PrintPreview preview = preview(robot);
        assertFalse(preview.withNotesChoice().isDisabled());
        assertTrue(preview.withNotesChoice().isSelected(), "on for a document with notes");
        assertFalse(preview.sheet().lookupAll(".print-tint").isEmpty(), "the highlight's tint on the first page");
        List<String> notes = preview.pagination().pages().stream().flatMap(p -> p.bodyLines().stream())
                .filter(l -> l.style() == LineStyle.NOTE).map(l -> l.text()).toList();
        assertTrue(String.join(" ", notes).contains("1. “" + quote + "” (§\u00a01): to quote in chapter 2"), notes.toString());
        assertTrue(String.join(" ", notes).contains("2. “a passage no edition has”"), "a note not placed is listed: " + notes);
        Screenshots.save(preview.stage().getScene(), "preview-with-notes-en");

        // Off: the document alone again.
        robot.clickOn("#preview-with-notes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.pagination() != null && preview.sheet() != null
                && preview.sheet().lookupAll(".print-tint").isEmpty());
        assertTrue(preview.pagination().pages().stream().flatMap(p -> p.lines().stream())
                .noneMatch(l -> l.style() == LineStyle.NOTE || !l.tints().isEmpty()));
        assertFalse(window.print().includeNotesProperty().get(), "the choice is kept for Print and Export");
        robot.interact(preview::close);
    }
}
