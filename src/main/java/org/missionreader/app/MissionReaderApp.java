package org.missionreader.app;

import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.missionreader.cli.CommandLine;
import org.missionreader.i18n.SystemLocale;
import org.missionreader.library.LibraryLoader;
import org.missionreader.settings.SettingsStore;
import org.missionreader.ui.settings.Session;
import org.missionreader.ui.Fonts;
import org.missionreader.ui.I18n;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.Once;
import org.missionreader.ui.Pulses;
import org.missionreader.ui.ReaderModel;

/** The JavaFX application: one window with the mission sidebar, the reader and the timeline. */
public final class MissionReaderApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(MissionReaderApp.class, args);
    }

    /** The reading typeface, loaded while the window is built; the first styling of the window waits for it. */
    private Thread fonts;

    private SettingsStore store;
    private SettingsStore.Loaded settings;

    /** Off the JavaFX thread: the typeface starts loading, and the settings file is read. */
    @Override
    public void init() {
        fonts = new Thread(Fonts::load, "fonts");
        fonts.setDaemon(true);
        fonts.start();
        store = new SettingsStore(SettingsStore.defaultDirectory());
        settings = store.load();
    }

    @Override
    public void start(Stage stage) throws InterruptedException {
        StartupTrace.mark("toolkit started");
        CommandLine.Parsed parsed = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        String openDocument = parsed.document();
        ReaderModel model = new ReaderModel();
        I18n i18n = new I18n(Session.language(settings.settings(), SystemLocale.detect()));
        JvmLocale.follow(i18n);
        StartupTrace.mark("settings");
        MainWindow window = new MainWindow(model, i18n, Main.version());
        StartupTrace.mark("window built");
        // Styles name the reading family: it must be known before the scene's first styling.
        fonts.join();
        StartupTrace.mark("fonts");
        stage.setTitle(MainWindow.TITLE);
        stage.setScene(window.createScene());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        new Session(stage, window, model, i18n, store, settings, openDocument);
        StartupTrace.mark("scene");
        stage.show();
        StartupTrace.mark("shown");
        Platform.runLater(() -> StartupTrace.mark("first pulse after show"));
        window.load(LibraryLoader.BUNDLED_NAME, monitor -> Preload.bundledLibrary());
        addIcons(stage);
        model.afterLoad(() -> Pulses.afterNextPulse(stage.getScene(), () -> {
            StartupTrace.mark("library shown");
            // The search index is built next, once the library is on screen. A training run
            // (packaging/cds) records the classes start-up loads, that build's included, then leaves cleanly.
            Once.when(window.search().service().readyProperty(), true, () -> {
                StartupTrace.mark("search ready");
                if (Boolean.getBoolean("missionreader.exitAfterStart")) Platform.exit();
            });
        }));
        if (!parsed.files().isEmpty()) {
            // A library file given on the command line joins the bundled library once that is in.
            Path file = Path.of(parsed.files().get(0));
            model.afterLoad(() -> window.libraryOpener().open(file));
        }
    }

    /** Decodes the window icons on a thread of their own: the window shows and fills without waiting for them. */
    private static void addIcons(Stage stage) {
        Thread thread = new Thread(() -> {
            List<Image> icons = new ArrayList<>();
            for (String size : new String[] {"64", "256"}) {
                try (InputStream icon = MissionReaderApp.class.getResourceAsStream(
                        "/org/missionreader/assets/icons/mission-reader-" + size + ".png")) {
                    if (icon != null) icons.add(new Image(icon));
                } catch (IOException e) {
                    // No icon is no reason to stop: the window keeps the system's default one.
                }
            }
            Platform.runLater(() -> stage.getIcons().addAll(icons));
        }, "window-icons");
        thread.setDaemon(true);
        thread.start();
    }
}
