package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.reader.SelectableTextPane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.library.LibraryLoader;
import org.missionreader.search.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Search across the library from the toolbar (Ctrl+K), with the real window headless. */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {

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
    void waitForIndex() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get()
                && window.search().service().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void search(FxRobot robot, String query) {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        assertTrue(window.search().field().isFocused(), "Ctrl+K focuses the search field");
        robot.write(query);
        robot.sleep(250); // the search runs once typing pauses
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlKSearchesAndShowsSnippetsWithTheHitsAsWritten(FxRobot robot) throws IOException {
        search(robot, "l'accord");
        List<SearchHit> hits = window.search().results().getItems();
        assertFalse(hits.isEmpty());
        assertTrue(window.search().overlay().isVisible());
        // The hit runs of the cells are the words as the source writes them, typographic apostrophe and all.
        List<String> bold = robot.lookup("#search-results .search-snippet-hit").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertTrue(bold.contains("l’accord"), bold.toString());
        Screenshots.save(stage.getScene(), "search-results-fr");
    }

    @Test
    void enterOpensTheDocumentScrolledToTheHitWithItMarked(FxRobot robot) throws IOException {
        // The last paragraph of the press elements: "… pleine et sincère mise en œuvre."
        search(robot, "sincere");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PRESS_ELEMENTS, model.documentProperty().get().id());
        assertFalse(window.search().overlay().isVisible());
        assertTrue(window.reader().page().isFocused());

        SearchHit hit = window.search().results().getItems().get(0);
        TextFlow block = window.reader().paragraphBlock(hit.paragraphIndex());
        String paragraph = ((Text) block.getChildren().get(0)).getText();
        SelectableTextPane.Mark current = window.reader().page().marks().stream()
                .filter(SelectableTextPane.Mark::current).findFirst().orElseThrow();
        assertEquals("sincère", paragraph.substring(current.start(), current.end()));

        // The marked paragraph is within the visible part of the reader.
        Bounds viewport = window.reader().scroll().localToScene(window.reader().scroll().getLayoutBounds());
        Bounds shown = block.localToScene(block.getLayoutBounds());
        assertTrue(shown.getMinY() >= viewport.getMinY() && shown.getMinY() < viewport.getMaxY(),
                shown + " in " + viewport);
        assertTrue(window.reader().scroll().getVvalue() > 0, "the reader scrolled down to the hit");
        Screenshots.save(stage.getScene(), "search-opened-at-hit");
    }

    @Test
    void anEventTitleOpensTheEventAndItsDocument(FxRobot robot) {
        robot.clickOn("#language-en");
        search(robot, "initialed Algiers");
        SearchHit first = window.search().results().getItems().get(0);
        assertEquals(SearchHit.Kind.EVENT, first.kind());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("minusma-accord-initialed-algiers", model.eventProperty().get().id());
        assertEquals(PRESS_ELEMENTS, model.documentProperty().get().id());
    }

    @Test
    void noResultIsSaidAndEscapeCloses(FxRobot robot) {
        search(robot, "xylophone");
        Label status = robot.lookup("#search-overlay .search-status").queryAs(Label.class);
        assertEquals("Aucun résultat pour «\u202fxylophone\u202f».", status.getText());
        assertTrue(window.search().overlay().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.search().overlay().isVisible());
        Node field = window.search().field();
        assertTrue(field.isFocused());
    }

    @Test
    void aSingleHitMakesAPopupOneHitHighAndSaysWhereItIs(FxRobot robot) throws IOException {
        search(robot, "Delattre");
        List<SearchHit> hits = window.search().results().getItems();
        assertEquals(1, hits.size(), hits.toString());
        WaitForAsyncUtils.waitForFxEvents();
        Label where = robot.lookup("#search-results .search-hit-where").queryAs(Label.class);
        assertTrue(where.getText().endsWith("· orateur et fonction"), where.getText());
        javafx.scene.control.ListCell<?> cell = robot.lookup("#search-results .search-hit-cell").queryAllAs(
                javafx.scene.control.ListCell.class).stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow();
        double list = window.search().results().getHeight();
        // The list is its one row and its frame high: no empty striped rows under the hit.
        assertTrue(list < cell.getHeight() + 12, list + " for a row of " + cell.getHeight());
        Screenshots.save(stage.getScene(), "search-one-hit-fr");

        robot.clickOn("#language-en");
        search(robot, "securite");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> places = robot.lookup("#search-results .search-hit-where").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(SearchHit.Kind.TITLE, window.search().results().getItems().get(0).kind());
        assertTrue(places.stream().anyMatch(p -> p.endsWith("· title")), places.toString());
        assertTrue(places.stream().anyMatch(p -> p.endsWith("· speaker and role")), places.toString());
        assertTrue(places.stream().anyMatch(p -> p.contains("MINUSMA") && p.contains("§")), places.toString());
        double three = window.search().results().getHeight();
        Screenshots.save(stage.getScene(), "search-three-hits-en");
        // Three hits: taller than one, and still short of the most the list takes (420).
        assertTrue(three > list && three < 400, Double.toString(three));
    }

    @Test
    void thePopupAtLaptopSizesInBothLanguages(FxRobot robot) throws IOException {
        for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (String language : List.of("fr", "en")) {
                robot.clickOn("#language-" + language);
                search(robot, "paraphé");
                WaitForAsyncUtils.waitForFxEvents();
                double list = window.search().results().getHeight();
                // Five hits fill at most the list's most height, and the popup stays inside the window.
                assertTrue(list <= 420.5, Double.toString(list));
                Bounds popup = window.search().overlay().localToScene(window.search().overlay().getLayoutBounds());
                assertTrue(popup.getMaxY() <= stage.getScene().getHeight() && popup.getMaxX() <= stage.getScene().getWidth(),
                        popup.toString());
                Screenshots.save(stage.getScene(), "search-paraphe-" + language + "-" + (int) size[0] + "x" + (int) size[1]);
                robot.type(KeyCode.ESCAPE);
            }
        }
    }
}
