package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.settings.ReadingSettings.Theme;
import org.missionreader.ui.reader.SelectableTextPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Highlights and notes as a reader makes them: a passage selected by dragging the mouse, highlighted from
 * the keyboard, a note written in the editor, seen drawn in the reader, listed in the notes panel, found by
 * the search box, marked on the timeline; and a note that its document no longer holds, listed apart.
 */
@ExtendWith(ApplicationExtension.class)
class NotesTest {

    private Stage stage;
    private TestWindow shown;
    private ReaderProbe probe;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, Locale.FRENCH);
    }

    @BeforeEach
    void open(FxRobot robot) throws TimeoutException {
        probe = new ReaderProbe(robot, shown);
        probe.openPressElements(stage, 1366, 768);
    }

    private MainWindow window() {
        return shown.window();
    }

    private SelectableTextPane page() {
        return window().reader().page();
    }

    /** Drags the mouse over a run of a paragraph, as a reader selects it. */
    private void dragOver(FxRobot robot, int paragraph, String run) {
        int start = probe.indexIn(paragraph, run);
        int end = start + run.length();
        Point2D from = leftOf(paragraph, start);
        Point2D to = rightOf(paragraph, end - 1);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(run, page().selectedText());
    }

    private Point2D leftOf(int paragraph, int index) {
        Point2D mid = probe.screenPointOf(paragraph, index, index + 1);
        Bounds b = ReaderProbe.lines(probe.paragraph(paragraph), index, index + 1).get(0);
        return new Point2D(mid.getX() - b.getWidth() / 2 + 0.5, mid.getY());
    }

    private Point2D rightOf(int paragraph, int index) {
        Point2D mid = probe.screenPointOf(paragraph, index, index + 1);
        Bounds b = ReaderProbe.lines(probe.paragraph(paragraph), index, index + 1).get(0);
        return new Point2D(mid.getX() + b.getWidth() / 2 - 0.5, mid.getY());
    }

    private int block(int paragraph) {
        return page().indexOf(probe.paragraph(paragraph));
    }

    private List<Path> drawn(int paragraph) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> page().highlightLayers().paths(block(paragraph))));
    }

    @Test
    void aPassageDraggedOverIsHighlightedThenAnnotatedAndFoundEverywhere(FxRobot robot) throws Exception {
        String document = ReaderProbe.PRESS_ELEMENTS;
        // Select with the mouse, highlight with Ctrl+Alt+H.
        dragOver(robot, 1, "projet d’accord");
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        List<Note> notes = window().services().notes().notesOf(document);
        assertEquals(1, notes.size(), "one highlight made");
        Note first = notes.get(0);
        assertEquals(new Anchor(document, 1, probe.indexIn(1, "projet d’accord"),
                probe.indexIn(1, "projet d’accord") + "projet d’accord".length(), "projet d’accord"), first.anchor());
        assertEquals(NoteColour.YELLOW, first.colour());
        assertEquals(1, drawn(1).size(), "the highlight is drawn under its paragraph");
        assertTrue(drawn(1).get(0).getStyleClass().contains("note-yellow"));
        assertEquals("", page().selectedText(), "the selection made way for the highlight");

        // Another passage, and a note on it: Ctrl+Alt+N opens the editor, Ctrl+Enter saves.
        dragOver(robot, 0, "négociations");
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window().noteEditor().isShowing());
        Stage editor = window().noteEditor().stage();
        assertTrue(((javafx.scene.control.Label) editor.getScene().lookup("#note-editor-quote")).getText().contains("négociations"));
        robot.clickOn("#note-editor-colour-green");
        robot.clickOn("#note-editor-text").write("Alger: à comparer avec la déclaration de mars");
        Screenshots.save(editor.getScene(), "notes-editor-fr");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor.isShowing(), "Ctrl+Enter saved and closed the editor");
        Note noted = window().services().notes().notesOf(document).stream().filter(Note::hasText).findFirst().orElseThrow();
        assertEquals("Alger: à comparer avec la déclaration de mars", noted.text());
        assertEquals(NoteColour.GREEN, noted.colour());
        assertEquals("négociations", noted.anchor().quote());
        assertEquals(1, drawn(0).size());
        assertTrue(drawn(0).get(0).getStyleClass().contains("note-green"));
        List<Node> markers = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> page().highlightLayers().markerNodes(block(0))));
        assertEquals(1, markers.size(), "a highlight with a note shows its marker");
        assertTrue(markers.get(0).getLayoutBounds().getWidth() >= 5, "the marker is drawn: " + markers.get(0).getLayoutBounds());
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) markers.get(0).getProperties().get("note-tooltip");
        assertEquals(noted.text(), tip.getText());
        Screenshots.save(stage.getScene(), "notes-reader-1366x768-fr");

        // A click on the highlight offers its colour: it turns blue.
        robot.clickOn(probe.screenPointOf(1, probe.indexIn(1, "projet") + 2, probe.indexIn(1, "projet") + 3));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu c && c.isShowing() && c.getStyleClass().contains("note-menu"))
                .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no menu on the highlight"));
        assertEquals(List.of("note-menu-edit", "note-menu-colour", "note-menu-remove"),
                menu.getItems().stream().map(javafx.scene.control.MenuItem::getId).toList());
        javafx.scene.control.Menu colours = (javafx.scene.control.Menu) menu.getItems().get(1);
        robot.interact(() -> {
            colours.getItems().stream().filter(i -> i.getId().equals("note-menu-colour-blue")).findFirst().orElseThrow().fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NoteColour.BLUE, window().services().notes().notebook().notes().stream()
                .filter(n -> n.id().equals(first.id())).findFirst().orElseThrow().colour());
        assertTrue(drawn(1).get(0).getStyleClass().contains("note-blue"));

        // The timeline marks the events of the noted document.
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window().timeline().timeline().getNoted().isEmpty(), "the press elements' events are noted");
        boolean marked = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window().timeline().lookupAll(".timeline-event")
                .stream().anyMatch(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("noted"))
                        && n.lookup(".event-note-mark").isVisible())));
        assertTrue(marked, "an event on the timeline shows the note mark");

        // The notes panel lists them, and opens the document at the note.
        robot.interact(() -> model().open(model().library().documents().stream()
                .filter(d -> !d.id().equals(document)).findFirst().orElseThrow()));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().notesPanel().isVisible());
        ListView<?> list = window().notesPanel().list();
        assertTrue(list.getItems().size() >= 4, "mission, document, two notes: " + list.getItems());
        Screenshots.save(stage.getScene(), "notes-panel-1366x768-fr");
        robot.write("alger");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, list.getItems().size(), "the filter keeps the note that names Alger: " + list.getItems());
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(document, model().documentProperty().get().id());
        assertEquals(0, model().spotProperty().get().paragraph());
        assertTrue(page().isFocused(), "the text takes the keyboard");

        // The search box lists "your notes" too, accents and case aside.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window().search().service().readyProperty().get());
        robot.interact(() -> window().search().focus());
        robot.write("DECLARATION de MARS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window().search().noteResults().getItems().isEmpty());
        assertEquals(noted.id(), window().search().noteResults().getItems().get(0).id());
        Screenshots.save(stage.getScene(), "notes-search-1366x768-fr");
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model().spotProperty().get().paragraph());

        // Removed from the editor: gone from the reader.
        robot.interact(() -> window().reader().highlights().edit(noted));
        robot.clickOn("#note-editor-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, drawn(0).size());
        assertEquals(1, window().services().notes().notesOf(document).size());
    }

    @Test
    void aSelectionOverTwoParagraphsMakesOneHighlightEach(FxRobot robot) {
        int from = probe.indexIn(1, "comme");
        Point2D start = leftOf(1, from);
        Point2D end = rightOf(2, 4);
        robot.moveTo(start).press(MouseButton.PRIMARY).moveTo(end).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window().services().commands().get("highlight-pink").execute());
        List<Note> notes = window().services().notes().notesOf(ReaderProbe.PRESS_ELEMENTS);
        assertEquals(2, notes.size(), "one per paragraph: " + notes);
        assertEquals(List.of(1, 2), notes.stream().map(n -> n.anchor().paragraph()).sorted().toList());
        assertEquals(1, drawn(1).size());
        assertEquals(1, drawn(2).size());
    }

    @Test
    void aNoteWhoseQuoteIsGoneIsListedApartAndNotDrawn(FxRobot robot) {
        Note lost = Note.create(new Anchor(ReaderProbe.PRESS_ELEMENTS, 0, 0, 12, "a quote no edition holds"), NoteColour.PINK, "kept anyway");
        robot.interact(() -> window().services().notes().put(lost));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, drawn(0).size(), "nothing drawn where the quote is not");
        robot.interact(() -> window().notesPanel().toggle());
        WaitForAsyncUtils.waitForFxEvents();
        List<?> rows = window().notesPanel().list().getItems();
        assertEquals(2, rows.size(), "the heading and the note: " + rows);
        assertTrue(rows.get(0).toString().startsWith("UnplacedHeading"), rows.toString());
        assertNotNull(robot.lookup(".notes-unplaced").query());
    }

    @Test
    void highlightsThePanelAndTheEditorInEveryThemeSizeAndLanguage(FxRobot robot) throws Exception {
        String doc = ReaderProbe.PRESS_ELEMENTS;
        robot.interact(() -> {
            var notes = window().services().notes();
            String p0 = model().documentProperty().get().paragraphs().get(0);
            String p1 = model().documentProperty().get().paragraphs().get(1);
            int a = p0.indexOf("négociations");
            notes.put(Note.create(new Anchor(doc, 0, a, a + "négociations".length(), "négociations"), NoteColour.YELLOW,
                    "À relire avec le communiqué d’Alger."));
            int b = p1.indexOf("projet d’accord");
            notes.put(Note.create(new Anchor(doc, 1, b, b + "projet d’accord".length(), "projet d’accord"), NoteColour.GREEN, ""));
            int c = p1.indexOf("comme");
            notes.put(Note.create(new Anchor(doc, 1, c, c + 5, "comme"), NoteColour.BLUE, "Blue note"));
            int d = Math.max(0, p0.length() - 20);
            notes.put(Note.create(new Anchor(doc, 0, d, p0.length(), p0.substring(d)), NoteColour.PINK, ""));
            window().notesPanel().toggle();
        });
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            robot.interact(() -> window().services().i18n().localeProperty().set(locale));
            for (Theme theme : Theme.values()) {
                robot.interact(() -> window().reading().settingsProperty().set(window().reading().settings().withTheme(theme)));
                for (int[] size : new int[][] {{1366, 768}, {1024, 700}}) {
                    probe.resize(stage, size[0], size[1]);
                    String name = size[0] + "x" + size[1] + "-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT);
                    assertEquals(4, drawn(0).size() + drawn(1).size());
                    Screenshots.save(stage.getScene(), "notes-window-" + name);
                }
                Note note = window().services().notes().notesOf(doc).get(0);
                robot.interact(() -> window().reader().highlights().edit(note));
                Stage editor = window().noteEditor().stage();
                WaitForAsyncUtils.waitForFxEvents();
                Screenshots.save(editor.getScene(), "notes-editor-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT));
                Bounds save = editor.getScene().lookup("#note-editor-save").localToScene(
                        editor.getScene().lookup("#note-editor-save").getBoundsInLocal());
                assertTrue(save.getMaxX() <= editor.getScene().getWidth() && save.getMaxY() <= editor.getScene().getHeight(),
                        "Save is inside the editor: " + save);
                robot.push(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
                assertFalse(editor.isShowing(), "Escape cancels");
            }
        }
    }

    private org.missionreader.ui.application.ReaderModel model() {
        return shown.model();
    }
}
