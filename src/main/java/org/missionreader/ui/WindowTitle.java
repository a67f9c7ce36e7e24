package org.missionreader.ui;

import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;

import javafx.beans.binding.StringBinding;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;

/**
 * The window's title: "document title — Mission Reader" while a document is open, the mission's acronym in
 * its place while only a mission is, and "Mission Reader" alone before the library is in.
 */
final class WindowTitle {

    private final StringBinding text;

    private WindowTitle(ReaderModel model, I18n i18n) {
        text = i18n.compute(() -> of(model.documentProperty().get(), model.missionProperty().get(), i18n),
                model.documentProperty(), model.missionProperty());
    }

    /** The title for what the window shows. The document's title is its own; the acronym follows the language. */
    static String of(Document document, Mission mission, I18n i18n) {
        if (document != null) return i18n.get("window.title", document.title());
        if (mission != null) return i18n.get("window.title", mission.acronym().in(i18n.locale()));
        return MainWindow.TITLE;
    }

    /**
     * Keeps the title of the stage that shows the scene. Set rather than bound, so that whoever shows another
     * scene on the same stage may still set its title; a scene no longer shown stops writing it.
     */
    static void follow(Scene scene, ReaderModel model, I18n i18n) {
        WindowTitle title = new WindowTitle(model, i18n);
        // The scene's listener keeps the binding (and its listeners on the model) alive as long as the scene.
        scene.windowProperty().addListener((obs, old, now) -> title.apply(now));
        title.text.addListener((obs, old, now) -> title.apply(scene.getWindow()));
        title.apply(scene.getWindow());
    }

    private void apply(Window window) {
        if (window instanceof Stage stage) stage.setTitle(text.get());
    }
}
