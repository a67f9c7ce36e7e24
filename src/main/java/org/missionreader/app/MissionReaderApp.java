package org.missionreader.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.missionreader.cli.CommandLine;
import org.missionreader.i18n.SystemLocale;
import org.missionreader.library.LibraryLoader;
import org.missionreader.mylibrary.MyLibrary;
import org.missionreader.notes.NotesFile;
import org.missionreader.notes.NotesStore;
import org.missionreader.library.LoadResult;
import org.missionreader.settings.SettingsStore;
import org.missionreader.settings.WindowPlace;
import org.missionreader.ui.Session;
import org.missionreader.ui.application.Fonts;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.MyLibraryTarget;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.application.Once;
import org.missionreader.ui.application.Pulses;
import org.missionreader.ui.application.ReaderModel;

/** The JavaFX application: one window with the mission sidebar, the reader and the timeline. */
public final class MissionReaderApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(MissionReaderApp.class, args);
    }

    /** The window's model, language, jobs and commands, made before the toolkit shows anything. */
    private Services services;
    /** The reading typeface, loaded while the window opens; the first styling of its panes waits for it. */
    private Job fonts;

    private SettingsStore store;
    private SettingsStore.Loaded settings;
    /** What the notes file gave at start-up: the window says so when it was set aside. */
    private NotesStore.Loaded notesLoaded;

    /** Off the JavaFX thread: the settings and notes files are read, and the typeface starts loading. */
    @Override
    public void init() {
        store = new SettingsStore(SettingsStore.defaultDirectory());
        settings = store.load();
        I18n i18n = new I18n(Session.language(settings.settings(), SystemLocale.detect()));
        Notes notes = new Notes(new NotesFile(NotesFile.defaultDirectory()));
        notesLoaded = notes.load();
        services = Services.create(new ReaderModel(), i18n, notes);
        fonts = services.jobs().run(Job.Kind.STARTUP, i18n.text("job.fonts"), Fonts::load);
    }

    /**
     * Builds the window with its panes, puts the bundled library in it when it was read while the toolkit
     * started (else the window shows it loading), places it where it was last, and shows it: its first frame
     * is the whole window. Then the search index is built and library files given join the bundled one.
     */
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        CommandLine.Parsed parsed = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        ReaderModel model = services.model();
        I18n i18n = services.i18n();
        JvmLocale.follow(i18n);
        MainWindow window = new MainWindow(services, Main.version());
        StartupTrace.mark("window built");
        // Styles name the reading family: it must be known before the panes' first styling.
        awaitFonts();
        StartupTrace.mark("fonts");
        stage.setTitle(MainWindow.TITLE);
        stage.setMinWidth(MainWindow.MIN_WIDTH);
        stage.setMinHeight(MainWindow.MIN_HEIGHT);
        WindowPlace place = Session.placeWindow(stage, settings.settings());
        stage.setScene(MainWindow.scene(window, place.width(), place.height()));
        new Session(stage, window, model, i18n, store, settings, parsed.document()).watchNotes(services.notes(), notesLoaded);
        LoadResult read = Preload.bundledIfRead();
        if (read != null) {
            // Read while the toolkit started: the window's first frame has it, with no loading state drawn before.
            model.libraryLoaded(read);
        } else {
            window.load(LibraryLoader.BUNDLED_NAME, monitor -> Preload.bundledLibrary());
        }
        StartupTrace.mark("library in");
        addIcons(stage, services);
        stage.show();
        StartupTrace.mark("shown");
        model.afterLoad(() -> Pulses.afterNextPulse(stage.getScene(), () -> {
            StartupTrace.mark("library shown");
            // The search index is built next, once the library is on screen. A training run
            // (packaging/cds) records the classes start-up loads, that build's included, then leaves cleanly.
            Once.when(window.search().service().readyProperty(), true, () -> {
                StartupTrace.mark("search ready");
                if (Boolean.getBoolean("missionreader.exitAfterStart")) Platform.exit();
            });
        }));
        // Library files given on the command line join the bundled library once that is in, one after the
        // other, so that a file may name a mission or document of the files before it.
        // Imported documents go to the reader's own library file: each change a job, checked against the
        // bundled library the window holds, before it is written.
        window.setImportTarget(new MyLibraryTarget(MyLibrary.defaultFile()));
        openInOrder(model, window, withMyLibrary(parsed.files().stream().map(Path::of).toList()), 0);
    }

    /** Whether a file is the reader's own library, which opens at every start and is not a recent file. */
    private static boolean isMyLibrary(Path file) {
        return file.toAbsolutePath().normalize().equals(MyLibrary.defaultFile().toAbsolutePath().normalize());
    }

    /**
     * The reader's own library (docs/my-library.md) opens first after the bundled one when its file exists, as
     * any opened file does: its problems, if any, show in the problems panel.
     */
    private static java.util.List<Path> withMyLibrary(java.util.List<Path> files) {
        Path mine = MyLibrary.defaultFile();
        if (!java.nio.file.Files.isRegularFile(mine)) return files;
        java.util.List<Path> all = new java.util.ArrayList<>();
        all.add(mine);
        for (Path f : files) {
            if (!f.toAbsolutePath().normalize().equals(mine.toAbsolutePath().normalize())) all.add(f);
        }
        return all;
    }

    /** The window is gone: a change of the reader's own library and the notes' writes under way finish before the JVM exits. */
    @Override
    public void stop() {
        if (services == null) return;
        // Windows opened after this one (another application in the same JVM, as tests start them) no longer
        // take this window's stylesheets.
        services.windows().uninstall();
        services.jobs().awaitAll(Job.Kind.SAVE_IMPORT, Duration.ofSeconds(10));
        services.notes().close();
    }

    /** Opens files[i] once no load runs and the last one's library is in the model, then the next. */
    private static void openInOrder(ReaderModel model, MainWindow window, java.util.List<Path> files, int i) {
        if (i >= files.size()) return;
        // The load's end is announced just before its library is added: the file waits one more event.
        model.afterLoad(() -> Platform.runLater(() -> {
            window.libraryOpener().open(files.get(i), !isMyLibrary(files.get(i)));
            openInOrder(model, window, files, i + 1);
        }));
    }

    /** Waits for the typeface's job; an interrupt only means the reading family may come a moment later. */
    private void awaitFonts() {
        try {
            fonts.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decodes the window icons in a job of their own: the window shows and fills without waiting for them. */
    private static void addIcons(Stage stage, Services services) {
        services.jobs().run(Job.Kind.STARTUP, services.i18n().text("job.icons"), () -> {
            List<Image> icons = new ArrayList<>();
            // The sizes JavaFX gives the window (128 px on Linux and macOS, 32 on Windows): it scales the
            // nearest one given to that size on the JavaFX thread, where a larger one costs start-up time.
            for (String size : new String[] {"32", "128"}) {
                try (InputStream icon = MissionReaderApp.class.getResourceAsStream(
                        "/org/missionreader/assets/icons/mission-reader-" + size + ".png")) {
                    if (icon != null) icons.add(new Image(icon));
                } catch (IOException e) {
                    // No icon is no reason to stop: the window keeps the system's default one.
                }
            }
            Platform.runLater(() -> stage.getIcons().addAll(icons));
        });
    }
}
