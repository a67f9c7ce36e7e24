package org.missionreader.floor;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * A window with one label, the size and title of the reader's: bench/startup.sh times it in the same run as
 * the reader, so the figures say how much of the reader's start-up is JavaFX's own on this machine.
 */
public final class Floor extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Mission Reader");
        stage.setScene(new Scene(new Label("Mission Reader"), 1280, 820));
        stage.show();
        // A training run for the floor's own CDS archive (packaging/cds.sh, as for the reader) leaves once
        // the window is drawn.
        if (Boolean.getBoolean("missionreader.exitAfterStart")) {
            stage.getScene().addPostLayoutPulseListener(() -> javafx.application.Platform.runLater(javafx.application.Platform::exit));
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
