package org.missionreader.ui.notes;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.missionreader.library.Document;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.application.OwnerScreen;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.controls.TextFieldMenu;

/**
 * The note editor: a small window over the main one showing the quote, the note as multi-line text and the
 * highlight's colour; Save (Ctrl+Enter) hands the edited note back, Cancel (Escape) leaves it as it was,
 * Remove takes the highlight away. Owned and themed through the windows service.
 */
public final class NoteEditor {

    /** Saves the note from anywhere in the editor. */
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final Services services;
    private final ReaderModel model;
    private final I18n i18n;
    private final Notes notes;
    private Stage stage;
    private final Label where = new Label();
    private final Label quote = new Label();
    private final TextArea text = new TextArea();
    private final ToggleGroup colours = new ToggleGroup();
    private final Button remove = new Button();
    private Note editing;
    private Consumer<Note> save;

    public NoteEditor(Services services) {
        this.services = services;
        this.model = services.model();
        this.i18n = services.i18n();
        this.notes = services.notes();
    }

    /** Opens the editor on a note (a new one or one kept); Save gives {@code save} the edited note. */
    public void open(Note note, Consumer<Note> save) {
        if (stage == null) stage = build(services.windows().owner());
        this.editing = note;
        this.save = save;
        Document doc = model.library().document(note.documentId()).orElse(null);
        String title = doc == null ? note.documentId() : doc.title();
        where.setText(i18n.get("note.where", title, note.anchor().paragraph() + 1));
        quote.setText(i18n.get("note.quoted", note.anchor().quote()));
        text.setText(note.text());
        for (var toggle : colours.getToggles()) {
            if (toggle.getUserData() == note.colour()) colours.selectToggle(toggle);
        }
        boolean kept = notes.notebook().notes().stream().anyMatch(n -> n.id().equals(note.id()));
        remove.setVisible(kept);
        remove.setManaged(kept);
        stage.setTitle(i18n.get(kept ? "note.editor.edit" : "note.editor.new"));
        stage.show();
        stage.toFront();
        text.requestFocus();
        text.positionCaret(text.getLength());
    }

    /** The editor's window once opened, for tests. */
    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private Stage build(Window owner) {
        where.getStyleClass().add("note-editor-where");
        where.setWrapText(true);
        quote.setId("note-editor-quote");
        quote.getStyleClass().add("note-editor-quote");
        quote.setWrapText(true);
        quote.setMaxHeight(110);
        quote.setMinHeight(Region.USE_PREF_SIZE);
        Label textLabel = new Label();
        textLabel.textProperty().bind(i18n.text("note.editor.text"));
        textLabel.setLabelFor(text);
        text.setId("note-editor-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.accessibleTextProperty().bind(i18n.text("note.editor.text"));
        TextFieldMenu.install(text, i18n);
        VBox.setVgrow(text, Priority.ALWAYS);

        Label colourLabel = new Label();
        colourLabel.textProperty().bind(i18n.text("note.colour"));
        HBox colourRow = new HBox(6, colourLabel);
        colourRow.setAlignment(Pos.CENTER_LEFT);
        for (NoteColour c : NoteColour.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("note-editor-colour-" + c.jsonName());
            b.textProperty().bind(i18n.text(NoteStyles.colourKey(c)));
            b.setGraphic(NoteStyles.swatch(c));
            b.setUserData(c);
            b.setToggleGroup(colours);
            colourRow.getChildren().add(b);
        }
        // A colour is always chosen: pressing the chosen one again keeps it.
        colours.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) colours.selectToggle(old);
        });

        remove.setId("note-editor-remove");
        remove.textProperty().bind(i18n.text("note.removeHighlight"));
        remove.setOnAction(e -> {
            notes.remove(editing);
            stage.hide();
        });
        Button cancel = new Button();
        cancel.setId("note-editor-cancel");
        cancel.textProperty().bind(i18n.text("note.editor.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.hide());
        Button ok = new Button();
        ok.setId("note-editor-save");
        ok.textProperty().bind(i18n.text("note.editor.save"));
        ok.setDefaultButton(false); // Enter is a new line in the note; Ctrl+Enter saves
        ok.getStyleClass().add("default-action");
        ok.setOnAction(e -> saveAndClose());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, remove, gap, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(8, where, quote, textLabel, text, colourRow, buttons);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("note-editor");
        root.setId("note-editor");

        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        Scene scene = OwnerScreen.scene(root, owner, 520, 440);
        window.setScene(scene);
        window.setMinWidth(360);
        window.setMinHeight(300);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                saveAndClose();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        return window;
    }

    private void saveAndClose() {
        NoteColour colour = colours.getSelectedToggle() == null ? editing.colour()
                : (NoteColour) colours.getSelectedToggle().getUserData();
        Note edited = editing;
        if (!edited.text().equals(text.getText())) edited = edited.withText(text.getText());
        if (edited.colour() != colour) edited = edited.withColour(colour);
        stage.hide();
        save.accept(edited);
    }
}
