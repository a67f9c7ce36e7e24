package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless under Monocle, on the bundled library. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    private ReaderModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow shown = TestWindow.show(stage, Locale.FRENCH);
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void waitForLibrary() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnMinusmaWithTheOtherMissionsBelow() {
        List<Mission> missions = window.sidebar().list().getItems();
        assertEquals(8, missions.size());
        assertEquals("minusma", missions.get(0).id());
        assertEquals("minusma", model.missionProperty().get().id());
    }

    @Test
    void opensThePressElementsFromTheDocumentList(FxRobot robot) throws IOException {
        robot.clickOn(missionCell(robot, "MINUSMA"));
        robot.clickOn(documentCell(robot, "Eléments à la presse du Président du Conseil de sécurité"));
        assertReaderShowsPressElements(robot, "4\u00A0mars 2015");
        Screenshots.save(stage.getScene(), "press-elements-fr");
    }

    @Test
    void opensThePressElementsFromTheEventOfFirstMarch2015(FxRobot robot) {
        robot.clickOn(missionCell(robot, "MINUSMA"));
        Node event = robot.lookup(".timeline-event").match(n -> n.getUserData() instanceof org.missionreader.library.TimelineEvent e
                && e.id().equals("minusma-accord-initialed-algiers")).query();
        robot.clickOn(event);
        assertReaderShowsPressElements(robot, "4\u00A0mars 2015");
        assertEquals("minusma-accord-initialed-algiers", model.eventProperty().get().id());
        // The open document's events are marked on the timeline.
        assertTrue(event.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("linked")));
    }

    @Test
    void theFilterNarrowsTheSidebarIgnoringAccentsAndCase(FxRobot robot) throws IOException {
        robot.clickOn("#mission-filter").write("hai");
        WaitForAsyncUtils.waitForFxEvents();
        List<Mission> shown = window.sidebar().list().getItems();
        assertEquals(1, shown.size());
        assertEquals("minustah", shown.get(0).id());
        Screenshots.save(stage.getScene(), "filter-hai");

        robot.doubleClickOn("#mission-filter").eraseText(3).write("RÉPUBLIQUE");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("minusca", "monusco"), window.sidebar().list().getItems().stream().map(Mission::id).toList());
    }

    @Test
    void theKeyboardStartsOnTheMissionListAndALibraryOpenedLaterLeavesItWhereItIs(FxRobot robot) throws TimeoutException {
        // The first library in: the keyboard on the mission list.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.sidebar().list().isFocused());
        // The reader reads; a file opened meanwhile is read and added without taking the keyboard from the text.
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        robot.interact(() -> window.reader().page().requestFocus());
        robot.interact(() -> window.libraryOpener().open(java.nio.file.Path.of("src/test/resources/libraries/extra.json")));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.library().mission("essai").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.reader().page().isFocused(), "the text keeps the keyboard");
    }

    @Test
    void theSameDocumentIsReachedWithTheKeyboardAlone(FxRobot robot) {
        robot.interact(() -> window.sidebar().filterField().requestFocus());
        robot.write("minusma").type(KeyCode.ENTER);   // filter, then into the mission list
        assertTrue(window.sidebar().list().isFocused());
        assertEquals("minusma", model.missionProperty().get().id());
        robot.type(KeyCode.ENTER);                     // into its documents
        assertTrue(window.documents().list().isFocused());
        assertEquals(PRESS_ELEMENTS, window.documents().list().getSelectionModel().getSelectedItem().id());
        robot.type(KeyCode.ENTER);                     // open, into the text
        assertTrue(window.reader().page().isFocused());
        assertReaderShowsPressElements(robot, "4\u00A0mars 2015");

        // Tab reaches the timeline; arrows step through events in time order; Enter opens the linked document.
        robot.interact(() -> model.documentProperty().set(null));
        robot.interact(() -> window.timeline().timeline().requestFocus());
        robot.type(KeyCode.HOME).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals("minusma-accord-initialed-algiers", model.eventProperty().get().id());
        robot.type(KeyCode.ENTER);
        assertEquals(PRESS_ELEMENTS, model.documentProperty().get().id());
    }

    @Test
    void theReaderTextIsSelectableAndCopyable(FxRobot robot) {
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        robot.clickOn("#reader-page");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        String selected = window.reader().page().selectedText();
        assertTrue(selected.contains("l’accord de paix paraphé le 1er mars à Alger"), selected);
        assertTrue(selected.contains("mise en œuvre"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertEquals(selected, copied);
    }

    @Test
    void theReadersContextMenuSelectsAllAndCopies(FxRobot robot) throws IOException {
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        // The menu is made on the first request, and is there in the window's language. (Monocle's
        // robot turns no right-click into a menu request: the request is sent as the platform would.)
        requestContextMenu(robot);
        javafx.stage.Window menu = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu).findFirst().orElseThrow();
        Screenshots.save(menu.getScene(), "reader-context-menu-fr");
        robot.clickOn("Tout sélectionner");
        String selected = window.reader().page().selectedText();
        assertTrue(selected.contains("l’accord de paix paraphé le 1er mars à Alger"), selected);
        requestContextMenu(robot);
        robot.clickOn("Copier");
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertEquals(selected, copied);
    }

    @Test
    void theTextFieldsMenusAreInTheWindowsLanguageAndFollowTheSwitch(FxRobot robot) throws IOException {
        // The JVM's own language is left as the machine has it: the window's is French.
        Node field = robot.lookup("#search-field").query();
        robot.interact(() -> ((javafx.scene.control.TextField) field).setText("accord de paix"));
        javafx.scene.control.ContextMenu menu = requestContextMenu(robot, field);
        assertEquals(List.of("Annuler", "Rétablir", "Couper", "Copier", "Coller", "Supprimer", "Tout sélectionner"),
                itemTexts(menu));
        Screenshots.save(menu.getScene(), "search-field-menu-fr");
        robot.clickOn("Tout sélectionner");
        assertEquals("accord de paix", ((javafx.scene.control.TextField) field).getSelectedText());
        robot.interact(menu::hide);
        robot.clickOn("#language-en");
        menu = requestContextMenu(robot, field);
        assertEquals(List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"), itemTexts(menu));
        Screenshots.save(menu.getScene(), "search-field-menu-en");
        robot.interact(menu::hide);
    }

    private static List<String> itemTexts(javafx.scene.control.ContextMenu menu) {
        return menu.getItems().stream().filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem))
                .map(javafx.scene.control.MenuItem::getText).toList();
    }

    /** Sends a context-menu request to a node, as the platform would, and returns the menu shown. */
    private static javafx.scene.control.ContextMenu requestContextMenu(FxRobot robot, Node node) {
        robot.interact(() -> {
            javafx.geometry.Point2D screen = node.localToScreen(10, 10);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, screen.getX(), screen.getY(),
                    false, null));
        });
        return (javafx.scene.control.ContextMenu) robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElseThrow();
    }

    private void requestContextMenu(FxRobot robot) {
        Node page = window.reader().page();
        robot.interact(() -> {
            javafx.geometry.Point2D screen = page.localToScreen(40, 40);
            javafx.event.Event.fireEvent(page, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 40, 40, screen.getX(), screen.getY(),
                    false, null));
        });
    }

    @Test
    void withNoDocumentTheReaderShowsTheMissionOverviewWithSources(FxRobot robot) throws IOException {
        robot.clickOn(missionCell(robot, "MINUSMA"));
        robot.interact(() -> model.documentProperty().set(null));
        String text = window.reader().page().allText();
        assertTrue(text.contains("Mali"), text);
        assertTrue(text.contains("résolution 2100"), text);
        assertTrue(text.contains("SC/15341"), text);
        Screenshots.save(stage.getScene(), "overview-fr");
    }

    @Test
    void theLanguageSwitchTranslatesTheWindow(FxRobot robot) throws IOException {
        robot.clickOn("#language-en");
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
        assertReaderShowsPressElements(robot, "4\u00A0March 2015");
        Label heading = robot.lookup(".document-list .pane-heading").queryAs(Label.class);
        assertEquals("Documents of MINUSMA", heading.getText());
        Screenshots.save(stage.getScene(), "press-elements-en");
        robot.clickOn("#language-fr");
        assertEquals("Documents de la MINUSMA", heading.getText());
    }

    private void assertReaderShowsPressElements(FxRobot robot, String date) {
        WaitForAsyncUtils.waitForFxEvents();
        Document open = model.documentProperty().get();
        assertEquals(PRESS_ELEMENTS, open.id());
        assertTrue(flowText(robot, "#doc-speaker").startsWith("François Delattre"));
        assertTrue(flowText(robot, "#doc-speaker").contains("Président du Conseil de sécurité"));
        assertEquals(date, flowText(robot, "#doc-date"));
        // Word for word: the reader only makes some spaces unbreakable (in "1er mars", after "M."), one for one.
        String shown = flowText(robot, "#doc-first-paragraph");
        assertEquals(firstParagraphOfSource(), shown.replace('\u00A0', ' ').replace('\u202F', ' '));
        assertTrue(shown.contains("1er\u00A0mars") && shown.contains("M.\u00A0Mongi"), shown);
    }

    private static String flowText(FxRobot robot, String query) {
        TextFlow flow = robot.lookup(query).queryAs(TextFlow.class);
        StringBuilder out = new StringBuilder();
        flow.getChildren().forEach(n -> out.append(((Text) n).getText()));
        return out.toString();
    }

    /** The first paragraph of the press elements, read from the source document itself. */
    private static String firstParagraphOfSource() {
        try {
            Path source = Path.of("src/test/resources/sources/minusma-page.fr.txt");
            return Files.readAllLines(source, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("Nous avons entendu")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node missionCell(FxRobot robot, String acronym) {
        return robot.lookup("#mission-list .list-cell").match((ListCell<Mission> c) -> c.getItem() != null
                && c.getItem().acronym().in(Locale.FRENCH).equals(acronym)).query();
    }

    private static Node documentCell(FxRobot robot, String title) {
        return robot.lookup("#document-list .list-cell").match((ListCell<Document> c) -> c.getItem() != null
                && c.getItem().title().equals(title)).query();
    }

    @Test
    void theNoticeHasNoInventedDate(FxRobot robot) {
        robot.interact(() -> model.open(model.library().document("minusma-closure-notice").orElseThrow()));
        assertEquals("date inconnue", flowText(robot, "#doc-date"));
        assertFalse(robot.lookup("#doc-speaker").tryQuery().isPresent());
    }
}
