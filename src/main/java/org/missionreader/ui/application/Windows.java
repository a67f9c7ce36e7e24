package org.missionreader.ui.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The theme of every window: each window the application opens (dialogs, alerts, the print preview, the
 * print progress, the problems panel) wears the main scene's stylesheets (app.css, the theme, the reading
 * settings) from the moment it shows, and again whenever they change. A window keeps its own stylesheets
 * (the print preview's print.css) after the shared ones, so they still win.
 * <p>
 * Popups (menus, tooltips, combo boxes' lists) are left alone: JavaFX gives them their owner's stylesheets
 * each time they show.
 */
public final class Windows {

    private Scene main;
    private ObservableList<String> shared;
    /** What was last given to each scene, so it can be taken back when the shared list changes. */
    private final Map<Scene, List<String>> given = new WeakHashMap<>();
    /** The windows already followed for a change of scene. */
    private final Map<Window, Boolean> followed = new WeakHashMap<>();
    private final ListChangeListener<Window> shown = change -> {
        while (change.next()) {
            if (change.wasAdded()) change.getAddedSubList().forEach(this::follow);
        }
    };
    private final ListChangeListener<String> restyle = change -> styleAll();
    private final ChangeListener<Scene> sceneChanged = (obs, old, now) -> {
        if (now != null) style(now);
    };
    /** The main scene taken out of its window: that window is gone, or shows another main window now. */
    private final ChangeListener<Window> mainMoved = (obs, old, now) -> {
        if (old != null) uninstall();
    };
    private boolean installed;

    /** Not yet following any window: {@link #attach} gives it the main scene. */
    public Windows() {
    }

    /**
     * Starts giving every window the main scene's stylesheets: those showing now, those shown later. The
     * main scene's list is read whenever it changes, so what the window puts there (the theme) follows.
     * It lasts as long as the main scene stays in the window it is first shown in.
     */
    public static Windows install(Scene main) {
        return new Windows().attach(main);
    }

    /** As {@link #install}, on this service; a scene it already follows changes nothing. */
    public Windows attach(Scene scene) {
        if (installed && scene == main) return this;
        if (installed) uninstall();
        main = scene;
        shared = scene.getStylesheets();
        installed = true;
        Window.getWindows().addListener(shown);
        shared.addListener(restyle);
        main.windowProperty().addListener(mainMoved);
        new ArrayList<>(Window.getWindows()).forEach(this::follow);
        return this;
    }

    /** The main window, which every dialog the application opens belongs to; null before it is shown. */
    public Window owner() {
        return main == null ? null : main.getWindow();
    }

    /** Stops following: windows keep the stylesheets they have. */
    public void uninstall() {
        if (!installed) return;
        installed = false;
        Window.getWindows().removeListener(shown);
        shared.removeListener(restyle);
        main.windowProperty().removeListener(mainMoved);
        followed.keySet().forEach(w -> w.sceneProperty().removeListener(sceneChanged));
        followed.clear();
    }

    private void follow(Window window) {
        if (window instanceof PopupWindow) return;
        if (followed.put(window, Boolean.TRUE) == null) window.sceneProperty().addListener(sceneChanged);
        if (window.getScene() != null) style(window.getScene());
    }

    private void styleAll() {
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (!(window instanceof PopupWindow) && window.getScene() != null) style(window.getScene());
        }
    }

    /** The shared stylesheets first, then the scene's own (those it had that were not given by this). */
    private void style(Scene scene) {
        if (!installed || scene == main || scene.getWindow() != null && scene.getWindow() == main.getWindow()) return;
        ObservableList<String> sheets = scene.getStylesheets();
        List<String> own = new ArrayList<>(sheets);
        own.removeAll(given.getOrDefault(scene, List.of()));
        own.removeAll(shared);
        List<String> wanted = new ArrayList<>(shared);
        wanted.addAll(own);
        if (!wanted.equals(sheets)) sheets.setAll(wanted);
        given.put(scene, List.copyOf(shared));
    }
}
