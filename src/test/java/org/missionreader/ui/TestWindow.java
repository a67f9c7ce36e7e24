package org.missionreader.ui;

import java.util.Locale;
import javafx.stage.Stage;
import org.missionreader.ui.application.Windows;

/** The real main window for a TestFX test: built as the app builds it, shown, loading the bundled library. */
public record TestWindow(ReaderModel model, MainWindow window) {

    /** Shows the window on the test's stage in the given language; the library loads in the background. */
    public static TestWindow show(Stage stage, Locale locale) {
        Fonts.load();
        ReaderModel model = new ReaderModel();
        MainWindow window = new MainWindow(model, new I18n(locale), "test");
        stage.setTitle(MainWindow.TITLE);
        stage.setScene(window.createScene());
        Windows.install(stage.getScene());
        stage.show();
        window.loadBundled();
        return new TestWindow(model, window);
    }
}
