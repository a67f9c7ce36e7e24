package org.missionreader.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Mission;
import org.missionreader.notes.NotesStore;
import org.missionreader.settings.AppSettings;
import org.missionreader.settings.SettingsStore;
import org.missionreader.settings.WindowFit;
import org.missionreader.settings.WindowPlace;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.MainWindow;
import org.missionreader.ui.application.ReaderModel;

/**
 * Carries the reader's place across sessions: restores the language, reading settings, mission, document
 * and scroll position from the settings store (the window's place and size too, {@link #placeWindow}), and
 * saves them when the window closes. Says so in the window when the settings file was set aside, or when
 * the document asked for does not exist.
 */
public final class Session {

    private final Stage stage;
    private final MainWindow window;
    private final ReaderModel model;
    private final I18n i18n;
    private final SettingsStore store;
    private final AppSettings saved;
    private final ObservableList<String> recentFiles;

    /**
     * @param loaded what the store gave at start-up (the language was already taken from it)
     * @param openDocumentId a document to start on instead of the remembered one, or null
     */
    public Session(Stage stage, MainWindow window, ReaderModel model, I18n i18n, SettingsStore store,
                   SettingsStore.Loaded loaded, String openDocumentId) {
        this.stage = stage;
        this.window = window;
        this.model = model;
        this.i18n = i18n;
        this.store = store;
        this.saved = loaded.settings();
        this.recentFiles = window.libraryOpener().recentFiles();
        recentFiles.setAll(saved.recentFiles());
        window.reading().settingsProperty().set(saved.reading());
        window.restoreDividers(saved.window());
        window.focusModeProperty().set(saved.focusMode());
        if (loaded.wasSetAside()) {
            String aside = loaded.setAside() == null ? store.file().toString() : loaded.setAside().toString();
            window.notices().show(i18n.compute(() -> i18n.get(
                    loaded.setAside() == null ? "settings.unreadable" : "settings.setAside",
                    store.file().toString(), aside, why(loaded))));
        } else if (loaded.partlyUsed()) {
            // Once: the next save writes the file back without the values that could not be used.
            window.notices().show(i18n.compute(() -> i18n.get("settings.partlyUsed", store.file().toString(),
                    String.join(", ", loaded.unusable().stream().map(f -> i18n.get("settings.field." + f)).toList()))));
        }
        // Once, when the first library is in: later loads (files opened) must not move the reader.
        model.afterLoad(() -> restorePlace(openDocumentId));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> save());
        // The window stays where placeWindow put it while the window manager takes it in.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                HeldPlace.hold(stage);
            }
        });
    }

    /**
     * Says in the window when the notes file was set aside at start-up (where, why), when some of its entries
     * could not be used (which, and the copy that keeps them), and whenever a write of the notes fails.
     */
    public Session watchNotes(Notes notes, NotesStore.Loaded loaded) {
        String file = notes.store().file() == null ? "" : notes.store().file().toString();
        if (loaded != null && loaded.failed()) {
            window.notices().show(loaded.setAside() == null
                    ? i18n.text("notes.unreadable", file, loaded.problem())
                    : i18n.text("notes.setAside", file, loaded.setAside().toString(), loaded.problem()));
        } else if (loaded != null && loaded.partlyUsed()) {
            window.notices().show(i18n.text("notes.partlyUsed", file, String.join("; ", loaded.unusable()),
                    String.valueOf(loaded.unusableCopy())));
        }
        // One notice for the latest failure; it goes when a later write succeeds.
        javafx.scene.Node[] shown = new javafx.scene.Node[1];
        notes.problemProperty().addListener((o, was, problem) -> {
            if (shown[0] != null) window.notices().getChildren().remove(shown[0]);
            shown[0] = problem == null ? null : window.notices().show(i18n.text("notes.writeFailed", problem));
        });
        return this;
    }

    /** Why the file was set aside, in the reader's language; the system's own words only where they are its reason. */
    private String why(SettingsStore.Loaded loaded) {
        return switch (loaded.why()) {
            case NOT_JSON -> i18n.get("settings.why.notJson", loaded.where());
            case NOT_SETTINGS -> i18n.get("settings.why.notSettings", loaded.where());
            case NEWER -> i18n.get("settings.why.newer");
            case NOT_A_FILE -> i18n.get("settings.why.notAFile");
            case TOO_LARGE -> i18n.get("settings.why.tooLarge");
            case NOTHING_USABLE -> i18n.get("settings.why.nothingUsable",
                    String.join(", ", loaded.unusable().stream().map(f -> i18n.get("settings.field." + f)).toList()));
            case UNREADABLE -> loaded.problem();
        };
    }

    /** The language remembered in the settings, if any, to build the window's I18n with. */
    public static Locale language(AppSettings settings, Locale fallback) {
        return settings.language() == null ? fallback : Messages.supported(Locale.forLanguageTag(settings.language()));
    }

    /** The recently opened library files, newest first; saved with the settings. */
    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    /**
     * Gives the window the place and size remembered in the settings, brought onto a screen present now
     * and made no larger than it, or on a first start a share of the screen, centred ({@link WindowFit});
     * before it shows (the Session itself comes once the window's panes are built, after it shows).
     * Returns the place given, dividers included, for the panes to take theirs from.
     */
    public static WindowPlace placeWindow(Stage stage, AppSettings settings) {
        List<WindowFit.Area> screens = screens();
        // A screen smaller than the minimum size: the window may be as small as the screen, never larger.
        WindowFit.Area primary = screens.get(0);
        stage.setMinWidth(Math.min(stage.getMinWidth(), primary.width()));
        stage.setMinHeight(Math.min(stage.getMinHeight(), primary.height()));
        WindowPlace place = new WindowFit(screens, stage.getMinWidth(), stage.getMinHeight()).restore(settings.window());
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(place.maximized());
        return place;
    }

    /** The usable areas of the screens present, the primary one first. */
    static List<WindowFit.Area> screens() {
        List<WindowFit.Area> screens = new ArrayList<>();
        screens.add(area(Screen.getPrimary()));
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) screens.add(area(screen));
        }
        return screens;
    }

    private static WindowFit.Area area(Screen screen) {
        Rectangle2D usable = screen.getVisualBounds();
        return new WindowFit.Area(usable.getMinX(), usable.getMinY(), usable.getWidth(), usable.getHeight());
    }

    private void restorePlace(String openDocumentId) {
        if (openDocumentId != null) {
            Document asked = model.library().document(openDocumentId).orElse(null);
            if (asked != null) {
                model.open(asked);
                return;
            }
            window.notices().show(i18n.compute(() -> i18n.get("open.unknown", openDocumentId)));
        }
        Mission mission = saved.missionId() == null ? null : model.library().mission(saved.missionId()).orElse(null);
        if (mission != null) model.missionProperty().set(mission);
        Document doc = saved.documentId() == null ? null : model.library().document(saved.documentId()).orElse(null);
        if (doc != null && openDocumentId == null) {
            model.open(doc);
            double scroll = saved.scroll();
            Platform.runLater(() -> window.reader().scrollToFraction(scroll));
        }
    }

    /** What would be saved now. */
    public AppSettings current() {
        WindowPlace place = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        if (stage.isMaximized() && saved.window() != null) {
            // Keep the size the window returns to when it is no longer maximized.
            place = new WindowPlace(saved.window().x(), saved.window().y(), saved.window().width(),
                    saved.window().height(), true);
        }
        double[] dividers = window.dividers();
        place = place.withDividers(dividers[0], dividers[1], dividers[2]);
        Mission mission = model.missionProperty().get();
        Document doc = model.documentProperty().get();
        return new AppSettings(place, i18n.locale().getLanguage(), mission == null ? null : mission.id(),
                doc == null ? null : doc.id(), doc == null ? 0 : window.reader().scroll().getVvalue(),
                window.reading().settings(), List.copyOf(recentFiles), window.focusModeProperty().get());
    }

    /** Saves the settings; a failure is told on standard error, since the window is closing. */
    public boolean save() {
        try {
            store.save(current());
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println(saveFailedMessage(i18n.locale(), store, e));
            return false;
        }
    }

    /** Why the settings could not be saved, naming the folder that refused and the system's reason. */
    static String saveFailedMessage(Locale locale, SettingsStore store, Exception e) {
        if (e instanceof SettingsStore.SaveException failure) {
            return switch (failure.reason()) {
                case NOT_WRITABLE -> Messages.get(locale, "settings.saveFailed.notWritable", store.file(), failure.folder(), failure.detail());
                case DISK_FULL -> Messages.get(locale, "settings.saveFailed.diskFull", store.file(), failure.folder(), failure.detail());
                case OTHER -> Messages.get(locale, "settings.saveFailed", failure.folder(), failure.detail());
            };
        }
        return Messages.get(locale, "settings.saveFailed", store.file(), e.getMessage());
    }
}
