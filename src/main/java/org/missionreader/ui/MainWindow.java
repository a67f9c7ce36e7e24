package org.missionreader.ui;

import java.util.Locale;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.missionreader.i18n.Messages;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.control.SeparatorMenuItem;
import java.io.File;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.missionreader.ui.find.FindBar;
import org.missionreader.ui.libraries.LibraryOpener;
import org.missionreader.ui.libraries.ProblemsPanel;
import org.missionreader.ui.settings.ReadingControls;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.ui.searchbox.SearchBox;
import org.controlsfx.control.SegmentedButton;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadMonitor;
import org.missionreader.library.LoadResult;
import org.missionreader.library.ProblemCode;
import org.missionreader.library.Problem;

/**
 * The one window: a toolbar, the mission sidebar, the document list and the reader side by side, and the
 * timeline under them. Built in code; each part is a view over the shared {@link ReaderModel}.
 */
public final class MainWindow {

    public static final String TITLE = "Mission Reader";
    /** The menus' names, in the menu bar's order: File, Edit, View, Help. */
    static final List<String> MENU_KEYS = List.of("menu.file", "menu.edit", "menu.view", "menu.help");
    private static final String STYLESHEET = MainWindow.class.getResource("app.css").toExternalForm();

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
    private final Menu editMenu = new Menu();
    private final BorderPane root = new BorderPane();
    private final Menu fileMenu = new Menu();
    private final Menu viewMenu = new Menu();
    private final Menu helpMenu = new Menu();
    private final String version;
    /** The sidebar, documents and reader side by side; above the timeline in {@link #rows}. */
    private final SplitPane columns;
    private final SplitPane rows;
    /** Where the dividers stand when none is remembered: fractions of the width, and of the height. */
    /** The smallest window that still reads well: the three columns at their minimum, the timeline's lanes. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;
    static final double SIDEBAR_DIVIDER = 0.22;
    static final double DOCUMENTS_DIVIDER = 0.42;
    static final double TIMELINE_DIVIDER = 0.74;
    /** The largest share of the panes' height the timeline takes by itself, so the reader keeps the most. */
    static final double TIMELINE_MAX_SHARE = 0.34;
    private static final double DIVIDER_ALLOWANCE = 4;
    /** Whether the timeline's divider stands where the reader put it: dragged, or remembered from a session. */
    private boolean timelinePlaced;
    private final org.missionreader.ui.printing.PrintCommands print;

    public MainWindow(ReaderModel model, I18n i18n, String version) {
        this.model = model;
        this.i18n = i18n;
        this.version = version;
        sidebar = new MissionSidebar(model, i18n);
        documents = new DocumentList(model, i18n);
        reader = new ReaderPane(model, i18n);
        timeline = new TimelinePane(model, i18n);
        search = new SearchBox(model, i18n);
        search.setOnOpen(() -> reader.page().requestFocus());
        find = new FindBar(model, reader, i18n);
        reading = new ReadingControls(i18n);
        notices = new NoticeBar(i18n);
        opener = new LibraryOpener(model, i18n, notices);
        problemsPanel = new ProblemsPanel(model, i18n);
        VBox readerColumn = new VBox(find, reader);
        VBox.setVgrow(reader, Priority.ALWAYS);

        columns = new SplitPane(sidebar, documents, readerColumn);
        columns.setDividerPositions(SIDEBAR_DIVIDER, DOCUMENTS_DIVIDER);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(documents, false);
        rows = new SplitPane(columns, timeline);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(TIMELINE_DIVIDER);
        SplitPane.setResizableWithParent(timeline, false);
        // Until the reader places the timeline's divider (or one is remembered), the timeline takes the height
        // its lanes need to label the mission's events, as its mission, the width and the text change.
        timeline.neededHeightProperty().addListener(o -> fitTimeline());
        rows.heightProperty().addListener(o -> fitTimeline());
        rows.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (onTimelineDivider(e.getPickResult().getIntersectedNode())) timelinePlaced = true;
        });

        root.setTop(new VBox(menuBar(), toolbar(), notices));
        print = org.missionreader.ui.printing.PrintCommands.install(this, model, i18n);
        // Search results lie over the panes, under the toolbar.
        root.setCenter(new StackPane(rows, search.overlay()));
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

        // Enter walks the reader inwards: mission list, then its documents, then the text.
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

    /** The menus; each feature adds its commands to the menu where a reader looks for them. */
    private MenuBar menuBar() {
        MenuItem quit = new MenuItem();
        quit.textProperty().bind(i18n.text("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        fileMenu.textProperty().bind(i18n.text(MENU_KEYS.get(0)));
        MenuItem open = new MenuItem();
        open.setId("menu-open-library");
        open.textProperty().bind(i18n.text("menu.file.open"));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseLibrary());
        Menu recent = new Menu();
        recent.setId("menu-recent");
        recent.textProperty().bind(i18n.text("menu.file.recent"));
        // Rebuilt each time it opens, from the recent files as they are then.
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> recent.getItems().setAll(recentItems()));
        fileMenu.getItems().addAll(open, recent, new SeparatorMenuItem(), quit);

        editMenu.textProperty().bind(i18n.text(MENU_KEYS.get(1)));
        MenuItem findItem = new MenuItem();
        findItem.textProperty().bind(i18n.text("menu.edit.find"));
        findItem.setAccelerator(FindBar.OPEN);
        findItem.setOnAction(e -> find.open());
        MenuItem searchItem = new MenuItem();
        searchItem.textProperty().bind(i18n.text("menu.edit.search"));
        searchItem.setAccelerator(SearchBox.FOCUS);
        searchItem.setOnAction(e -> search.focus());
        MenuItem citation = new MenuItem();
        citation.setId("menu-copy-citation");
        citation.textProperty().bind(i18n.text("menu.edit.copyCitation"));
        citation.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        citation.disableProperty().bind(model.documentProperty().isNull());
        citation.setOnAction(e -> copyCitation());
        Menu citationAs = new Menu();
        citationAs.setId("menu-copy-citation-as");
        citationAs.textProperty().bind(i18n.text("menu.edit.copyCitationAs"));
        citationAs.disableProperty().bind(model.documentProperty().isNull());
        for (org.missionreader.cite.CitationFormat format : org.missionreader.cite.CitationFormat.values()) {
            MenuItem item = new MenuItem();
            item.setId("menu-copy-citation-" + format.cliName());
            item.textProperty().bind(i18n.text("menu.edit.citation." + format.cliName()));
            item.setOnAction(e -> copyCitation(format));
            citationAs.getItems().add(item);
        }
        editMenu.getItems().addAll(searchItem, findItem, new SeparatorMenuItem(), citation, citationAs);

        viewMenu.textProperty().bind(i18n.text(MENU_KEYS.get(2)));
        for (Locale locale : Messages.LANGUAGES) {
            // Each language is named in itself, so a reader finds theirs whatever the current one.
            MenuItem language = new MenuItem(Messages.get(locale, "language.name"));
            language.setOnAction(e -> i18n.localeProperty().set(locale));
            viewMenu.getItems().add(language);
        }
        viewMenu.getItems().add(new SeparatorMenuItem());
        viewMenu.getItems().addAll(reading.menuItems());

        MenuItem about = new MenuItem();
        about.textProperty().bind(i18n.text("menu.help.about"));
        about.setOnAction(e -> showAbout());
        helpMenu.textProperty().bind(i18n.text(MENU_KEYS.get(3)));
        helpMenu.getItems().add(about);

        MenuBar bar = new MenuBar(fileMenu, editMenu, viewMenu, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(TITLE);
        alert.setHeaderText(TITLE + " " + version);
        alert.setContentText(i18n.get("about.text"));
        alert.show();
    }

    /** Puts the open document's citation on the clipboard as plain text, consulted today. */
    public void copyCitation() {
        copyCitation(org.missionreader.cite.CitationFormat.TEXT);
    }

    /** Puts the open document's citation on the clipboard in a format, as text a reference manager pastes. */
    public void copyCitation(org.missionreader.cite.CitationFormat format) {
        if (model.documentProperty().get() == null) return;
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(format.format(model.documentProperty().get(), model.library(), i18n.locale(),
                java.time.LocalDate.now()));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    public Menu fileMenu() {
        return fileMenu;
    }

    public Menu editMenu() {
        return editMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    public Menu helpMenu() {
        return helpMenu;
    }

    /** Print preview, print and PDF export of the open document. */
    public org.missionreader.ui.printing.PrintCommands print() {
        return print;
    }

    private Parent toolbar() {
        Button problems = new Button();
        problems.setId("problems-button");
        problems.getStyleClass().add("problems-button");
        StringBinding problemsText = i18n.compute(() -> i18n.get("problems.button", model.problems().size()), model.problems());
        StringBinding problemsShort = i18n.compute(() -> i18n.get("problems.short", model.problems().size()), model.problems());
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setOnAction(e -> showProblems());

        ToggleButton french = languageButton(Locale.FRENCH);
        ToggleButton english = languageButton(Locale.ENGLISH);
        SegmentedButton language = new SegmentedButton(french, english);
        language.setId("language-switch");
        language.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one language is always chosen
            } else {
                i18n.localeProperty().set((Locale) now.getUserData());
            }
        });
        (i18n.locale().equals(Locale.FRENCH) ? french : english).setSelected(true);
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(i18n.text("toolbar.language"));
        languageLabel.setLabelFor(language);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // At the window's narrowest the search field keeps room for its hint's first words.
        search.field().setMinWidth(140);
        ToolbarBand band = toolbarBand(search.field(), spacer, problems, languageLabel, language);
        // Too narrow for every word: first the "Language" label goes (the switch says what it is), then the
        // problems button and the languages take short names, then the title goes (the title bar has it).
        band.shortenWhenNarrow(List.of(
                ToolbarBand.hide(languageLabel),
                ToolbarBand.shortText(List.of(problems), List.of(problemsText), List.of(problemsShort)),
                ToolbarBand.shortText(List.of(french, english), List.of(languageName(Locale.FRENCH, "language.name"),
                        languageName(Locale.ENGLISH, "language.name")), List.of(languageName(Locale.FRENCH, "language.short"),
                        languageName(Locale.ENGLISH, "language.short"))),
                ToolbarBand.hide(band.title())));
        return band;
    }

    /** The toolbar's band: the title, then the given controls (none in the {@link OpeningFrame}'s). */
    static ToolbarBand toolbarBand(Node... controls) {
        ToolbarBand bar = new ToolbarBand(TITLE);
        bar.getChildren().addAll(controls);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ToggleButton languageButton(Locale locale) {
        ToggleButton button = new ToggleButton();
        button.setUserData(locale);
        button.setId("language-" + locale.getLanguage());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A language's name (or short name) in that language itself, whatever the window's language. */
    private static StringExpression languageName(Locale locale, String key) {
        return new ReadOnlyStringWrapper(Messages.get(locale, key));
    }

    private void showProblems() {
        problemsPanel.show(root.getScene().getWindow());
    }

    /** File > Open: a library file chosen by the reader. */
    private void chooseLibrary() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("menu.file.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("library.fileFilter"), "*.json"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) opener.open(chosen.toPath());
    }

    private java.util.List<MenuItem> recentItems() {
        if (opener.recentFiles().isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("menu.file.recent.none"));
            none.setDisable(true);
            return java.util.List.of(none);
        }
        return opener.recentFiles().stream().map(path -> {
            // Paths are shown as they are: no mnemonic parsing of their underscores.
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> opener.open(java.nio.file.Path.of(path)));
            return item;
        }).toList();
    }

    /** Library files dropped on the window: each .json is opened, others are said to be refused. */
    public void dropped(java.util.List<File> files) {
        for (File file : files) {
            opener.open(file.toPath());
        }
    }

    public LibraryOpener libraryOpener() {
        return opener;
    }

    public ProblemsPanel problemsPanel() {
        return problemsPanel;
    }

    /**
     * Loads a library off the JavaFX thread; the window shows progress meanwhile, with a Cancel button.
     * A failure becomes a problem the window lists; a cancel keeps what was shown before.
     */
    public void load(String name, Function<LoadMonitor, LoadResult> loader) {
        LoadTask<LoadResult> task = new LoadTask<>(loader);
        model.loadStarted(() -> task.cancel(false));
        task.progressProperty().addListener((obs, old, now) -> model.loadProgressed(now.doubleValue()));
        task.setOnSucceeded(e -> model.libraryLoaded(task.getValue()));
        task.setOnCancelled(e -> model.loadEnded());
        task.setOnFailed(e -> model.libraryLoaded(new LoadResult(model.library(), List.of(new Problem(name, 1, 1, "",
                ProblemCode.UNREADABLE, List.of(String.valueOf(task.getException())))))));
        task.start("library-loader");
    }

    /** Loads the library shipped inside the application. */
    public void loadBundled() {
        load(LibraryLoader.BUNDLED_NAME, monitor -> new LibraryLoader().loadBundled());
    }

    public Scene createScene() {
        Scene scene = new Scene(root, 1280, 820);
        install(scene);
        return scene;
    }

    /**
     * The scene the application shows first, with the {@link OpeningFrame} in the window's stylesheets and
     * the given reading settings' theme; {@link #install} then puts the window in it.
     */
    public static Scene openingScene(I18n i18n, ReadingSettings reading) {
        // The application's stage is given a size that fits its screen (Session.placeWindow), which the scene
        // takes; this one is for a stage that is given none.
        Scene scene = new Scene(OpeningFrame.create(i18n), 1280, 820);
        scene.getStylesheets().add(STYLESHEET);
        String theme = ReadingControls.themeStylesheet(reading.theme());
        if (theme != null) scene.getStylesheets().add(theme);
        return scene;
    }

    /** Puts the window in a scene, in place of what it showed: its stylesheets, reading settings and keys. */
    public void install(Scene scene) {
        scene.setRoot(root);
        scene.getStylesheets().setAll(STYLESHEET);
        reading.install(scene);
        WindowTitle.follow(scene, model, i18n);
        // Once the library is in, the keyboard starts on the mission list, on MINUSMA: after the pulse that
        // lays the library out, where the scene has given the panes their first focus (to the first field).
        model.loadingProperty().addListener((obs, was, now) -> {
            if (!now) Pulses.afterNextPulse(scene, () -> sidebar.list().requestFocus());
        });
    }

    /**
     * The three dividers' positions: sidebar | documents, documents | reader, panes / timeline; the last is NaN
     * while the timeline takes the height it needs (the reader has not placed it), so the next start fits it
     * again to the screen it opens on.
     */
    public double[] dividers() {
        double[] across = columns.getDividerPositions();
        return new double[] {across[0], across[1], timelinePlaced ? rows.getDividerPositions()[0] : Double.NaN};
    }

    /** Gives the timeline the height it needs, within its share, unless the reader placed its divider. */
    private void fitTimeline() {
        double height = rows.getHeight();
        double needed = timeline.getNeededHeight();
        if (timelinePlaced || height <= 0 || needed <= 0) return;
        // The divider's own thickness comes out of the timeline's side too.
        double share = Math.min(needed + DIVIDER_ALLOWANCE, height * TIMELINE_MAX_SHARE);
        double position = 1 - share / height;
        if (Math.abs(position - rows.getDividerPositions()[0]) * height >= 1) rows.setDividerPosition(0, position);
    }

    /** Whether a node pressed is the divider above the timeline (not one between the columns). */
    private boolean onTimelineDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) return n.getParent() == rows;
            if (n == rows) return false;
        }
        return false;
    }

    /** Puts the dividers where a remembered place had them; one it does not know keeps its default. */
    public void restoreDividers(org.missionreader.settings.WindowPlace place) {
        if (place == null) return;
        double sidebarAt = Double.isNaN(place.sidebarDivider()) ? SIDEBAR_DIVIDER : place.sidebarDivider();
        double documentsAt = Double.isNaN(place.documentsDivider()) ? DOCUMENTS_DIVIDER : place.documentsDivider();
        if (documentsAt < sidebarAt) documentsAt = sidebarAt;
        columns.setDividerPositions(sidebarAt, documentsAt);
        if (!Double.isNaN(place.timelineDivider())) {
            rows.setDividerPositions(place.timelineDivider());
            timelinePlaced = true;
        }
    }

    public Parent root() {
        return root;
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
}
