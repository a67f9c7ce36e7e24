package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.missionreader.library.DateText;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;

/** The selected mission's documents, oldest first: date and kind above the title. */
public final class DocumentList extends VBox {

    private final ReaderModel model;
    private final I18n i18n;
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ListView<Document> list = new ListView<>(documents);
    private Runnable onEnter = () -> { };

    public DocumentList(ReaderModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("document-list");
        setMinWidth(200);

        Label heading = new Label();
        heading.textProperty().bind(i18n.compute(() -> {
            Mission m = model.missionProperty().get();
            return m == null ? i18n.get("documents.heading") : i18n.get("documents.headingOf", m.acronym().in(i18n.locale()));
        }, model.missionProperty()));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(list);

        list.setId("document-list");
        list.setCellFactory(v -> new DocumentCell());
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.compute(() -> i18n.get(
                model.missionProperty().get() == null ? "documents.noMission" : "documents.none"), model.missionProperty()));
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(TextAlignment.CENTER);
        placeholder.getStyleClass().add("placeholder");
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        model.missionProperty().addListener((obs, old, now) -> showMission(now));
        // Another library file may add documents to the mission shown.
        model.libraryProperty().addListener((obs, old, now) -> showMission(model.missionProperty().get()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) model.open(now);
        });
        model.documentProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        // Enter, or a click on the already selected document, sends the reader to the text.
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
                onEnter.run();
                e.consume();
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());

        getChildren().addAll(heading, list);
        visibleProperty().bind(Bindings.isNotNull(model.missionProperty()).or(model.loadingProperty()));
    }

    public ListView<Document> list() {
        return list;
    }

    /** What Enter does after opening: the window moves the focus to the reader. */
    public void setOnEnter(Runnable action) {
        onEnter = action;
    }

    private void showMission(Mission mission) {
        documents.setAll(mission == null ? java.util.List.of() : model.library().documentsOf(mission.id()));
        Document open = model.documentProperty().get();
        if (open != null && documents.contains(open)) {
            list.getSelectionModel().select(open);
        }
    }

    private final class DocumentCell extends ListCell<Document> {
        private final Label meta = new Label();
        private final Label title = new Label();
        private final VBox box = new VBox(2, meta, title);

        DocumentCell() {
            meta.getStyleClass().add("document-meta");
            title.getStyleClass().add("document-title");
            // Date and kind wrap as the title does, rather than lose the kind's end in a narrow list.
            meta.setWrapText(true);
            title.setWrapText(true);
            setPrefWidth(0);
            meta.maxWidthProperty().bind(list.widthProperty().subtract(36));
            title.maxWidthProperty().bind(list.widthProperty().subtract(36));
            org.missionreader.ui.controls.Relabel.onChange(this, i18n.localeProperty(), () -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(Document d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            // Where the line must wrap, it wraps after the dot: the kind's words stay together.
            String kind = i18n.get("kind." + d.kind().jsonName()).replace(' ', '\u00A0');
            meta.setText(DateText.format(d.date(), i18n.locale()) + "\u00A0· " + kind);
            title.setText(d.title());
            setGraphic(box);
            setAccessibleText(title.getText() + ", " + meta.getText());
        }
    }
}
