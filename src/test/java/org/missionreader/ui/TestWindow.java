package org.missionreader.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.missionreader.ui.application.Fonts;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;

/** The real main window for a TestFX test: built as the app builds it, shown, loading the bundled library. */
public record TestWindow(ReaderModel model, MainWindow window) {

    /** Shows the window on the test's stage in the given language; the library loads in the background. */
    public static TestWindow show(Stage stage, Locale locale) {
        Fonts.load();
        ReaderModel model = new ReaderModel();
        MainWindow window = new MainWindow(Services.create(model, new I18n(locale)), "test");
        stage.setTitle(MainWindow.TITLE);
        putOn(stage, window);
        stage.show();
        window.loadBundled();
        return new TestWindow(model, window);
    }

    /**
     * Puts a window on a stage with the call the application makes (MissionReaderApp): a scene of its own, and
     * the stage that size, whatever size a test before left the shared stage at.
     */
    public static void putOn(Stage stage, MainWindow window) {
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.setScene(MainWindow.scene(window, 1280, 820));
    }
}
