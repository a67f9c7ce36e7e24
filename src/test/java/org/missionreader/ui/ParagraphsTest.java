package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Document;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Paragraph numbers, copy and cite with §, the outline and the timeline's links to a paragraph, driven as a
 * reader would in the real window (headless), at 1024x700, the smallest laptop window the app is made for.
 */
@ExtendWith(ApplicationExtension.class)
class ParagraphsTest {

    private Stage stage;
    private TestWindow shown;
    private ReaderModel model;
    private MainWindow window;
    private ReaderProbe probe;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void openThePressElements(FxRobot robot) throws TimeoutException {
        probe = new ReaderProbe(robot, shown);
        probe.openPressElements(stage, 1024, 700);
    }

    private Document press() {
        return model.library().document(ReaderProbe.PRESS_ELEMENTS).orElseThrow();
    }

    private String clipboard() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
    }

    private List<Text> numbers(FxRobot robot) {
        return robot.lookup(".paragraph-number").queryAllAs(Text.class).stream()
                .sorted(java.util.Comparator.comparingDouble(t -> t.localToScene(0, 0).getY())).toList();
    }

    /** The paragraph at the top of the reader's view, 0-based. */
    private int atTop() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window.reader().paragraphAtTop()));
    }

    /** Scrolls the reader so that a paragraph is in full view (at 1024x700 only a few lines show). */
    private void inView(FxRobot robot, int paragraph) {
        robot.interact(() -> window.reader().ensureVisible(window.reader().page().indexOf(probe.paragraph(paragraph))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How far a paragraph's top is below the top of the view, in pixels. */
    private double belowTop(int paragraph) {
        TextFlow flow = probe.paragraph(paragraph);
        return flow.localToScene(flow.getBoundsInLocal()).getMinY() - probe.viewportTopInScene();
    }

    @Test
    void eachParagraphShowsItsNumberInTheMarginAndCopyingLeavesItOut(FxRobot robot) throws IOException {
        List<Text> numbers = numbers(robot);
        assertEquals(press().paragraphs().size(), numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            Text number = numbers.get(i);
            assertEquals("§\u00a0" + (i + 1), number.getText());
            assertTrue(number.isVisible());
            // Left of its paragraph's text, on the line of its first line, inside the window.
            Bounds text = probe.paragraph(i).localToScene(probe.paragraph(i).getBoundsInLocal());
            Bounds shownAt = number.localToScene(number.getBoundsInLocal());
            assertTrue(shownAt.getMaxX() <= text.getMinX() - 5, "§ " + (i + 1) + " sits in the margin");
            assertTrue(shownAt.getMinX() >= window.reader().localToScene(0, 0).getX(), "§ " + (i + 1) + " is in the reader");
            assertTrue(shownAt.getMinY() >= text.getMinY() - 2 && shownAt.getMaxY() <= text.getMinY() + 30,
                    "§ " + (i + 1) + " is on the first line: " + shownAt + " " + text);
            assertEquals("Paragraphe " + (i + 1), number.getAccessibleText());
        }
        // Muted: the palette's -mr-muted, not the text's ink.
        assertEquals(Color.web("#5b6775"), numbers.get(0).getFill());

        // A triple-click selects the paragraph; copying it copies its words, not its number.
        inView(robot, 2);
        Point2D in = probe.screenPointOf(2, 3, 4);
        robot.moveTo(in).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals(press().paragraphs().get(2), clipboard());
        Screenshots.save(stage.getScene(), "paragraph-numbers-1024x700-fr");
    }

    @Test
    void theViewMenuHidesTheNumbersWithoutChangingTheLines(FxRobot robot) {
        double narrow = probe.paragraph(0).getWidth();
        robot.clickOn("#language-en");
        robot.clickOn("View").clickOn("Paragraph numbers");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.reading().settings().paragraphNumbers());
        assertTrue(numbers(robot).stream().noneMatch(Node::isVisible), "hidden");
        // At 1024 px the column is as wide as the reader lets it be: the numbers' margin costs its 20 px there.
        assertEquals(narrow + 20, probe.paragraph(0).getWidth(), 0.5);
        // Where the column has its full measure, the lines are as long with the numbers as without.
        probe.resize(stage, 1366, 768);
        double full = probe.paragraph(0).getWidth();
        // 70 characters of 17 px at half an em: the column's whole measure.
        assertEquals(595, full, 0.5);
        robot.interact(() -> window.reading().toggleParagraphNumbers());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(full, probe.paragraph(0).getWidth(), 0.5, "the lines keep their length");
        robot.interact(() -> window.reading().toggleParagraphNumbers());
        probe.resize(stage, 1024, 700);
        robot.clickOn("View").clickOn("Paragraph numbers");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.reading().settings().paragraphNumbers());
        assertTrue(numbers(robot).stream().allMatch(Node::isVisible), "shown again");
    }

    /** Drags from one character to another of the reader's paragraphs (0-based), as a reader selects. */
    private void drag(FxRobot robot, int fromParagraph, String fromWord, int toParagraph, String toWord) {
        inView(robot, fromParagraph);
        int from = probe.indexIn(fromParagraph, fromWord);
        int to = probe.indexIn(toParagraph, toWord) + toWord.length();
        robot.moveTo(probe.screenPointOf(fromParagraph, from, from + 1)).press(MouseButton.PRIMARY);
        robot.moveTo(probe.screenPointOf(toParagraph, to - 1, to)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPassageSelectedWithTheMouseIsCopiedWithItsParagraphNumber(FxRobot robot) {
        // In § 3: "le rôle joué par l’Algérie".
        drag(robot, 2, "rôle", 2, "l’Algérie");
        String selected = window.reader().page().selectedText();
        assertTrue(selected.startsWith("rôle joué par l’Alg"), selected);
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT, KeyCode.CONTROL);
        assertEquals(selected + " (§\u00a03)", clipboard());

        // Across § 2 and § 3, from the Edit menu in English; the citation points at them too.
        robot.clickOn("#language-en");
        drag(robot, 1, "étape", 2, "rôle");
        robot.clickOn("Edit").clickOn("Copy with paragraph number");
        assertTrue(clipboard().endsWith(" (§§\u00a02–3)"), clipboard());
        robot.clickOn("Edit").clickOn("Copy document citation");
        assertTrue(clipboard().contains(", 4\u00a0March 2015, §§\u00a02–3. Source: "), clipboard());
        robot.interact(() -> window.services().commands().get("copy-citation-csl-json").execute());
        assertTrue(clipboard().contains("\"locator\" : \"2-3\""), clipboard());
        assertTrue(clipboard().contains("\"label\" : \"paragraph\""), clipboard());
    }

    @Test
    void theOutlineListsTheParagraphsAndTakesTheReaderToOne(FxRobot robot) throws IOException {
        robot.clickOn("#reader-outline");
        WaitForAsyncUtils.waitForFxEvents();
        List<MenuItem> items = window.reader().outline().menu().getItems();
        assertEquals(press().paragraphs().size(), items.size());
        assertTrue(items.get(0).getText().startsWith("§ 1 — Nous avons entendu le Représentant spécial"), items.get(0).getText());
        assertTrue(items.get(0).getText().endsWith("…"));
        assertTrue(((CheckMenuItem) items.get(0)).isSelected(), "at the top of the page, § 1 is the current one");
        Screenshots.save(stage.getScene(), "outline-1024x700-fr");
        robot.clickOn(items.get(4).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, atTop());
        assertEquals(8, belowTop(4), 2, "§ 5 at the top of the view");
        assertTrue(window.reader().page().marks().stream().anyMatch(m -> m.start() == 0
                && m.block() == window.reader().page().indexOf(probe.paragraph(4))), "marked for a moment");

        // From the keyboard, where the reader is: Ctrl+Shift+O opens it with § 5 checked; Down, Enter goes on.
        robot.interact(() -> window.reader().page().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.reader().outline().menu().isShowing());
        items = window.reader().outline().menu().getItems();
        assertTrue(((CheckMenuItem) items.get(4)).isSelected(), "§ 5 is marked as the current paragraph");
        assertFalse(((CheckMenuItem) items.get(0)).isSelected());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.reader().outline().menu().isShowing());
    }

    @Test
    void theAccordsEventOpensThePressElementsAtTheParagraphThatNamesIt(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.documentProperty().set(null));
        Node event = robot.lookup(".timeline-event").match(n -> n.getUserData() instanceof org.missionreader.library.TimelineEvent e
                && e.id().equals("minusma-accord-initialed-algiers")).query();
        robot.clickOn(event);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReaderProbe.PRESS_ELEMENTS, model.documentProperty().get().id());
        assertEquals(0, atTop());
        assertEquals(8, belowTop(0), 2, "§ 1 at the top of the view, past the title");
        int block = window.reader().page().indexOf(probe.paragraph(0));
        assertEquals(List.of(new org.missionreader.ui.reader.SelectableTextPane.Mark(block, 0,
                window.reader().page().blockText(block).length(), false)), window.reader().page().marks());
        assertTrue(press().paragraphs().get(0).contains("l’accord de paix paraphé le 1er mars à Alger"));
        // Briefly: the mark goes after a moment.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.reader().page().marks().isEmpty());

        // The event of the press elements themselves names no paragraph: the document's top, as before.
        robot.interact(() -> model.documentProperty().set(null));
        Node itself = robot.lookup(".timeline-event").match(n -> n.getUserData() instanceof org.missionreader.library.TimelineEvent e
                && e.id().equals("minusma-press-elements-2015-03-04")).query();
        robot.clickOn(itself);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReaderProbe.PRESS_ELEMENTS, model.documentProperty().get().id());
        assertEquals(List.of(), window.reader().page().marks(), "no paragraph brought up and marked");
    }

    @Test
    void theViewMenuListsTheNewCommandsWithTheirShortcuts() {
        Command outline = window.services().commands().get("outline");
        assertEquals("Ctrl+Shift+O", outline.accelerator().getDisplayText());
        assertEquals("Ctrl+Alt+C", window.services().commands().get("copy-with-paragraph").accelerator().getDisplayText());
        assertNotNull(window.services().commands().get("view-paragraphNumbers").selected());
        assertTrue(CommandMenus.ids(window.menu(Command.Menu.VIEW)).containsAll(
                List.of("menu-view-paragraphNumbers", "menu-outline")));
        assertEquals(ReadingSettings.defaults().paragraphNumbers(), true);
    }

    @Test
    void screenshotsOfTheNumbersAndTheOutlineInEachLanguageThemeAndSize(FxRobot robot) throws IOException {
        for (int[] size : new int[][] {{1366, 768}, {1024, 700}}) {
            probe.resize(stage, size[0], size[1]);
            for (String language : List.of("fr", "en")) {
                robot.interact(() -> window.services().i18n().localeProperty().set(Locale.forLanguageTag(language)));
                for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
                    robot.interact(() -> window.reading().settingsProperty().set(window.reading().settings().withTheme(theme)));
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> window.reader().outline().show(robot.lookup("#reader-outline").query()));
                    WaitForAsyncUtils.waitForFxEvents();
                    assertTrue(window.reader().outline().menu().isShowing());
                    Screenshots.save(stage.getScene(), "paragraphs-outline-" + size[0] + "x" + size[1] + "-" + language
                            + "-" + theme.name().toLowerCase(Locale.ROOT));
                    // A popup is a window of its own, which the scene's snapshot does not hold.
                    Screenshots.save(window.reader().outline().menu().getScene(), "outline-menu-" + size[0] + "x" + size[1]
                            + "-" + language + "-" + theme.name().toLowerCase(Locale.ROOT));
                    robot.interact(() -> window.reader().outline().menu().hide());
                }
            }
        }
        robot.interact(() -> window.reading().settingsProperty().set(window.reading().settings().withTheme(ReadingSettings.Theme.LIGHT)));
    }
}
