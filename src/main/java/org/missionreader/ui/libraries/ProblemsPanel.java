package org.missionreader.ui.libraries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.missionreader.library.SourceLines;
import org.missionreader.ui.I18n;
import org.missionreader.ui.ReaderModel;

/**
 * The problems of the open library files, one per line as {@code file:line:column: message}; selecting one
 * shows the lines of the file around it, read-only and monospaced, the line itself marked.
 */
public final class ProblemsPanel {

    private static final int RADIUS = 6;

    private final ReaderModel model;
    private final I18n i18n;
    private final ListView<Problem> list = new ListView<>();
    private final VBox source = new VBox();
    private final Label hint = new Label();
    private Stage stage;

    public ProblemsPanel(ReaderModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
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
            Scene scene = org.missionreader.ui.OwnerScreen.scene(split, owner, 820, 560);
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
        try (InputStream in = open(problem.file())) {
            SourceLines.Excerpt excerpt = SourceLines.around(in, problem.line(), RADIUS);
            int width = String.valueOf(excerpt.firstLine() + excerpt.lines().size()).length();
            for (int i = 0; i < excerpt.lines().size(); i++) {
                int number = excerpt.firstLine() + i;
                String text = excerpt.lines().get(i).replace("\t", "    ");
                Label line = new Label(String.format("%" + width + "d │ %s", number, text));
                line.getStyleClass().add("source-line");
                line.setMaxWidth(Double.MAX_VALUE);
                source.getChildren().add(line);
                if (number == problem.line()) {
                    line.getStyleClass().add("problem-line");
                    line.setId("problem-line");
                    Label caret = new Label(" ".repeat(width + 3 + Math.max(0, problem.column() - 1)) + "^");
                    caret.getStyleClass().addAll("source-line", "problem-caret");
                    source.getChildren().add(caret);
                }
            }
        } catch (IOException | RuntimeException e) {
            Label cannot = new Label(i18n.get("problems.cannotRead", problem.file(), e.getMessage()));
            cannot.setWrapText(true);
            source.getChildren().add(cannot);
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
