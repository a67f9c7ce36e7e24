package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.Mission;
import org.missionreader.library.Problem;
import org.missionreader.library.ProblemCode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** More libraries beside the bundled one: opening, dropping, recent files and the problems panel. */
@ExtendWith(ApplicationExtension.class)
class LibrariesTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    @TempDir
    Path dir;

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
    void openADocument(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        robot.interact(() -> model.open(model.library().document(PRESS_ELEMENTS).orElseThrow()));
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        Files.copy(Path.of("src/test/resources/libraries", name), target);
        return target;
    }

    private void openAndWait(FxRobot robot, Path file) throws TimeoutException {
        robot.interact(() -> window.libraryOpener().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.libraryOpener().busy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOpenedFileJoinsTheSidebarWithItsOriginAndNothingOpenIsLost(FxRobot robot) throws Exception {
        Path extra = copy("extra.json");
        openAndWait(robot, extra);

        assertEquals(PRESS_ELEMENTS, model.documentProperty().get().id(), "the open document stays open");
        assertEquals("minusma", model.missionProperty().get().id());
        List<Mission> missions = window.sidebar().list().getItems();
        assertEquals(9, missions.size());
        assertEquals("essai", missions.get(8).id());
        assertEquals("extra.json", model.originOf(missions.get(8)));
        assertEquals(null, model.originOf(missions.get(0)));
        assertEquals(List.of(extra.toAbsolutePath().toString()), window.libraryOpener().recentFiles());
        assertEquals(List.of("extra.json\u00a0: 1 mission, 1 document, 1 événement ajoutés."), window.notices().texts());

        robot.interact(() -> window.sidebar().list().scrollTo(8));
        Node cell = robot.lookup("#mission-list .list-cell").match((ListCell<Mission> c) -> c.getItem() != null
                && c.getItem().id().equals("essai")).query();
        assertTrue(robot.from(cell).lookup(".mission-origin").queryAs(Label.class).getText().equals("depuis extra.json"));
        robot.interact(() -> model.missionProperty().set(model.library().mission("essai").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("essai-declaration"), window.documents().list().getItems().stream().map(d -> d.id()).toList());
        robot.interact(() -> window.sidebar().list().scrollTo(window.sidebar().list().getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "library-added");

        // Its text is searchable once indexed again.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.search().service().readyProperty().get()
                && !window.search().service().search("sahélienne").isEmpty());
        assertEquals("essai-declaration", window.search().service().search("sahelienne").get(0).documentId());

        // The same file again is not added twice.
        openAndWait(robot, extra);
        assertEquals(9, model.library().missions().size());
        assertEquals(List.of("extra.json est déjà ouverte."), window.notices().texts());
    }

    @Test
    void aFileWithProblemsAddsWhatIsUsableAndThePanelShowsEachSpot(FxRobot robot) throws Exception {
        Path bad = copy("with-problems.json");
        int before = model.problems().size();
        openAndWait(robot, bad);

        assertEquals(PRESS_ELEMENTS, model.documentProperty().get().id());
        // "autre" has an impossible date and is left out; "autre-bis" joins; the document's id is taken.
        assertTrue(model.library().mission("autre-bis").isPresent());
        assertFalse(model.library().mission("autre").isPresent());
        assertEquals("Fermeture de la MINUSMA", model.library().document("minusma-closure-notice").orElseThrow().title());
        List<Problem> added = model.problems().subList(before, model.problems().size());
        Problem taken = added.stream().filter(p -> p.code() == ProblemCode.ID_ALREADY_OPEN).findFirst().orElseThrow();
        assertEquals(bad.toAbsolutePath().toString(), taken.file());
        // At the id's value, where the loader found it, as the file's other id problems are placed.
        assertEquals(21, taken.line());
        assertEquals(11, taken.column());
        assertTrue(taken.format(Locale.FRENCH).endsWith("l’identifiant «\u202fminusma-closure-notice\u202f» est déjà utilisé dans la bibliothèque ouverte library.json\u202f; cet élément est laissé de côté"),
                taken.format(Locale.FRENCH));
        Problem date = added.stream().filter(p -> p.code() == ProblemCode.IMPOSSIBLE_DATE).findFirst().orElseThrow();
        assertEquals(8, date.line());

        robot.clickOn("#problems-button");
        WaitForAsyncUtils.waitForFxEvents();
        var panel = window.problemsPanel();
        assertTrue(panel.stage().isShowing());
        robot.interact(() -> panel.list().getSelectionModel().select(date));
        // The file is read in a job: its lines come a moment later.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.source().lookup("#problem-line") != null);
        Label line = (Label) panel.source().lookup("#problem-line");
        assertTrue(line.getText().startsWith(" 8 │") || line.getText().startsWith("8 │"), line.getText());
        assertTrue(line.getText().contains("\"start\": \"2021-02-30\""), line.getText());
        assertTrue(line.getStyleClass().contains("problem-line"));
        Screenshots.save(panel.stage().getScene(), "problems-panel");
        robot.interact(() -> panel.stage().hide());
    }

    @Test
    void droppedFilesAreOpenedAndOthersRefused(FxRobot robot) throws Exception {
        Path extra = copy("extra.json");
        // Not .txt: a dropped text file is read for the import form now (ImportFormTest).
        Path text = Files.writeString(dir.resolve("notes.odt"), "pas une bibliothèque");
        robot.interact(() -> window.dropped(List.of(text.toFile())));
        assertEquals(List.of("Seuls les fichiers .json peuvent être ouverts\u00a0: " + text.toAbsolutePath()),
                window.notices().texts());
        robot.interact(() -> window.dropped(List.of(new File(extra.toString()))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.library().mission("essai").isPresent());
        assertEquals(PRESS_ELEMENTS, model.documentProperty().get().id());
    }

    @Test
    void aMissingRecentFileIsAProblemNotACrash(FxRobot robot) throws Exception {
        int before = model.problems().size();
        openAndWait(robot, dir.resolve("gone.json"));
        assertEquals(before + 1, model.problems().size());
        assertEquals(ProblemCode.UNREADABLE, model.problems().get(before).code());
        assertEquals(8, model.library().missions().size());
        // Once the file exists, it can be opened.
        Files.copy(Path.of("src/test/resources/libraries/extra.json"), dir.resolve("gone.json"));
        openAndWait(robot, dir.resolve("gone.json"));
        assertEquals(9, model.library().missions().size());
    }

    @Test
    void aFifoOrAFolderIsRefusedBeforeItIsOpenedAndNothingWaits(FxRobot robot) throws Exception {
        Path fifo = dir.resolve("tube.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        robot.interact(() -> window.libraryOpener().open(fifo));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.libraryOpener().busy(), "nothing is loading: the FIFO was never opened");
        assertFalse(model.loadingProperty().get());
        assertEquals(List.of(fifo.toAbsolutePath() + " est un tube nommé (FIFO), pas un fichier\u00A0: seuls des fichiers"
                + " de bibliothèque peuvent être ouverts."), window.notices().texts());
        Screenshots.save(stage.getScene(), "library-not-a-file");
        Path folder = Files.createDirectories(dir.resolve("dossier.json"));
        robot.interact(() -> window.libraryOpener().open(folder));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.libraryOpener().busy());
        assertTrue(window.notices().texts().get(0).contains("est un dossier, pas un fichier"), window.notices().texts().toString());
    }
}
