package org.missionreader.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.missionreader.ui.application.I18n;

/**
 * The menu bar's menus, built from the command registry: one item per command, its label, shortcut and
 * enabled state taken from the command; a separator between two sections; a command's submenu made once.
 */
final class CommandMenus {

    private CommandMenus() {
    }

    /** The menu of the registry's commands for one place of the menu bar. */
    static Menu build(Command.Menu place, Commands commands, I18n i18n) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.text(place.labelKey()));
        Map<String, Menu> submenus = new HashMap<>();
        Map<String, ToggleGroup> groups = new HashMap<>();
        String section = null;
        for (Command command : commands.in(place)) {
            if (section != null && !section.equals(command.section())) menu.getItems().add(new SeparatorMenuItem());
            section = command.section();
            MenuItem item = item(command, i18n, groups);
            if (command.submenu() == null) {
                menu.getItems().add(item);
            } else {
                submenus.computeIfAbsent(command.submenu(), key -> {
                    Menu sub = new Menu();
                    sub.setId(submenuId(key));
                    sub.textProperty().bind(i18n.text(key));
                    menu.getItems().add(sub);
                    return sub;
                }).getItems().add(item);
            }
        }
        return menu;
    }

    private static MenuItem item(Command command, I18n i18n, Map<String, ToggleGroup> groups) {
        MenuItem item;
        if (command.selected() != null && command.switched()) {
            CheckMenuItem check = new CheckMenuItem();
            check.setSelected(command.selected().get());
            command.selected().addListener((obs, was, now) -> check.setSelected(now));
            item = check;
        } else if (command.selected() != null) {
            RadioMenuItem choice = new RadioMenuItem();
            // The choices of one setting: those of one submenu, or of one section.
            String group = command.submenu() != null ? command.submenu() : command.menu() + "/" + command.section();
            choice.setToggleGroup(groups.computeIfAbsent(group, g -> new ToggleGroup()));
            choice.setSelected(command.selected().get());
            command.selected().addListener((obs, was, now) -> choice.setSelected(now));
            item = choice;
        } else {
            item = new MenuItem();
        }
        item.setId("menu-" + command.id());
        item.textProperty().bind(i18n.text(command.labelKey()));
        if (command.accelerator() != null) item.setAccelerator(command.accelerator());
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !command.enabled().get(), command.enabled()));
        item.setOnAction(e -> {
            command.execute();
            // A radio item shows the setting as it is, whatever the click did to it.
            if (item instanceof RadioMenuItem choice) choice.setSelected(command.selected().get());
            if (item instanceof CheckMenuItem check) check.setSelected(command.selected().get());
        });
        return item;
    }

    /** A submenu's id from its label key's last word: {@code menu.view.lineWidth} is {@code menu-line-width}. */
    static String submenuId(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return "menu-" + last.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The ids of every item of a menu and its submenus, for tests. */
    static List<String> ids(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(m.getId()), ids(m).stream())
                : java.util.stream.Stream.of(i.getId())).toList();
    }
}
