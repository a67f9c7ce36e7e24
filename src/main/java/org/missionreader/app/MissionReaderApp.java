package org.missionreader.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one window with the mission sidebar, the reader and the timeline. */
public final class MissionReaderApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(MissionReaderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Mission Reader");
        stage.show();
    }
}
