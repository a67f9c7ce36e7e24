package org.missionreader.ui.libraries;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.missionreader.ui.application.LoadTask;
import javafx.scene.layout.HBox;
import org.missionreader.library.FileKind;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LibrarySet;
import org.missionreader.library.LoadResult;
import org.missionreader.library.Problem;
import org.missionreader.library.ProblemCode;
import org.missionreader.library.IdPlaces;
import org.missionreader.settings.AppSettings;
import java.util.function.Function;
import org.missionreader.library.LoadMonitor;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.controls.NoticeBar;
import org.missionreader.ui.application.ReaderModel;

/**
 * Opens more library files (File > Open, drag and drop, recent files): loads each off the JavaFX thread,
 * adds it to the open libraries, remembers it among the recent files and says what it added. A file with
 * problems adds what is usable; its problems go to the problems panel. Nothing already open is lost.
 */
public final class LibraryOpener {

    private final ReaderModel model;
    private final I18n i18n;
    private final NoticeBar notices;
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final Set<Path> opened = new HashSet<>();
    private final Set<Path> loading = new HashSet<>();
    private HBox lastNotice;

    private final Jobs jobs;

    public LibraryOpener(Services services, NoticeBar notices) {
        this.model = services.model();
        this.i18n = services.i18n();
        this.jobs = services.jobs();
        this.notices = notices;
    }

    /**
     * Loads a library that replaces the one shown (the bundled library at start), as a job with its progress
     * and Cancel. A failure becomes a problem the window lists; a cancel keeps what was shown before.
     */
    public Job replaceWith(String name, Function<LoadMonitor, LoadResult> loader) {
        LoadTask<LoadResult> task = new LoadTask<>(loader);
        model.replaceStarted();
        task.setOnSucceeded(e -> model.loadReplaced(task.getValue()));
        task.setOnCancelled(e -> model.replaceEnded());
        task.setOnFailed(e -> model.loadReplaced(new LoadResult(model.library(), List.of(new Problem(name, 1, 1, "",
                ProblemCode.UNREADABLE, List.of(String.valueOf(task.getException())))))));
        return jobs.submit(Job.Kind.LOAD, i18n.text("job.load", name), task);
    }

    /** File > Open (Ctrl+O), in the registry's File menu; {@code owner} is the window the chooser belongs to. */
    public void addCommands(Commands commands, Supplier<Window> owner) {
        commands.add(Command.of("open-library", Command.Menu.FILE, "menu.file.open",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> choose(owner.get()))
                .inSection("open"));
    }

    /** File > Open: a library file chosen by the reader. */
    private void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("menu.file.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("library.fileFilter"), "*.json"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) open(chosen.toPath());
    }

    /** File > Open Recent: the recent files, rebuilt each time it opens from the files as they are then. */
    public Menu recentMenu() {
        Menu recent = new Menu();
        recent.setId("menu-recent");
        recent.textProperty().bind(i18n.text("menu.file.recent"));
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> recent.getItems().setAll(recentItems()));
        return recent;
    }

    private List<MenuItem> recentItems() {
        if (recentFiles.isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("menu.file.recent.none"));
            none.setDisable(true);
            return List.of(none);
        }
        return recentFiles.stream().map(path -> {
            // Paths are shown as they are: no mnemonic parsing of their underscores.
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(Path.of(path)));
            return item;
        }).toList();
    }

    /** Files dropped on the window: each .json is opened, others are said to be refused. */
    public void openAll(List<File> files) {
        for (File file : files) open(file.toPath());
    }

    /** The recently opened files, newest first. */
    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    /** True while some file is loading. */
    public boolean busy() {
        return !loading.isEmpty();
    }

    /** Opens a library file; returns at once, the file loads in the background. */
    public void open(Path file) {
        open(file, true);
    }

    /**
     * Opens a library file; {@code remember} false keeps it out of the recent files (the reader's own
     * library, which opens at every start).
     */
    public void open(Path file, boolean remember) {
        Path path = file.toAbsolutePath().normalize();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            say(i18n.get("library.notJson", path));
            return;
        }
        String kind = kindOf(path);
        if (kind != null) {
            // Refused before it is opened: a FIFO would block the load for ever, a device never end.
            say(i18n.get("library.notAFile", path, i18n.get("type.file." + kind)));
            return;
        }
        if (opened.contains(path) || loading.contains(path)) {
            say(i18n.get("library.alreadyOpen", name));
            return;
        }
        loading.add(path);
        // The window shows the load's progress, with Cancel; a large file never freezes it.
        // Its items may name a mission or document of what is already open, and join it (docs/guide.md, "More libraries").
        org.missionreader.library.Library open = model.library();
        LoadTask<LoadResult> task = new LoadTask<>(monitor -> new LibraryLoader().load(path, monitor, open));
        model.loadStarted();
        task.setOnSucceeded(e -> {
            model.loadEnded();
            added(path, name, task.getValue(), remember);
        });
        task.setOnCancelled(e -> {
            loading.remove(path);
            model.loadEnded();
            say(i18n.get("library.cancelled", name));
        });
        task.setOnFailed(e -> {
            loading.remove(path);
            model.loadEnded();
            say(i18n.get("problems.cannotRead", path, String.valueOf(task.getException())));
        });
        jobs.submit(Job.Kind.LOAD, i18n.text("job.load", name), task);
    }

    /** Null for a regular file, or one that cannot be looked at (the load then says why); else its kind. */
    private static String kindOf(Path path) {
        try {
            return FileKind.of(path);
        } catch (java.io.IOException | SecurityException e) {
            return null;
        }
    }

    private void added(Path path, String name, LoadResult loaded, boolean remember) {
        loading.remove(path);
        Library library = loaded.library();
        boolean empty = library.missions().isEmpty() && library.documents().isEmpty() && library.events().isEmpty();
        List<Problem> problems = new ArrayList<>();
        int missionsBefore = model.library().missions().size();
        int documentsBefore = model.library().documents().size();
        int eventsBefore = model.library().events().size();
        if (empty) {
            // Nothing usable: only the problems are shown, and the file can be opened again once fixed.
            model.problems().addAll(loaded.problems());
        } else {
            opened.add(path);
            List<LibrarySet.Collision> collisions = model.addLibrary(name, loaded);
            for (LibrarySet.Collision c : collisions) {
                IdPlaces.Place at = loaded.idPlaces().of(c.kind(), c.id()).orElse(new IdPlaces.Place(1, 1));
                String openIn = c.openIn() == null ? LibraryLoader.BUNDLED_NAME : c.openIn();
                problems.add(new Problem(path.toString(), at.line(), at.column(), "", ProblemCode.ID_ALREADY_OPEN,
                        List.of(c.id(), openIn)));
            }
            model.problems().addAll(problems);
        }
        if (remember) remember(path.toString());
        long problemCount = loaded.problemCount() + problems.size();
        say(i18n.get("library.opened", name,
                model.library().missions().size() - missionsBefore,
                model.library().documents().size() - documentsBefore,
                model.library().events().size() - eventsBefore, problemCount));
    }

    private void remember(String path) {
        recentFiles.remove(path);
        recentFiles.add(0, path);
        if (recentFiles.size() > AppSettings.MAX_RECENT) {
            recentFiles.remove(AppSettings.MAX_RECENT, recentFiles.size());
        }
    }

    /** One notice at a time for opening files: the newest replaces the previous one. */
    private void say(String text) {
        if (lastNotice != null) notices.getChildren().remove(lastNotice);
        lastNotice = notices.show(javafx.beans.binding.Bindings.createStringBinding(() -> text));
    }
}
