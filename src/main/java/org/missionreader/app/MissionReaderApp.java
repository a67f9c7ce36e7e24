package org.missionreader.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.missionreader.cli.CommandLine;
import org.missionreader.i18n.SystemLocale;
import org.missionreader.library.LibraryLoader;
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
        for (String size : new String[] {"64", "256"}) {
            var icon = MissionReaderApp.class.getResourceAsStream("/org/missionreader/assets/icons/mission-reader-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon));
        }
        stage.setScene(window.createScene());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.show();
        List<String> files = CommandLine.parse(getParameters().getRaw().toArray(String[]::new)).files();
        if (files.isEmpty()) {
            window.loadBundled();
        } else {
            Path file = Path.of(files.get(0));
            window.load(file.toString(), monitor -> new LibraryLoader().load(file, monitor));
        }
    }
}
