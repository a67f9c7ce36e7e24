package org.missionreader.ui.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.library.Problem;
import org.missionreader.library.ProblemCode;
import org.missionreader.ui.Screenshots;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.ReaderModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems panel reads each file once, off the JavaFX thread, and cuts a long line around the problem. */
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {

    private Stage owner;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void quietProbe() {
        ProblemsPanel.probe = (work, onFxThread) -> { };
    }

    /** A library file written on one line, as a minifier writes it, with two impossible dates far into it. */
    private Path minified() throws Exception {
        String mission = """
                {"id": "%s", "acronym": {"fr": "%S", "en": "%S"}, "name": {"fr": "%s", "en": "%s"},
                 "country": {"fr": "Ailleurs", "en": "Elsewhere"}, "start": "%s",
                 "status": {"state": "ongoing", "asOf": "2025"}, "sources": [{"name": "test data"}]}""";
        String longName = "Mission au nom très long ".repeat(400);
        String json = "{\"schemaVersion\": 1, \"missions\": ["
                + mission.formatted("longue", "longue", "longue", longName, longName, "2021-03-01") + ", "
                + mission.formatted("autre", "autre", "autre", "Autre", "Other", "2021-02-30") + ", "
                + mission.formatted("encore", "encore", "encore", longName, longName, "2021-04-31")
                + "], \"documents\": [], \"events\": []}";
        Path file = dir.resolve("minified.json");
        Files.writeString(file, json.replace("\n", ""));
        return file;
    }

    @Test
    void aMinifiedFileIsReadOnceOffTheJavaFxThreadAndItsLineCutAroundEachProblem(FxRobot robot) throws Exception {
        Path file = minified();
        String line = Files.readString(file);
        LoadResult result = new LibraryLoader().load(file);
        List<Problem> dates = result.problems().stream().filter(p -> p.code() == ProblemCode.IMPOSSIBLE_DATE).toList();
        assertEquals(2, dates.size(), result.problems().toString());
        assertTrue(dates.stream().allMatch(p -> p.line() == 1 && p.column() > 10_000), dates.toString());

        List<Boolean> reads = new CopyOnWriteArrayList<>();
        ProblemsPanel.probe = (work, onFxThread) -> reads.add(onFxThread);
        ReaderModel model = new ReaderModel();
        ProblemsPanel panel = new ProblemsPanel(model, new I18n(Locale.ENGLISH), new Jobs());
        robot.interact(() -> {
            model.libraryLoaded(result);
            panel.show(owner);
        });
        for (Problem date : dates) {
            robot.interact(() -> panel.list().getSelectionModel().select(date));
            Label shown = waitForLine(panel);
            String text = shown.getText();
            assertTrue(text.length() < SourceExcerpt.WIDTH + 10, text.length() + " characters: " + text);
            assertTrue(text.startsWith("1 │ …"), text);
            // The caret stands under the problem's own character.
            Label caret = (Label) panel.source().getChildren().get(panel.source().getChildren().indexOf(shown) + 1);
            int at = caret.getText().indexOf('^');
            assertEquals(line.charAt(date.column() - 1), text.charAt(at), text + "\n" + caret.getText());
            assertTrue(text.contains(date.args().stream().filter(a -> a.startsWith("2021")).findFirst().orElse("2021")), text);
        }
        Screenshots.save(panel.stage().getScene(), "problems-panel-minified");
        assertEquals(List.of(false), reads, "the file is read once, off the JavaFX thread, for both problems");
        robot.interact(() -> panel.stage().hide());
    }

    @Test
    void aFileThatCannotBeReadSaysSo(FxRobot robot) throws Exception {
        Path gone = dir.resolve("gone.json");
        Files.writeString(gone, "{\"schemaVersion\": 1, \"missions\": [}");
        LoadResult result = new LibraryLoader().load(gone);
        assertTrue(!result.problems().isEmpty());
        Files.delete(gone);
        ReaderModel model = new ReaderModel();
        ProblemsPanel panel = new ProblemsPanel(model, new I18n(Locale.ENGLISH), new Jobs());
        robot.interact(() -> {
            model.libraryLoaded(result);
            panel.show(owner);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.source().getChildren().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().startsWith("The file " + gone + " cannot be read")));
        robot.interact(() -> panel.stage().hide());
    }

    private static Label waitForLine(ProblemsPanel panel) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.source().lookup("#problem-line") != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label line = (Label) panel.source().lookup("#problem-line");
        assertNotNull(line);
        return line;
    }
}
