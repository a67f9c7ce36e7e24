package org.missionreader.ui.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.missionreader.importer.ImportDraft;
import org.missionreader.library.DateText;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Mission;
import org.missionreader.library.PartialDate;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.OwnerScreen;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.controls.TextFieldMenu;

/**
 * The import form: the text as it came on one side, read-only; on the other the document's fields, filled
 * with what the draft proposes (each marked "proposed" until changed) and empty where it read nothing, and
 * the paragraphs, which can be merged, split and removed. Save hands {@link FormValues} to the saver, which
 * saves them in the background and answers later with the problems that kept it from saving (none: the form
 * closes). While it saves, the form stays open with what was typed, its fields, Save and Cancel disabled
 * (Escape and the window's close button too: the change, once begun, is written or refused as a whole) and
 * "Saving to your library…" shown; a refusal shows its problems and gives the fields back as they were.
 * Owned and themed through the windows service; Escape cancels.
 */
public final class ImportForm {

    /** What the form saves to, in the background. */
    @FunctionalInterface
    public interface Saver {
        /**
         * Begins saving the values; {@code done} is then called once, on the JavaFX thread, with the problems
         * that kept them from being saved, or an empty list when they are saved.
         */
        void save(FormValues values, Consumer<List<String>> done);
    }

    /** The mission list's choice: a mission of the library, or a new one (null). */
    record MissionChoice(Mission mission) {
    }

    private final Services services;
    private final ReaderModel model;
    private final I18n i18n;
    private Stage stage;
    private final TextArea original = new TextArea();
    private final TextField title = new TextField();
    private final ComboBox<DocumentKind> kind = new ComboBox<>();
    private final TextField date = new TextField();
    private final Label dateShown = new Label();
    private final TextField speaker = new TextField();
    private final TextField role = new TextField();
    private final TextField symbol = new TextField();
    private final ChoiceBox<String> language = new ChoiceBox<>();
    private final ComboBox<MissionChoice> mission = new ComboBox<>();
    private final TextField newId = new TextField();
    private final TextField newAcronym = new TextField();
    private final TextField newName = new TextField();
    private final TextField newCountry = new TextField();
    private final TextField newStart = new TextField();
    /** The new mission's state and the day the reader checked it, which the format asks of every mission. */
    private final ChoiceBox<org.missionreader.library.MissionStatus> newStatus = new ChoiceBox<>();
    private final TextField newAsOf = new TextField();
    private final TextField newEnd = new TextField();
    private final GridPane newMission = new GridPane();
    private final TextField sourceName = new TextField();
    private final TextField sourceUrl = new TextField();
    private final ListView<String> paragraphs = new ListView<>();
    private final TextArea paragraph = new TextArea();
    private final Label problems = new Label();
    private final Label savingStatus = new Label();
    /** True from Save until the saver has answered. */
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final List<Runnable> proposedMarks = new ArrayList<>();
    private final List<Label> marks = new ArrayList<>();
    private Saver saver;
    private String editingId;
    /** While the editor is being filled from the list: its change is not an edit. */
    private boolean filling;

    public ImportForm(Services services) {
        this.services = services;
        this.model = services.model();
        this.i18n = services.i18n();
    }

    /**
     * Opens the form on a draft; {@code editingId} is the id of the document edited, or null for a new one.
     * With {@code propose} the draft's fields are marked as proposed.
     */
    public void open(ImportDraft draft, String editingId, boolean propose, Saver saver) {
        if (saving.get()) throw new IllegalStateException("the form is saving: open it again once it has answered");
        if (stage == null) stage = build(services.windows().owner());
        this.saver = saver;
        this.editingId = editingId;
        marks.forEach(m -> m.setVisible(false));
        original.setText(String.join("\n\n", draft.paragraphs()));
        original.positionCaret(0);
        title.setText(nonNull(draft.title()));
        kind.getItems().setAll(DocumentKind.values());
        kind.setValue(draft.kind());
        date.setText(draft.date() == null ? "" : draft.date().toString());
        speaker.setText(nonNull(draft.speakerName()));
        role.setText(nonNull(draft.speakerRole()));
        symbol.setText(nonNull(draft.symbol()));
        language.setValue(draft.language());
        List<MissionChoice> choices = new ArrayList<>();
        for (Mission m : model.library().missions()) choices.add(new MissionChoice(m));
        choices.add(new MissionChoice(null));
        mission.getItems().setAll(choices);
        mission.setValue(draft.missionId() == null ? null : choices.stream()
                .filter(c -> c.mission() != null && c.mission().id().equals(draft.missionId())).findFirst().orElse(null));
        for (TextField f : List.of(newId, newAcronym, newName, newCountry, newStart, newAsOf, newEnd)) f.clear();
        newStatus.setValue(null);
        sourceName.setText(draft.source() == null ? "" : nonNull(draft.source().name()));
        sourceUrl.setText(draft.source() == null ? "" : nonNull(draft.source().url()));
        paragraphs.getItems().setAll(draft.paragraphs());
        paragraphs.getSelectionModel().select(0);
        problems.setText("");
        if (propose) proposedMarks.forEach(Runnable::run);
        stage.setTitle(i18n.get(editingId == null ? "import.form.title" : "import.form.editTitle"));
        stage.show();
        stage.toFront();
        title.requestFocus();
    }

    /** The form's window once opened, for tests. */
    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** True from Save until the saver has answered: the form waits, its fields and buttons disabled. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public boolean isSaving() {
        return saving.get();
    }

    /** The id of the document being edited, or null for a new one. */
    String editingId() {
        return editingId;
    }

    private Stage build(Window owner) {
        original.setId("import-original");
        original.setEditable(false);
        original.setWrapText(true);
        original.getStyleClass().add("import-original");
        original.accessibleTextProperty().bind(i18n.text("import.form.original"));
        TextFieldMenu.install(original, i18n);
        Label originalLabel = caption("import.form.original", original);
        originalLabel.getStyleClass().add("import-heading");
        VBox left = new VBox(6, originalLabel, original);
        VBox.setVgrow(original, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setMinWidth(220);

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        fields.getColumnConstraints().addAll(labels, inputs, new ColumnConstraints());
        int row = 0;
        row(fields, row++, "import.field.title", "import-title", title, title.textProperty());
        kind.setConverter(converter(k -> i18n.get("kind." + k.jsonName())));
        kind.setMaxWidth(Double.MAX_VALUE);
        row(fields, row++, "import.field.kind", "import-kind", kind, kind.valueProperty());
        date.promptTextProperty().bind(i18n.text("import.field.date.prompt"));
        dateShown.setId("import-date-shown");
        dateShown.getStyleClass().add("import-hint");
        date.textProperty().addListener((obs, was, now) -> showDate());
        HBox dateRow = new HBox(8, date, dateShown);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(date, Priority.ALWAYS);
        row(fields, row++, "import.field.date", "import-date", dateRow, date.textProperty());
        row(fields, row++, "import.field.speaker", "import-speaker", speaker, speaker.textProperty());
        row(fields, row++, "import.field.role", "import-role", role, role.textProperty());
        row(fields, row++, "import.field.symbol", "import-symbol", symbol, symbol.textProperty());
        language.getItems().setAll("fr", "en");
        language.setConverter(converter(l -> i18n.get("import.language." + l)));
        row(fields, row++, "import.field.language", "import-language", language, language.valueProperty());
        mission.setConverter(converter(c -> c.mission() == null ? i18n.get("import.mission.new")
                : c.mission().acronym().in(i18n.locale()) + " · " + c.mission().name().in(i18n.locale())));
        mission.setMaxWidth(Double.MAX_VALUE);
        row(fields, row++, "import.field.mission", "import-mission", mission, mission.valueProperty());

        newMission.setHgap(8);
        newMission.setVgap(6);
        newMission.setId("import-new-mission");
        newMission.getStyleClass().add("import-new-mission");
        newMission.getColumnConstraints().addAll(labels, inputs);
        int nrow = 0;
        newStart.promptTextProperty().bind(i18n.text("import.field.date.prompt"));
        for (Object[] f : new Object[][]{{"import.mission.id", "import-new-id", newId},
                {"import.mission.acronym", "import-new-acronym", newAcronym}, {"import.mission.name", "import-new-name", newName},
                {"import.mission.country", "import-new-country", newCountry}, {"import.mission.start", "import-new-start", newStart}}) {
            TextField field = (TextField) f[2];
            field.setId((String) f[1]);
            TextFieldMenu.install(field, i18n);
            newMission.addRow(nrow++, caption((String) f[0], field), field);
        }
        newStatus.getItems().setAll(org.missionreader.library.MissionStatus.values());
        newStatus.setConverter(converter(st -> i18n.get(st == org.missionreader.library.MissionStatus.CLOSED ? "status.closed" : "status.ongoing")));
        newStatus.setId("import-new-status");
        newMission.addRow(nrow++, caption("import.mission.status", newStatus), newStatus);
        for (Object[] f : new Object[][]{{"import.mission.asOf", "import-new-as-of", newAsOf}, {"import.mission.end", "import-new-end", newEnd}}) {
            TextField field = (TextField) f[2];
            field.setId((String) f[1]);
            field.promptTextProperty().bind(i18n.text("import.field.date.prompt"));
            TextFieldMenu.install(field, i18n);
            newMission.addRow(nrow++, caption((String) f[0], field), field);
        }
        newMission.visibleProperty().bind(mission.valueProperty().isNotNull()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> mission.getValue() != null && mission.getValue().mission() == null, mission.valueProperty())));
        newMission.managedProperty().bind(newMission.visibleProperty());
        fields.add(newMission, 1, row++, 2, 1);
        row(fields, row++, "import.field.sourceName", "import-source-name", sourceName, sourceName.textProperty());
        row(fields, row++, "import.field.sourceUrl", "import-source-url", sourceUrl, sourceUrl.textProperty());

        VBox right = new VBox(10, fields, paragraphSection());
        right.setPadding(new Insets(10));
        right.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setId("import-fields");
        scroll.getStyleClass().add("import-fields");

        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.4);
        // While saving, what was typed stays as it is: the values saved are the ones shown.
        split.disableProperty().bind(saving);

        problems.setId("import-problems");
        problems.getStyleClass().add("import-problems");
        problems.setWrapText(true);
        problems.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(problems, Priority.ALWAYS);
        Button cancel = new Button();
        cancel.setId("import-cancel");
        cancel.textProperty().bind(i18n.text("import.form.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.hide());
        cancel.disableProperty().bind(saving);
        Button save = new Button();
        save.setId("import-save");
        save.textProperty().bind(i18n.text("import.form.save"));
        save.getStyleClass().add("default-action");
        save.setOnAction(e -> save());
        save.disableProperty().bind(saving);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        savingStatus.setId("import-saving");
        savingStatus.getStyleClass().add("import-saving");
        savingStatus.textProperty().bind(i18n.text("import.form.saving"));
        savingStatus.setGraphic(spinner);
        savingStatus.setMinWidth(Region.USE_PREF_SIZE);
        savingStatus.visibleProperty().bind(saving);
        savingStatus.managedProperty().bind(saving);
        HBox buttons = new HBox(8, problems, savingStatus, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 10, 10, 10));

        BorderPane root = new BorderPane(split);
        root.setBottom(buttons);
        root.setId("import-form");
        root.getStyleClass().add("import-form");

        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        Scene scene = OwnerScreen.scene(root, owner, 980, 640);
        window.setScene(scene);
        window.setMinWidth(640);
        window.setMinHeight(420);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (!saving.get()) stage.hide();
                e.consume();
            }
        });
        // Cancel waits for the save: the form closes when it is written, or shows why it was not.
        window.setOnCloseRequest(e -> {
            if (saving.get()) e.consume();
        });
        return window;
    }

    /** The paragraphs: the list, the selected one's text, and the buttons that merge, split and remove. */
    private Node paragraphSection() {
        Label heading = caption("import.form.paragraphs", paragraphs);
        heading.getStyleClass().add("import-heading");
        paragraphs.setId("import-paragraphs");
        paragraphs.setPrefHeight(150);
        paragraphs.setCellFactory(list -> new ListCell<>() {
            {
                // Cut to the list's width with an ellipsis: the editor below shows the whole paragraph.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty || text == null ? null : "§ " + (getIndex() + 1) + "  " + text);
            }
        });
        paragraph.setId("import-paragraph");
        paragraph.setWrapText(true);
        paragraph.setPrefRowCount(4);
        paragraph.accessibleTextProperty().bind(i18n.text("import.form.paragraph"));
        TextFieldMenu.install(paragraph, i18n);
        paragraphs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            filling = true;
            try {
                int i = now.intValue();
                paragraph.setText(i >= 0 && i < paragraphs.getItems().size() ? paragraphs.getItems().get(i) : "");
                paragraph.setDisable(i < 0);
            } finally {
                filling = false;
            }
        });
        paragraph.textProperty().addListener((obs, was, now) -> {
            int i = paragraphs.getSelectionModel().getSelectedIndex();
            if (!filling && i >= 0) paragraphs.getItems().set(i, now);
        });
        Button merge = button("import-merge", "import.paragraph.merge", () -> edit(Paragraphs.mergeWithNext(items(), selected()), selected()));
        Button splitAt = button("import-split", "import.paragraph.split", () -> {
            int i = selected();
            edit(Paragraphs.split(items(), i, paragraph.getCaretPosition()), i + 1);
        });
        Button remove = button("import-remove", "import.paragraph.remove", () -> {
            int i = selected();
            edit(Paragraphs.remove(items(), i), Math.min(i, paragraphs.getItems().size() - 2));
        });
        HBox actions = new HBox(8, merge, splitAt, remove);
        return new VBox(6, heading, paragraphs, paragraph, actions);
    }

    private List<String> items() {
        return new ArrayList<>(paragraphs.getItems());
    }

    private int selected() {
        return paragraphs.getSelectionModel().getSelectedIndex();
    }

    private void edit(List<String> now, int select) {
        if (now.equals(paragraphs.getItems())) return;
        paragraphs.getItems().setAll(now);
        paragraphs.getSelectionModel().clearSelection();
        paragraphs.getSelectionModel().select(Math.max(0, Math.min(select, now.size() - 1)));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A row of the fields: its label, its input, and the mark shown while it holds what the draft proposed. */
    private void row(GridPane grid, int row, String key, String id, Node input, ObservableValue<?> value) {
        Control control = input instanceof HBox box ? (Control) box.getChildren().get(0) : (Control) input;
        control.setId(id);
        if (control instanceof TextField field) TextFieldMenu.install(field, i18n);
        Label mark = new Label();
        mark.setId(id + "-proposed");
        mark.getStyleClass().add("import-proposed");
        mark.textProperty().bind(i18n.text("import.proposed"));
        mark.setVisible(false);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        marks.add(mark);
        grid.addRow(row, caption(key, control), input, mark);
        // Marked when the form opens on a value read from the file; any change by the reader takes the mark away.
        proposedMarks.add(() -> {
            Object v = value.getValue();
            boolean read = v != null && !(v instanceof String s && s.isBlank());
            mark.setVisible(read);
            control.pseudoClassStateChanged(PROPOSED, read);
        });
        value.addListener((obs, was, now) -> {
            if (mark.isVisible() && stage != null && stage.isShowing()) {
                mark.setVisible(false);
                control.pseudoClassStateChanged(PROPOSED, false);
            }
        });
    }

    private static final javafx.css.PseudoClass PROPOSED = javafx.css.PseudoClass.getPseudoClass("proposed");

    private Label caption(String key, Node forNode) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setLabelFor(forNode);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void showDate() {
        String text = date.getText().strip();
        if (text.isEmpty()) {
            dateShown.setText("");
            return;
        }
        dateShown.setText(PartialDate.parse(text).map(d -> DateText.format(d, i18n.locale()))
                .orElse(i18n.get("import.date.invalid")));
    }

    private <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What the fields hold now, checked; the problems found are shown and nothing is saved. Values without
     * problems go to the saver; the form waits for its answer.
     */
    private void save() {
        if (saving.get()) return;
        List<String> found = new ArrayList<>();
        String t = orNull(title.getText());
        if (t == null) found.add(i18n.get("import.problem.title"));
        MissionChoice choice = mission.getValue();
        if (choice == null) found.add(i18n.get("import.problem.mission"));
        PartialDate d = null;
        if (orNull(date.getText()) != null) {
            d = PartialDate.parse(date.getText().strip()).orElse(null);
            if (d == null) found.add(i18n.get("import.problem.date", date.getText().strip()));
        }
        if (kind.getValue() == null) found.add(i18n.get("import.problem.kind"));
        if (language.getValue() == null) found.add(i18n.get("import.problem.language"));
        if (orNull(sourceName.getText()) == null) found.add(i18n.get("import.problem.source"));
        List<String> texts = paragraphs.getItems().stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (texts.isEmpty()) found.add(i18n.get("import.problem.paragraphs"));
        FormValues.NewMission created = null;
        if (choice != null && choice.mission() == null) {
            String id = orNull(newId.getText());
            if (id == null || !id.matches("[A-Za-z0-9._-]+")) found.add(i18n.get("import.problem.missionId"));
            if (orNull(newAcronym.getText()) == null || orNull(newName.getText()) == null) {
                found.add(i18n.get("import.problem.missionName"));
            }
            if (orNull(newCountry.getText()) == null) found.add(i18n.get("import.problem.missionCountry"));
            PartialDate start = missionDate(newStart, "import.problem.missionStart", found);
            if (newStatus.getValue() == null) found.add(i18n.get("import.problem.missionStatus"));
            PartialDate asOf = missionDate(newAsOf, "import.problem.missionAsOf", found);
            PartialDate end = null;
            if (orNull(newEnd.getText()) != null) {
                end = PartialDate.parse(newEnd.getText().strip()).orElse(null);
                if (end == null) found.add(i18n.get("import.problem.date", newEnd.getText().strip()));
            }
            created = new FormValues.NewMission(id, orNull(newAcronym.getText()), orNull(newName.getText()),
                    orNull(newCountry.getText()), start, end, newStatus.getValue(), asOf);
        }
        if (!found.isEmpty()) {
            problems.setText(String.join("\n", found));
            return;
        }
        String missionId = created != null ? created.id() : choice.mission().id();
        FormValues values = new FormValues(editingId, t, kind.getValue(), d, orNull(speaker.getText()), orNull(role.getText()),
                orNull(symbol.getText()), language.getValue(), missionId, created, orNull(sourceName.getText()),
                orNull(sourceUrl.getText()), texts);
        problems.setText("");
        saving.set(true);
        saver.save(values, refused -> {
            saving.set(false);
            if (refused.isEmpty()) {
                stage.hide();
            } else {
                problems.setText(String.join("\n", refused));
            }
        });
    }

    /** The problems the form shows, for tests. */
    String problemsText() {
        return problems.getText();
    }

    /** A new mission's required date: a problem when it is empty or not a date. */
    private PartialDate missionDate(TextField field, String missingKey, List<String> found) {
        String text = orNull(field.getText());
        if (text == null) {
            found.add(i18n.get(missingKey));
            return null;
        }
        PartialDate d = PartialDate.parse(text.strip()).orElse(null);
        if (d == null) found.add(i18n.get("import.problem.date", text.strip()));
        return d;
    }
}
