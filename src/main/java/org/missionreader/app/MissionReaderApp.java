package org.missionreader.app;

import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.missionreader.cli.CommandLine;
import org.missionreader.i18n.SystemLocale;
import org.missionreader.settings.SettingsStore;
import org.missionreader.ui.settings.Session;
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
        CommandLine.Parsed parsed = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        String openDocument = parsed.document();
        SettingsStore store = new SettingsStore(SettingsStore.defaultDirectory());
        SettingsStore.Loaded settings = store.load();
        ReaderModel model = new ReaderModel();
        I18n i18n = new I18n(Session.language(settings.settings(), SystemLocale.detect()));
        MainWindow window = new MainWindow(model, i18n, Main.version());
        stage.setTitle(MainWindow.TITLE);
        stage.setScene(window.createScene());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        new Session(stage, window, model, i18n, store, settings, openDocument);
        stage.show();
        window.loadBundled();
        // Decoding the icons waits until the window is up: a reader sees the window sooner.
        Platform.runLater(() -> addIcons(stage));
        if (!parsed.files().isEmpty()) {
            // A library file given on the command line joins the bundled library once that is in.
            Path file = Path.of(parsed.files().get(0));
            model.afterLoad(() -> window.libraryOpener().open(file));
        }
    }

    private static void addIcons(Stage stage) {
        for (String size : new String[] {"64", "256"}) {
            try (InputStream icon = MissionReaderApp.class.getResourceAsStream(
                    "/org/missionreader/assets/icons/mission-reader-" + size + ".png")) {
                if (icon != null) stage.getIcons().add(new Image(icon));
            } catch (IOException e) {
                // No icon is no reason to stop: the window keeps the system's default one.
            }
        }
    }
}
