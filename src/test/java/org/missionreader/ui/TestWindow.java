package org.missionreader.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.missionreader.settings.ReadingSettings;
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
     * Puts a window on a stage with the calls the application makes (MissionReaderApp): the opening frame's
     * scene first, then the window installed in it.
     */
    public static void putOn(Stage stage, MainWindow window) {
        stage.setScene(MainWindow.openingScene(window.services().i18n(), ReadingSettings.defaults()));
        window.install(stage.getScene());
    }
}
