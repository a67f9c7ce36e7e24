package org.missionreader.ui;

import org.missionreader.ui.application.Services;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;
import org.missionreader.settings.ReadingSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14: the window's title, the sidebar's rows, the filter's hint, the toolbar at the window's minimum
 * width and the empty lists, on the real window at the sizes readers use, in French and English.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPolishTest {

    private static final int[][] SIZES = {{800, 560}, {1024, 700}, {1366, 768}};
    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";
    private static final String DASH = " \u2014 ";

    private Stage stage;
    private TestWindow shown;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * A new window at the given size, its library in, shown the way the application shows it: the window in a
     * stage given its size before it shows (so that the panes are first laid out at that size, as a reader's
     * screen has them from the start).
     */
    private TestWindow open(FxRobot robot, int width, int height, Locale locale) throws TimeoutException {
        I18n i18n = new I18n(locale);
        robot.interact(() -> {
            Fonts.load();
            ReaderModel model = new ReaderModel();
            MainWindow window = new MainWindow(Services.create(model, i18n), "test");
            shown = new TestWindow(model, window);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setTitle(MainWindow.TITLE);
            stage.setScene(MainWindow.scene(window, width, height));
            window.loadBundled();
            stage.show();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !shown.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, stage.getScene().getWidth(), 0.5);
        assertEquals(height, stage.getScene().getHeight(), 0.5);
        return shown;
    }

    private static void language(FxRobot robot, Locale locale) {
        robot.interact(() -> ((ToggleButton) robot.lookup("#language-" + locale.getLanguage()).query()).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTitleNamesTheOpenDocumentElseTheMissionAndFollowsTheLanguage(FxRobot robot) throws TimeoutException {
        List<String> beforeLibrary = new ArrayList<>();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            shown = TestWindow.show(stage, Locale.FRENCH);
            // The library loads in the background: nothing is chosen yet.
            beforeLibrary.add(stage.getTitle());
        });
        assertEquals(List.of("Mission Reader"), beforeLibrary);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !shown.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ReaderModel model = shown.model();
        assertEquals("MINUSMA" + DASH + "Mission Reader", stage.getTitle());

        Document press = model.library().document(PRESS_ELEMENTS).orElseThrow();
        robot.interact(() -> model.open(press));
        assertEquals("Eléments à la presse du Président du Conseil de sécurité" + DASH + "Mission Reader", stage.getTitle());
        // The document's title is its own, in whatever language the window is.
        language(robot, Locale.ENGLISH);
        assertEquals("Eléments à la presse du Président du Conseil de sécurité" + DASH + "Mission Reader", stage.getTitle());

        // A mission without an open document: its acronym, in the window's language.
        Mission unifil = model.library().mission("unifil").orElseThrow();
        robot.interact(() -> model.missionProperty().set(unifil));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, model.documentProperty().get());
        assertEquals("UNIFIL" + DASH + "Mission Reader", stage.getTitle());
        language(robot, Locale.FRENCH);
        assertEquals("FINUL" + DASH + "Mission Reader", stage.getTitle());
    }

    @Test
    void aNarrowSidebarShortensTheCountryAndKeepsTheYearsWhole(FxRobot robot) throws IOException, TimeoutException {
        TestWindow w = open(robot, 800, 560, Locale.FRENCH);
        MissionSidebar sidebar = w.window().sidebar();
        // The sidebar dragged to its narrowest.
        robot.interact(() -> ((SplitPane) sidebar.getParent().getParent()).setDividerPosition(0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sidebar.getMinWidth(), sidebar.getWidth(), 1);

        ListCell<?> minusca = missionCell(robot, "minusca");
        Label country = (Label) minusca.lookup(".mission-country");
        Label years = (Label) minusca.lookup(".mission-years");
        assertEquals("République centrafricaine", country.getText());
        assertEquals(" · 2014–", years.getText());
        assertEquals(years.getText(), Shown.displayed(years));
        String shortened = Shown.displayed(country);
        assertTrue(shortened.endsWith("…") && shortened.length() > 2
                && "République centrafricaine".startsWith(shortened.substring(0, shortened.length() - 1)), shortened);
        // The years sit right after the shortened country, inside the row.
        assertTrue(years.localToScene(years.getLayoutBounds()).getMaxX() <= minusca.localToScene(minusca.getLayoutBounds()).getMaxX());
        assertEquals(" · 2013–2023", ((Label) missionCell(robot, "minusma").lookup(".mission-years")).getText());
        // Only the country may shorten: every other label of every row is whole.
        Shown.assertNoneCut(robot.lookup("#mission-list .list-cell").queryAll(), ".mission-country");
        Screenshots.save(stage.getScene(), "polish-sidebar-narrow-fr");
    }

    @Test
    void theFilterHintFitsItsFieldAtTheSidebarsDefaultWidth(FxRobot robot) throws IOException, TimeoutException {
        for (int[] size : SIZES) {
            open(robot, size[0], size[1], Locale.FRENCH);
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                language(robot, locale);
                TextField filter = shown.window().sidebar().filterField();
                Text prompt = (Text) filter.lookupAll("Text").stream()
                        .filter(n -> n instanceof Text t && filter.getPromptText().equals(t.getText())).findFirst().orElseThrow();
                Rectangle shownPart = (Rectangle) prompt.getParent().getClip();
                assertNotNull(shownPart, "the field clips its text to its inner width");
                String where = size[0] + "×" + size[1] + " " + locale + ": \"" + prompt.getText() + "\"";
                assertTrue(prompt.getLayoutBounds().getWidth() <= shownPart.getWidth(),
                        () -> where + " is " + prompt.getLayoutBounds().getWidth() + " px wide in " + shownPart.getWidth());
                // The whole hint is the field's tooltip.
                assertEquals(locale == Locale.FRENCH ? "Filtrer les missions par sigle, nom ou pays"
                        : "Filter the missions by acronym, name or country", filter.getTooltip().getText());
                if (size[0] == 1024) Screenshots.save(stage.getScene(), "polish-sidebar-1024-" + locale.getLanguage());
            }
        }
    }

    @Test
    void theToolbarAndTheSidebarRowsShowEveryWordWholeAtEverySize(FxRobot robot) throws IOException, TimeoutException {
        for (int[] size : SIZES) {
            open(robot, size[0], size[1], Locale.FRENCH);
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                language(robot, locale);
                String where = size[0] + "×" + size[1] + " " + locale;
                List<Node> toolbar = List.of(robot.lookup(".app-toolbar").query());
                Shown.assertNoneCut(toolbar, null);
                // Nothing in the toolbar lies past the window's right edge.
                for (Labeled l : Shown.labeleds(toolbar.get(0))) {
                    assertTrue(l.localToScene(l.getLayoutBounds()).getMaxX() <= size[0] + 0.5, () -> where + ": " + l.getText());
                }
                // The sidebar's rows: the country may shorten where the sidebar is at its narrowest, nothing else.
                Shown.assertNoneCut(robot.lookup("#mission-list .list-cell").queryAll(), ".mission-country");
                Shown.assertNoneCut(robot.lookup("#document-list .list-cell").queryAll(), null);
                Screenshots.save(stage.getScene(), "polish-toolbar-" + size[0] + "-" + locale.getLanguage());
            }
        }
        ToolbarBand band = robot.lookup(".app-toolbar").queryAs(ToolbarBand.class);
        assertEquals(0, band.shorteningsTaken(), "at 1366 px the toolbar has room for every word");
    }

    @Test
    void atTheMinimumWidthWithProblemsTheToolbarTakesShortWordsWithTooltips(FxRobot robot) throws IOException, TimeoutException {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            open(robot, 800, 560, locale);
            Path bad = dir.resolve(locale.getLanguage() + "-with-problems.json");
            Files.copy(Path.of("src/test/resources/libraries/with-problems.json"), bad);
            robot.interact(() -> shown.window().libraryOpener().open(bad));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.window().libraryOpener().busy());
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(shown.model().problems().isEmpty());

            Node toolbar = robot.lookup(".app-toolbar").query();
            Shown.assertNoneCut(List.of(toolbar), null);
            ToolbarBand band = (ToolbarBand) toolbar;
            assertTrue(band.shorteningsTaken() > 0, "the problems button leaves no room for every word at 800 px");
            for (Labeled l : Shown.labeleds(toolbar)) {
                assertTrue(l.localToScene(l.getLayoutBounds()).getMaxX() <= 800.5, l.getText());
            }
            ToggleButton french = robot.lookup("#language-fr").queryAs(ToggleButton.class);
            Screenshots.save(stage.getScene(), "polish-toolbar-800-problems-" + locale.getLanguage());

            // Narrower than the window may be made, the toolbar takes its last shortenings: the languages' short
            // names, with their full names as tooltips and for screen readers, and no title.
            robot.interact(() -> stage.setWidth(600));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(4, band.shorteningsTaken());
            assertEquals("FR", french.getText());
            assertEquals("Français", french.getTooltip().getText());
            assertEquals("Français", french.getAccessibleText());
            assertEquals("EN", robot.lookup("#language-en").queryAs(ToggleButton.class).getText());
            assertFalse(band.title().isVisible());
            Shown.assertNoneCut(List.of(toolbar), null);
            for (Labeled l : Shown.labeleds(toolbar)) {
                assertTrue(l.localToScene(l.getLayoutBounds()).getMaxX() <= 600.5, l.getText());
            }
            Screenshots.save(stage.getScene(), "polish-toolbar-600-problems-" + locale.getLanguage());

            // Wide again, every word comes back.
            robot.interact(() -> stage.setWidth(1366));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, band.shorteningsTaken());
            assertEquals("Français", french.getText());
            assertEquals(null, french.getTooltip());
            Shown.assertNoneCut(List.of(toolbar), null);
        }
    }

    @Test
    void emptyListsSayWhyAndRowsUnderAShortListArePlain(FxRobot robot) throws IOException, TimeoutException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            TestWindow w = open(robot, 1024, 700, locale);
            boolean en = locale == Locale.ENGLISH;

            // MINUSMA's two documents: the rows under them are the list's plain ground, all alike.
            ListView<Document> documents = w.window().documents().list();
            assertEquals(2, documents.getItems().size());
            assertRowsUnderTheListArePlain(robot);
            if (locale == Locale.ENGLISH) {
                // The same in the other themes, which give the list its ground.
                for (ReadingSettings.Theme theme : List.of(ReadingSettings.Theme.DARK, ReadingSettings.Theme.CONTRAST)) {
                    robot.interact(() -> w.window().reading().settingsProperty().set(ReadingSettings.defaults().withTheme(theme)));
                    WaitForAsyncUtils.waitForFxEvents();
                    assertRowsUnderTheListArePlain(robot);
                    if (theme == ReadingSettings.Theme.DARK) Screenshots.save(stage.getScene(), "polish-short-list-dark-en");
                }
                robot.interact(() -> w.window().reading().settingsProperty().set(ReadingSettings.defaults()));
                WaitForAsyncUtils.waitForFxEvents();
            }

            // A mission with no document in the library.
            Mission minusca = w.model().library().mission("minusca").orElseThrow();
            robot.interact(() -> w.model().missionProperty().set(minusca));
            WaitForAsyncUtils.waitForFxEvents();
            Label none = (Label) documents.getPlaceholder();
            assertTrue(treeVisible(none));
            assertEquals(en ? "No document for this mission in the library." : "Aucun document de cette mission dans la bibliothèque.",
                    none.getText());
            Screenshots.save(stage.getScene(), "polish-empty-list-" + locale.getLanguage());

            // A filter that matches no mission says so, with what was typed.
            robot.interact(() -> w.window().sidebar().filterField().setText("xyz"));
            WaitForAsyncUtils.waitForFxEvents();
            ListView<Mission> missions = w.window().sidebar().list();
            assertTrue(missions.getItems().isEmpty());
            Label noMatch = (Label) missions.getPlaceholder();
            assertTrue(treeVisible(noMatch));
            assertEquals(en ? "No mission matches “xyz”." : "Aucune mission ne correspond à «\u202Fxyz\u202F».", noMatch.getText());
            Screenshots.save(stage.getScene(), "polish-no-match-" + locale.getLanguage());
        }
    }

    /** The rows under the document list's last document are its plain ground, all alike, no stripes. */
    private static void assertRowsUnderTheListArePlain(FxRobot robot) {
        List<ListCell<?>> empty = new ArrayList<>();
        ListCell<?> first = null;
        for (Node n : robot.lookup("#document-list .list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.isEmpty() && cell.isVisible()) empty.add(cell);
            if (cell.getIndex() == 0) first = cell;
        }
        assertTrue(empty.size() >= 2, "rows under the two documents: " + empty.size());
        Paint ground = fill(first);
        for (ListCell<?> cell : empty) {
            assertEquals(ground, fill(cell), "row " + cell.getIndex());
        }
    }

    private static Paint fill(ListCell<?> cell) {
        List<BackgroundFill> fills = cell.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    private static boolean treeVisible(Node node) {
        if (node.getScene() == null) return false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static ListCell<Mission> missionCell(FxRobot robot, String id) {
        return (ListCell<Mission>) robot.lookup("#mission-list .list-cell")
                .match((ListCell<Mission> c) -> c.getItem() != null && c.getItem().id().equals(id)).query();
    }
}
