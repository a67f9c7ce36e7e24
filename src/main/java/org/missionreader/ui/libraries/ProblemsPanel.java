package org.missionreader.ui.libraries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.Problem;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.ReaderModel;

/**
 * The problems of the open library files, one per line as {@code file:line:column: message}; selecting one
 * shows the lines of the file around it, read-only and monospaced, the line itself marked. Each file is
 * read once, in a reading job, for the lines around all of its problems; a long line is shown cut around
 * the problem's column.
 */
public final class ProblemsPanel {

    private static final int RADIUS = 6;

    /** For tests: told each time a file is read, and whether on the JavaFX thread. Does nothing unless set. */
    static volatile BiConsumer<String, Boolean> probe = (work, onFxThread) -> { };

    private final ReaderModel model;
    private final I18n i18n;
    private final Jobs jobs;
    /** The lines read of each file, by line number, for the problems now listed; cleared when they change. */
    private final Map<String, Lines> read = new HashMap<>();
    /** The file being read for the selected problem, if any. */
    private Task<Lines> reading;
    private String readingFile;
    /** Counts the changes of the problems listed: a reading started before one is not kept. */
    private int generation;
    private final ListView<Problem> list = new ListView<>();
    private final VBox source = new VBox();
    private final Label hint = new Label();
    private Stage stage;

    /** What was read of one file: the lines around its problems, or why it could not be read. */
    private record Lines(Map<Integer, String> byNumber, String error) {
    }

    public ProblemsPanel(ReaderModel model, I18n i18n, Jobs jobs) {
        this.model = model;
        this.i18n = i18n;
        this.jobs = jobs;
        list.setId("problems-list");
        list.setItems(model.problems());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.format(i18n.locale()));
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            list.refresh();
            showSpot(list.getSelectionModel().getSelectedItem());
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showSpot(now));
        // Other problems, other lines to show (or the same file changed and opened again): read anew.
        model.problems().addListener((ListChangeListener<Problem>) c -> {
            generation++;
            read.clear();
        });
        source.setId("problem-source");
        source.getStyleClass().add("problem-source");
        hint.textProperty().bind(i18n.text("problems.spot"));
        hint.getStyleClass().add("problems-hint");
        hint.setWrapText(true);
    }

    /** Shows the panel (a window of its own beside the reader), with the first problem selected. */
    public void show(Window owner) {
        if (stage == null) {
            ScrollPane sourceScroll = new ScrollPane(source);
            sourceScroll.setFitToWidth(true);
            SplitPane split = new SplitPane(list, new BorderPane(sourceScroll, hint, null, null, null));
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.45);
            Scene scene = org.missionreader.ui.application.OwnerScreen.scene(split, owner, 820, 560);
            stage = new Stage();
            stage.initOwner(owner);
            stage.titleProperty().bind(i18n.text("problems.title"));
            stage.setScene(scene);
        }
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        stage.show();
        stage.toFront();
    }

    public ListView<Problem> list() {
        return list;
    }

    /** The lines shown for the selected problem, as displayed. */
    public VBox source() {
        return source;
    }

    public Stage stage() {
        return stage;
    }

    private void showSpot(Problem problem) {
        source.getChildren().clear();
        if (problem == null) return;
        Lines lines = read.get(problem.file());
        if (lines != null) {
            show(problem, lines);
            return;
        }
        Label wait = new Label(i18n.get("problems.reading", problem.file()));
        wait.setId("problem-reading");
        wait.setWrapText(true);
        source.getChildren().add(wait);
        String file = problem.file();
        if (reading != null && file.equals(readingFile)) return; // being read: shown when it comes
        if (reading != null) reading.cancel(false);
        TreeSet<Integer> wanted = new TreeSet<>();
        for (Problem p : model.problems()) {
            if (!p.file().equals(file)) continue;
            for (int n = Math.max(1, p.line() - RADIUS); n <= p.line() + RADIUS; n++) wanted.add(n);
        }
        Task<Lines> task = new Task<>() {
            @Override
            protected Lines call() {
                return readLines(file, wanted);
            }
        };
        reading = task;
        readingFile = file;
        int readFor = generation;
        task.setOnSucceeded(e -> {
            if (reading == task) reading = null;
            if (readFor != generation) {
                // The problems changed meanwhile (another file opened): read for the lines they need now.
                showSpot(list.getSelectionModel().getSelectedItem());
                return;
            }
            read.put(file, task.getValue());
            Problem selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && selected.file().equals(file)) {
                source.getChildren().clear();
                show(selected, task.getValue());
            }
        });
        jobs.submit(Job.Kind.READ, i18n.text("job.read", file), task);
    }

    /** Reads the wanted lines of a file, as UTF-8 with bad bytes shown as U+FFFD, stopping after the last. */
    private static Lines readLines(String file, TreeSet<Integer> wanted) {
        probe.accept("read", Platform.isFxApplicationThread());
        Map<Integer, String> lines = new HashMap<>();
        if (wanted.isEmpty()) return new Lines(lines, null);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        int last = wanted.last();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), decoder))) {
            String text;
            int number = 0;
            while (++number <= last && (text = reader.readLine()) != null) {
                if (wanted.contains(number)) lines.put(number, text);
            }
            return new Lines(lines, null);
        } catch (IOException | RuntimeException e) {
            return new Lines(Map.of(), String.valueOf(e.getMessage()));
        }
    }

    private void show(Problem problem, Lines lines) {
        if (lines.error() != null) {
            Label cannot = new Label(i18n.get("problems.cannotRead", problem.file(), lines.error()));
            cannot.setWrapText(true);
            source.getChildren().add(cannot);
            return;
        }
        int first = Math.max(1, problem.line() - RADIUS);
        int end = problem.line() + RADIUS;
        while (end >= first && !lines.byNumber().containsKey(end)) end--;
        if (end < first) return;
        String marked = lines.byNumber().getOrDefault(problem.line(), "");
        // One window across the excerpt's lines, around the column, so that they stay aligned.
        int start = SourceExcerpt.start(marked.length(), problem.column());
        int width = String.valueOf(end).length();
        for (int number = first; number <= end; number++) {
            String text = lines.byNumber().getOrDefault(number, "");
            Label line = new Label(String.format("%" + width + "d │ %s", number, SourceExcerpt.shown(text, start)));
            line.getStyleClass().add("source-line");
            line.setMaxWidth(Double.MAX_VALUE);
            source.getChildren().add(line);
            if (number == problem.line()) {
                line.getStyleClass().add("problem-line");
                line.setId("problem-line");
                Label caret = new Label(" ".repeat(width + 3 + SourceExcerpt.caret(text, start, problem.column())) + "^");
                caret.getStyleClass().addAll("source-line", "problem-caret");
                source.getChildren().add(caret);
            }
        }
    }

    private static InputStream open(String file) throws IOException {
        if (LibraryLoader.BUNDLED_NAME.equals(file)) {
            InputStream in = LibraryLoader.class.getResourceAsStream(LibraryLoader.BUNDLED_RESOURCE);
            if (in == null) throw new IOException("missing from the application");
            return in;
        }
        return Files.newInputStream(Path.of(file));
    }
}
