package org.missionreader.ui;

import org.missionreader.ui.application.I18n;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows while its panes are built, for a frame or two at start-up: the menu bar with the
 * menus' names and the toolbar's band with the title, where the window has them, and the library's
 * loading message on the reading surface. It is 34 nodes to style where the window has 261:
 * the window is drawn about a second before its panes and library are (docs/benchmarks.md), and
 * {@link MainWindow#install} then puts the panes in its place.
 */
public final class OpeningFrame {

    /** The style class of the frame's root, beside the window's own {@code main-window}. */
    public static final String STYLE_CLASS = "opening-frame";

    private OpeningFrame() {
    }

    public static Parent create(I18n i18n) {
        MenuBar menus = new MenuBar();
        for (org.missionreader.ui.application.Command.Menu place : org.missionreader.ui.application.Command.Menu.values()) {
            if (!place.inMenuBar()) continue;
            Menu menu = new Menu();
            menu.textProperty().bind(i18n.text(place.labelKey()));
            menus.getMenus().add(menu);
        }
        // Names only, for the moment the window takes to come: nothing to open yet.
        menus.setMouseTransparent(true);
        menus.setFocusTraversable(false);

        HBox toolbar = MainWindow.toolbarBand();

        Label loading = new Label();
        loading.textProperty().bind(i18n.text("reader.loading"));
        loading.getStyleClass().add("placeholder");
        StackPane surface = new StackPane(loading);
        surface.getStyleClass().add("reading-surface");

        BorderPane root = new BorderPane(surface);
        root.setTop(new VBox(menus, toolbar));
        root.getStyleClass().addAll("main-window", STYLE_CLASS);
        return root;
    }
}
