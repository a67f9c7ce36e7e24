package org.missionreader.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.missionreader.i18n.TextFold;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.OwnerScreen;

/**
 * Help > Keyboard Shortcuts: every command that has a shortcut, read from the command registry itself (so
 * the list cannot drift from the menus), in the window's language, with a field that filters it.
 */
final class ShortcutsWindow {

    /** One line of the list: the command's menu, its label, its shortcut as the platform writes it. */
    record Row(String menu, String label, String keys) {
    }

    private final Commands commands;
    private final I18n i18n;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private Stage stage;

    ShortcutsWindow(Commands commands, I18n i18n) {
        this.commands = commands;
        this.i18n = i18n;
        i18n.localeProperty().addListener(o -> refill());
        commands.all().addListener((ListChangeListener<Command>) c -> refill());
        refill();
    }

    /** The rows as they are now, in the menus' order. */
    ObservableList<Row> rows() {
        return rows;
    }

    private void refill() {
        rows.setAll(commands.all().stream().filter(c -> c.accelerator() != null)
                .map(c -> new Row(plain(i18n.get(c.menu().labelKey())), plain(i18n.get(c.labelKey())),
                        c.accelerator().getDisplayText()))
                .toList());
    }

    /** A menu label without its mnemonic's underscore. */
    private static String plain(String label) {
        return label.replace("_", "");
    }

    /** Whether a row holds every word of a filter, accents and case aside. */
    static boolean matches(Row row, String filter) {
        String text = TextFold.fold(row.menu() + " " + row.label() + " " + row.keys());
        for (String word : TextFold.fold(filter).trim().split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word)) return false;
        }
        return true;
    }

    void show(Window owner) {
        if (stage == null) stage = build(owner);
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private Stage build(Window owner) {
        TextField filter = new TextField();
        filter.setId("shortcuts-filter");
        filter.promptTextProperty().bind(i18n.text("shortcuts.filter"));
        FilteredList<Row> shown = new FilteredList<>(rows);
        filter.textProperty().addListener((obs, was, now) -> shown.setPredicate(row -> matches(row, now)));

        TableView<Row> table = new TableView<>(shown);
        table.setId("shortcuts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("shortcuts.menu", Row::menu));
        table.getColumns().add(column("shortcuts.command", Row::label));
        table.getColumns().add(column("shortcuts.keys", Row::keys));
        Label none = new Label();
        none.textProperty().bind(i18n.text("shortcuts.none"));
        table.setPlaceholder(none);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, filter, table);
        root.getStyleClass().add("shortcuts-window");

        Stage window = new Stage();
        window.initOwner(owner);
        window.initModality(Modality.NONE);
        window.titleProperty().bind(i18n.text("shortcuts.title"));
        Scene scene = OwnerScreen.scene(root, owner, 560, 520);
        window.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) window.hide();
        });
        return window;
    }

    private TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
