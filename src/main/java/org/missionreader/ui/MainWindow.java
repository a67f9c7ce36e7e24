package org.missionreader.ui;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.missionreader.i18n.Messages;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadMonitor;
import org.missionreader.library.LoadResult;
import org.missionreader.settings.WindowPlace;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Pulses;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.bookmarks.BookmarkCommands;
import org.missionreader.ui.citation.CitationCommands;
import org.missionreader.ui.controls.NoticeBar;
import org.missionreader.ui.application.ImportTarget;
import org.missionreader.ui.importer.ImportCommands;
import org.missionreader.ui.libraries.LibraryOpener;
import org.missionreader.ui.libraries.ProblemsPanel;
import org.missionreader.ui.notes.NoteEditor;
import org.missionreader.ui.notes.NotesPanel;
import org.missionreader.ui.printing.PrintCommands;
import org.missionreader.ui.reader.FindBar;
import org.missionreader.ui.reader.ReaderPane;
import org.missionreader.ui.searchbox.SearchBox;
import org.missionreader.ui.settings.ReadingControls;

/**
 * The one window, as a layout: the menus and toolbar, the mission sidebar, the document list and the reader
 * side by side, and the timeline under them. Each part is a feature over the shared {@link Services}; the
 * window builds them, adds their commands and lays them out, and the features never call it back.
 */
public final class MainWindow {

    public static final String TITLE = I18n.APP_NAME;
    /** The smallest window that still reads well: the three columns at their minimum, the timeline's lanes. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;
    private static final String STYLESHEET = MainWindow.class.getResource("app.css").toExternalForm();

    private final Services services;
    private final ReaderModel model;
    private final I18n i18n;
    private final MissionSidebar sidebar;
    private final DocumentList documents;
    private final ReaderPane reader;
    private final TimelinePane timeline;
    private final SearchBox search;
    private final FindBar find;
    private final ReadingControls reading;
    private final NoticeBar notices;
    private final LibraryOpener opener;
    private final ProblemsPanel problemsPanel;
    private final PrintCommands print;
    private final PaneDividers panes;
    private final NotesPanel notesPanel;
    private final NoteEditor noteEditor;
    private final BookmarkCommands bookmarks;
    private final ImportCommands imports;
    private final BorderPane root = new BorderPane();
    private final MenuBar menuBar;
    /** Whether the window's stage is full screen, followed from the stage once the window is installed. */
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen");
    /** Focus mode: the reader alone; Ctrl+Shift+F (Ctrl+F is Find). */
    public static final KeyCombination FOCUS_MODE = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F11);

    public MainWindow(Services services, String version) {
        this.services = services;
        this.model = services.model();
        this.i18n = services.i18n();
        sidebar = new MissionSidebar(model, i18n);
        documents = new DocumentList(model, i18n);
        reader = new ReaderPane(services);
        timeline = new TimelinePane(model, i18n);
        search = new SearchBox(model, i18n, services.jobs());
        search.setOnOpen(() -> reader.page().requestFocus());
        find = new FindBar(model, reader, i18n, services.jobs());
        reading = new ReadingControls(i18n);
        notices = new NoticeBar(i18n);
        opener = new LibraryOpener(services, notices);
        problemsPanel = new ProblemsPanel(model, i18n, services.jobs());
        VBox readerColumn = new VBox(find, reader);
        VBox.setVgrow(reader, Priority.ALWAYS);
        // View > Notes shows the notes panel in the documents' column, in place of their list.
        notesPanel = new NotesPanel(services);
        notesPanel.setOnOpen(() -> reader.page().requestFocus());
        documents.visibleProperty().bind(notesPanel.shownProperty().not());
        StackPane documentsColumn = new StackPane(documents);
        addWhenShown(documentsColumn, notesPanel);
        documentsColumn.setId("documents-column");
        noteEditor = new NoteEditor(services);
        reader.highlights().setEditor(noteEditor::open);
        search.searchNotes(services.notes());
        timeline.followNotes(services.notes());
        panes = new PaneDividers(sidebar, documentsColumn, readerColumn, timeline);

        // The menus list the features' commands in the order they are added here.
        Commands commands = services.commands();
        opener.addCommands(commands, services.windows()::owner);
        imports = new ImportCommands(services, notices);
        imports.addCommands(commands);
        commands.add(Command.of("quit", Command.Menu.FILE, "menu.file.quit",
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> owner().hide()).inSection("quit"));
        print = PrintCommands.install(services);
        org.missionreader.ui.notes.NotesExportCommands.install(services, notices);
        commands.add(Command.of("search", Command.Menu.EDIT, "menu.edit.search", SearchBox.FOCUS, search::focus));
        commands.add(Command.of("find", Command.Menu.EDIT, "menu.edit.find", FindBar.OPEN, find::open));
        reader.highlights().addCommands(commands);
        CitationCommands.install(services, () -> {
            int[] selected = reader.selectedParagraphs();
            return selected == null ? null
                    : new CitationCommands.Quote(reader.page().selectedText(), selected[0] + 1, selected[1] + 1);
        });
        for (Locale locale : Messages.LANGUAGES) {
            // Each language is named in itself, so a reader finds theirs whatever the current one.
            commands.add(Command.of("language-" + locale.getLanguage(), Command.Menu.VIEW,
                    "menu.view.language." + locale.getLanguage(), null, () -> i18n.localeProperty().set(locale))
                    .inSection("language"));
        }
        commands.add(Command.of("problems", Command.Menu.VIEW, "menu.view.problems", null, this::showProblems)
                .inSection("problems").enabledWhen(javafx.beans.binding.Bindings.isNotEmpty(model.problems())));
        notesPanel.addCommands(commands);
        reading.addCommands(commands);
        commands.add(Command.of("focus-mode", Command.Menu.VIEW, "menu.view.focusMode", FOCUS_MODE,
                () -> panes.focusProperty().set(!panes.focusProperty().get()))
                .inSection("focus").switchedWhen(panes.focusProperty()));
        commands.add(Command.of("full-screen", Command.Menu.VIEW, "menu.view.fullScreen", FULL_SCREEN, this::toggleFullScreen)
                .inSection("full-screen").switchedWhen(fullScreen));
        reader.addCommands(commands);
        bookmarks = BookmarkCommands.install(services, reader::paragraphAtTop);
        ShortcutsWindow shortcuts = new ShortcutsWindow(commands, i18n);
        commands.add(Command.of("shortcuts", Command.Menu.HELP, "menu.help.shortcuts",
                // F1, not Ctrl+?: a character combination asks the platform for a key code Monocle cannot give.
                new KeyCodeCombination(KeyCode.F1), () -> shortcuts.show(owner())));
        commands.add(Command.of("about", Command.Menu.HELP, "menu.help.about", null,
                () -> AboutDialog.show(owner(), i18n, version)));
        menuBar = menuBar(commands);
        bookmarks.attach(menu(Command.Menu.BOOKMARKS));

        root.setTop(new VBox(menuBar, WindowToolbar.create(services, search.field()), notices));
        // Search results lie over the panes, under the toolbar: in the scene from their first showing on, so
        // the window's first frame styles and lays out none of their lists.
        StackPane center = new StackPane(panes.node());
        addWhenShown(center, search.overlay());
        root.setCenter(center);
        root.getStyleClass().add("main-window");
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) dropped(e.getDragboard().getFiles());
            e.setDropCompleted(ok);
            e.consume();
        });
        walkInwardsWithTheKeyboard();
    }

    /** Adds a node hidden for now to a pane the first time it is made visible, not before. */
    private static void addWhenShown(StackPane parent, javafx.scene.Node node) {
        if (node.isVisible()) {
            parent.getChildren().add(node);
            return;
        }
        node.visibleProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (!node.isVisible()) return;
                node.visibleProperty().removeListener(this);
                parent.getChildren().add(node);
            }
        });
    }

    /** Enter walks the reader inwards: mission list, then its documents, then the text; Escape comes back. */
    private void walkInwardsWithTheKeyboard() {
        sidebar.list().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.missionProperty().get() != null) {
                documents.list().requestFocus();
                if (documents.list().getSelectionModel().isEmpty() && !documents.list().getItems().isEmpty()) {
                    documents.list().getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        documents.setOnEnter(() -> reader.page().requestFocus());
        reader.page().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                documents.list().requestFocus();
                e.consume();
            }
        });
    }

    /** The menu bar, from the command registry; File also lists the recent files. */
    private MenuBar menuBar(Commands commands) {
        MenuBar bar = new MenuBar();
        for (Command.Menu place : Command.Menu.values()) {
            if (place.inMenuBar()) bar.getMenus().add(CommandMenus.build(place, commands, i18n));
        }
        bar.getMenus().get(0).getItems().add(1, opener.recentMenu());
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * Puts the stage in full screen or out of it; Escape leaves it too (JavaFX's own key), and the menu's
     * mark follows the stage whichever way it changed.
     */
    private void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint(i18n.get("fullScreen.exitHint"));
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** Follows the full screen state of the stage a scene is shown on. */
    private void followFullScreen(Scene scene) {
        javafx.beans.value.ChangeListener<Boolean> follow = (obs, was, now) -> fullScreen.set(now);
        scene.windowProperty().addListener((obs, was, now) -> {
            if (was instanceof Stage old) old.fullScreenProperty().removeListener(follow);
            if (now instanceof Stage stage) {
                stage.fullScreenProperty().addListener(follow);
                fullScreen.set(stage.isFullScreen());
            }
        });
        if (scene.getWindow() instanceof Stage stage) {
            stage.fullScreenProperty().addListener(follow);
            fullScreen.set(stage.isFullScreen());
        }
    }

    /** Whether the window is in focus mode (the reader alone); the session remembers it. */
    public BooleanProperty focusModeProperty() {
        return panes.focusProperty();
    }

    /** Whether the window's stage is full screen. */
    public ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** The window the window's dialogs belong to, once it is shown. */
    private Window owner() {
        return services.windows().owner();
    }

    private void showProblems() {
        problemsPanel.show(owner());
    }

    /**
     * Files dropped on the window: a PDF, text or web page is read for the import form, each .json is opened
     * as a library, others are said to be refused.
     */
    public void dropped(List<File> files) {
        List<File> libraries = new java.util.ArrayList<>();
        for (File file : files) {
            if (ImportCommands.importable(file)) imports.importFile(file.toPath());
            else libraries.add(file);
        }
        opener.openAll(libraries);
    }

    /** Where imported documents are saved: the reader's own library (kept in memory until one is given). */
    public void setImportTarget(ImportTarget target) {
        imports.setTarget(target);
    }

    /** File > Import Document… and the import form. */
    public ImportCommands imports() {
        return imports;
    }

    /**
     * Loads a library off the JavaFX thread in place of the one shown; the window shows its progress
     * meanwhile, with a Cancel button. A failure becomes a problem the window lists.
     */
    public void load(String name, Function<LoadMonitor, LoadResult> loader) {
        opener.replaceWith(name, loader);
    }

    /** Loads the library shipped inside the application. */
    public void loadBundled() {
        load(LibraryLoader.BUNDLED_NAME, monitor -> new LibraryLoader().loadBundled());
    }

    /**
     * A new scene holding the window, with its stylesheets, reading settings and keys ({@link #install}), of the
     * size its stage is given (Session.placeWindow): the panes are first laid out at the window's size, so the
     * dividers stay where they are put (the sidebar and documents keep their width when the window changes its).
     */
    public static Scene scene(MainWindow window, double width, double height) {
        Scene scene = new Scene(new javafx.scene.Group(), width, height);
        window.install(scene);
        return scene;
    }

    /** Puts the window in a scene, in place of what it showed: its stylesheets, reading settings and keys. */
    public void install(Scene scene) {
        // Every window the application opens from now on wears this scene's stylesheets, and belongs to it.
        services.windows().attach(scene);
        scene.setRoot(root);
        scene.getStylesheets().setAll(STYLESHEET);
        reading.install(scene);
        WindowTitle.follow(scene, model, i18n);
        followFullScreen(scene);
        // Once the first library is in, the keyboard starts on the mission list, on MINUSMA: after the pulse that
        // lays the library out, where the scene has given the panes their first focus (to the first field). Only
        // then: a file opened later, read while the reader is elsewhere, leaves the keyboard where it is.
        org.missionreader.ui.application.Once.when(model.loadingProperty(), false, () -> {
            // Before the window shows, the list takes the keyboard in the first frame itself.
            Window window = scene.getWindow();
            if (window != null && !window.isShowing()) {
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
                    @Override
                    public void handle(javafx.stage.WindowEvent e) {
                        window.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                        sidebar.list().requestFocus();
                    }
                });
            } else {
                Pulses.afterNextPulse(scene, () -> sidebar.list().requestFocus());
            }
        });
    }

    /** The dividers' positions (see {@link PaneDividers#positions()}). */
    public double[] dividers() {
        return panes.positions();
    }

    /** Puts the dividers where a remembered place had them. */
    public void restoreDividers(WindowPlace place) {
        panes.restore(place);
    }

    // What the window lays out, for the session (which remembers it) and for tests that drive it.

    public Services services() {
        return services;
    }

    public Parent root() {
        return root;
    }

    /** A menu of the menu bar: File, Edit, View, Help. */
    public Menu menu(Command.Menu place) {
        return menuBar.getMenus().get(place.ordinal());
    }

    public Menu fileMenu() {
        return menu(Command.Menu.FILE);
    }

    public Menu editMenu() {
        return menu(Command.Menu.EDIT);
    }

    public PrintCommands print() {
        return print;
    }

    public LibraryOpener libraryOpener() {
        return opener;
    }

    public ProblemsPanel problemsPanel() {
        return problemsPanel;
    }

    public MissionSidebar sidebar() {
        return sidebar;
    }

    public DocumentList documents() {
        return documents;
    }

    public ReaderPane reader() {
        return reader;
    }

    public TimelinePane timeline() {
        return timeline;
    }

    public SearchBox search() {
        return search;
    }

    /** Messages for the reader under the toolbar. */
    public NoticeBar notices() {
        return notices;
    }

    public ReadingControls reading() {
        return reading;
    }

    public FindBar find() {
        return find;
    }

    /** View > Notes. */
    public NotesPanel notesPanel() {
        return notesPanel;
    }

    /** The note editor the reader's highlights open. */
    public NoteEditor noteEditor() {
        return noteEditor;
    }

    public BookmarkCommands bookmarks() {
        return bookmarks;
    }
}
