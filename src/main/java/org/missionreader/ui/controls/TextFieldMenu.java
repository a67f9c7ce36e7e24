package org.missionreader.ui.controls;

import org.missionreader.ui.application.I18n;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;

/**
 * The edit menu of a text field (Undo, Redo, Cut, Copy, Paste, Delete, Select All) in the window's
 * language, following the language switch. JavaFX's own menu takes the JVM's language once, when the
 * field's skin is made, and keeps it: in a French window on an English system it said "Paste".
 */
public final class TextFieldMenu {

    private final TextInputControl field;
    private final I18n i18n;
    private ContextMenu menu;
    private MenuItem undo;
    private MenuItem redo;
    private MenuItem cut;
    private MenuItem copy;
    private MenuItem paste;
    private MenuItem delete;

    private TextFieldMenu(TextInputControl field, I18n i18n) {
        this.field = field;
        this.i18n = i18n;
    }

    /** Gives the field this menu in place of JavaFX's, made on the first request (it is a popup window). */
    public static void install(TextInputControl field, I18n i18n) {
        TextFieldMenu m = new TextFieldMenu(field, i18n);
        // A handler of the field's own: JavaFX's text field then leaves its built-in menu unshown.
        field.setOnContextMenuRequested(e -> {
            m.menu().show(field, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private ContextMenu menu() {
        if (menu == null) {
            undo = item("textMenu.undo", field::undo);
            redo = item("textMenu.redo", field::redo);
            cut = item("textMenu.cut", field::cut);
            copy = item("textMenu.copy", field::copy);
            paste = item("textMenu.paste", field::paste);
            delete = item("textMenu.delete", () -> field.deleteText(field.getSelection()));
            MenuItem selectAll = item("textMenu.selectAll", field::selectAll);
            menu = new ContextMenu(undo, redo, cut, copy, paste, delete, new SeparatorMenuItem(), selectAll);
            menu.setOnShowing(e -> refresh());
        }
        return menu;
    }

    /** What can be done now, as JavaFX's own menu tells it. */
    private void refresh() {
        boolean editable = field.isEditable();
        boolean selection = field.getSelection().getLength() > 0;
        undo.setDisable(!editable || !field.isUndoable());
        redo.setDisable(!editable || !field.isRedoable());
        cut.setDisable(!editable || !selection);
        copy.setDisable(!selection);
        paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
        delete.setDisable(!editable || !selection);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
