package org.missionreader.ui.notes;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.missionreader.library.DateText;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.controls.TextFieldMenu;

/**
 * View > Notes: every note of the library, by mission and document (each: its colour, "§ n", the quote, the
 * note), with a filter field and a "Could not be placed" group. Enter or a click opens the document at the
 * note's paragraph with the highlight in view. The window shows it in place of the document list.
 */
public final class NotesPanel extends VBox {

    /** Shows or hides the panel. */
    public static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ReaderModel model;
    private final Services services;
    private final I18n i18n;
    private final TextField filter = new TextField();
    private final ListView<NoteList.Row> list = new ListView<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private Runnable onOpen = () -> { };
    /** Each note placed in the library and folded for the filter, once; kept across notebook changes. */
    private final NoteList.Entries entries = new NoteList.Entries();
    private List<NoteList.Entry> shownEntries = List.of();

    public NotesPanel(Services services) {
        this.services = services;
        this.model = services.model();
        this.i18n = services.i18n();
        setId("notes-panel");
        getStyleClass().add("notes-panel");
        setSpacing(6);
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("notes.heading"));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(list);
        filter.setId("notes-filter");
        filter.promptTextProperty().bind(i18n.text("notes.filter"));
        filter.accessibleTextProperty().bind(i18n.text("notes.filter"));
        TextFieldMenu.install(filter, i18n);
        list.setId("notes-list");
        list.getStyleClass().add("notes-list");
        list.accessibleTextProperty().bind(i18n.text("notes.heading"));
        list.setCellFactory(l -> new NoteCell());
        Label none = new Label();
        none.textProperty().bind(i18n.compute(() -> i18n.get(services.notes().notebook().notes().isEmpty()
                ? "notes.empty" : "notes.noMatch"), services.notes().notebookProperty()));
        none.setWrapText(true);
        none.getStyleClass().add("hint");
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, filter, list);

        services.notes().notebookProperty().addListener(o -> replace());
        model.libraryProperty().addListener(o -> replace());
        // A keystroke in the filter matches the notes' folded texts kept in the entries: it places and folds nothing.
        filter.textProperty().addListener(o -> refill());
        i18n.localeProperty().addListener(o -> list.refresh());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) list.getSelectionModel().select(firstNote());
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) openSelected();
        });
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        replace();
    }

    /** Adds View > Notes to the registry. */
    public void addCommands(Commands commands) {
        commands.add(Command.of("notes-panel", Command.Menu.VIEW, "menu.view.notes", TOGGLE, this::toggle)
                .inSection("notes").switchedWhen(shown));
    }

    /** Shows the panel (its filter takes the keyboard) or hides it. */
    public void toggle() {
        shown.set(!shown.get());
        if (shown.get()) filter.requestFocus();
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ListView<NoteList.Row> list() {
        return list;
    }

    public TextField filter() {
        return filter;
    }

    /** What to do once a note is open (the window moves the keyboard to the text). */
    public void setOnOpen(Runnable action) {
        onOpen = action;
    }

    private int firstNote() {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof NoteList.NoteRow) return i;
        }
        return 0;
    }

    /** The notebook or the library changed: the entries of the notes that changed are made again, then the rows. */
    private void replace() {
        shownEntries = entries.of(services.notes().notebook(), model.library());
        refill();
    }

    private void refill() {
        NoteList.Row selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(NoteList.rows(shownEntries, model.library(), filter.getText()));
        if (selected != null) list.getSelectionModel().select(selected);
    }

    private void openSelected() {
        if (list.getSelectionModel().getSelectedItem() instanceof NoteList.NoteRow row && NoteOpening.open(model, row)) {
            onOpen.run();
        }
    }

    /** A row: a mission's or a document's heading, or a note with its colour, "§ n", quote and text. */
    private final class NoteCell extends ListCell<NoteList.Row> {
        private final Label paragraph = new Label();
        private final Label quote = new Label();
        private final Label text = new Label();
        private final VBox lines = new VBox(1, paragraph, quote, text);
        private final HBox box = new HBox(6);

        NoteCell() {
            setPrefWidth(0);
            paragraph.getStyleClass().add("note-paragraph");
            quote.getStyleClass().add("note-quote");
            quote.setWrapText(true);
            text.getStyleClass().add("note-text");
            text.setWrapText(true);
            box.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(lines, Priority.ALWAYS);
            lines.setMinWidth(0);
            lines.maxWidthProperty().bind(list.widthProperty().subtract(48));
            org.missionreader.ui.controls.Relabel.onChange(this, i18n.localeProperty(), () -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(NoteList.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("notes-mission", "notes-document", "notes-note", "notes-unplaced");
            setText(null);
            setGraphic(null);
            setWrapText(true);
            if (empty || row == null) return;
            switch (row) {
                case NoteList.MissionRow m -> {
                    getStyleClass().add("notes-mission");
                    setText(m.mission().acronym().in(i18n.locale()));
                }
                case NoteList.DocumentRow d -> {
                    getStyleClass().add("notes-document");
                    setText(d.document().title() + " · " + DateText.format(d.document().date(), i18n.locale()));
                }
                case NoteList.UnplacedHeading u -> {
                    getStyleClass().add("notes-unplaced");
                    setText(i18n.get("notes.unplaced"));
                }
                case NoteList.NoteRow n -> {
                    getStyleClass().add("notes-note");
                    String doc = n.document() == null ? n.note().documentId() : n.document().title();
                    paragraph.setText(n.placed() ? i18n.get("notes.paragraph", n.at().paragraph() + 1)
                            : i18n.get("notes.was", doc, n.at().paragraph() + 1));
                    quote.setText(i18n.get("note.quoted", n.note().anchor().quote()));
                    text.setText(n.note().text());
                    text.setVisible(n.note().hasText());
                    text.setManaged(n.note().hasText());
                    box.getChildren().setAll(NoteStyles.swatch(n.note().colour()), lines);
                    setGraphic(box);
                }
            }
        }
    }
}
