package org.missionreader.ui.timeline;

import javafx.scene.Scene;

/**
 * Until something sets a timeline's view, the timeline shows all its data: fitted when it gets a width and
 * before each layout pass of its scene (data given to a timeline already shown), never by its layout,
 * which only reads the view.
 */
final class FitUntilSet {

    private final TimelineView view;
    private final Runnable fitBeforeLayout;
    private Scene scene;

    FitUntilSet(TimelineView view) {
        this.view = view;
        this.fitBeforeLayout = view::fitIfUnset;
        view.widthProperty().addListener(o -> view.fitIfUnset());
        view.sceneProperty().addListener((obs, old, now) -> follow(now));
        follow(view.getScene());
    }

    private void follow(Scene now) {
        if (scene != null) {
            scene.removePreLayoutPulseListener(fitBeforeLayout);
        }
        scene = now;
        if (scene != null) {
            scene.addPreLayoutPulseListener(fitBeforeLayout);
        }
    }
}
