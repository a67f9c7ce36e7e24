package org.missionreader.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.missionreader.i18n.SystemLocale;
import org.missionreader.ui.Fonts;
import org.missionreader.ui.I18n;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.ReaderModel;

/** The JavaFX application: one window with the mission sidebar, the reader and the timeline. */
public final class MissionReaderApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(MissionReaderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Fonts.load();
        MainWindow window = new MainWindow(new ReaderModel(), new I18n(SystemLocale.detect()), Main.version());
        stage.setTitle(MainWindow.TITLE);
        stage.setScene(window.createScene());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.show();
        window.loadBundled();
    }
}
