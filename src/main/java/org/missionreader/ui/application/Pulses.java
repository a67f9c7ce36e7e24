package org.missionreader.ui.application;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until a window has laid out, and so draws, what it holds now. */
public final class Pulses {

    private Pulses() {
    }

    /** Runs the action on the JavaFX thread, once, after the scene's next pulse; asks for that pulse. */
    public static void afterNextPulse(Scene scene, Runnable action) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // Outside the pulse: the frame is drawn before the action runs.
                Platform.runLater(action);
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
