package org.missionreader.ui.application;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * One thing the reader can ask the window to do: the same object gives the menu item, its shortcut, the
 * toolbar button and the shortcuts list their label, accelerator and enabled state.
 *
 * @param id          stable name, e.g. {@code print-preview}; menu items are {@code menu-<id>}
 * @param menu        where the menu bar lists it
 * @param section     the menu's group it belongs to: a separator stands between two groups
 * @param submenu     the label key of the submenu it sits in, or null for the menu itself
 * @param labelKey    the resource key of its label
 * @param accelerator its shortcut, or null
 * @param enabled     whether it can run now
 * @param selected    for one of a setting's choices, whether it is the chosen one; for a switch, whether it is
 *                    on; null for a plain command
 * @param switched    true for a switch (a check item: focus mode, full screen), false for one of a setting's
 *                    choices (a radio item: a language, a theme)
 * @param action      what it does, on the JavaFX thread
 */
public record Command(String id, Menu menu, String section, String submenu, String labelKey, KeyCombination accelerator,
                      ObservableBooleanValue enabled, ObservableBooleanValue selected, boolean switched, Runnable action) {

    /**
     * The menu bar's menus, in its order; and {@link #READER}, the keys of the reading column (Space, Page
     * Down...), which no menu lists: the reader runs them while it has the focus, and the shortcuts list
     * shows them with the rest.
     */
    public enum Menu {
        FILE("menu.file"), EDIT("menu.edit"), VIEW("menu.view"), BOOKMARKS("menu.bookmarks"), HELP("menu.help"),
        READER("menu.reader");

        private final String labelKey;

        Menu(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }

        /** Whether the menu bar shows it. */
        public boolean inMenuBar() {
            return this != READER;
        }
    }

    public Command {
        Objects.requireNonNull(id);
        Objects.requireNonNull(menu);
        Objects.requireNonNull(section);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(enabled);
        Objects.requireNonNull(action);
    }

    /** A command always enabled, in a menu, with no submenu. */
    public static Command of(String id, Menu menu, String labelKey, KeyCombination accelerator, Runnable action) {
        return new Command(id, menu, "", null, labelKey, accelerator, Bindings.createBooleanBinding(() -> true), null, false, action);
    }

    /** The same command, enabled only while the condition holds. */
    public Command enabledWhen(ObservableBooleanValue condition) {
        return new Command(id, menu, section, submenu, labelKey, accelerator, condition, selected, switched, action);
    }

    /** The same command, in a submenu of its menu. */
    public Command inSubmenu(String submenuKey) {
        return new Command(id, menu, section, submenuKey, labelKey, accelerator, enabled, selected, switched, action);
    }

    /** The same command, in a group of its menu. */
    public Command inSection(String name) {
        return new Command(id, menu, name, submenu, labelKey, accelerator, enabled, selected, switched, action);
    }

    /** The same command as one of a setting's choices, chosen while the condition holds. */
    public Command selectedWhen(ObservableBooleanValue condition) {
        return new Command(id, menu, section, submenu, labelKey, accelerator, enabled, condition, false, action);
    }

    /** The same command as a switch, on while the condition holds: the menu shows it as a check item. */
    public Command switchedWhen(ObservableBooleanValue condition) {
        return new Command(id, menu, section, submenu, labelKey, accelerator, enabled, condition, true, action);
    }

    /** Runs the action if the command is enabled now; true if it ran. */
    public boolean execute() {
        if (!enabled.get()) return false;
        action.run();
        return true;
    }
}
