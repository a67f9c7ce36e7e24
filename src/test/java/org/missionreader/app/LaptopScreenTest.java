package org.missionreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionreader.i18n.Messages;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.TimelineEvent;
import org.missionreader.settings.AppSettings;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.settings.SettingsStore;
import org.missionreader.ui.Screenshots;
import org.missionreader.ui.Shown;
import org.missionreader.ui.TimelinePane;
import org.missionreader.ui.timeline.TimelineLabels;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application's first start on a laptop's screen, as the launcher runs it: surefire runs this class
 * once per screen (1366x768, 1024x700 and 1920x1080: the executions named screen-* in pom.xml, each a
 * headless screen of that size), in French and English, in every theme. The window must open wholly
 * inside the screen's usable area, with every sidebar row whole; a screenshot of each is saved.
 */
class LaptopScreenTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";

    private final Locale before = Locale.getDefault();
    private Application app;
    private Stage stage;

    static Stream<Arguments> starts() {
        return Stream.of(Locale.FRENCH, Locale.ENGLISH).flatMap(locale -> Stream.of(ReadingSettings.Theme.values())
                .map(theme -> Arguments.of(locale, theme)));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        if (stage != null) WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        FxToolkit.registerPrimaryStage();
        System.clearProperty(SettingsStore.DIRECTORY_PROPERTY);
        Locale.setDefault(before);
    }

    /** Starts the application as the launcher does, with only a language and a theme remembered. */
    private void start(Locale locale, ReadingSettings.Theme theme, Path config, String... args) throws Exception {
        new SettingsStore(config).save(new AppSettings(null, locale.getLanguage(), null, null, 0,
                ReadingSettings.defaults().withTheme(theme), List.of()));
        System.setProperty(SettingsStore.DIRECTORY_PROPERTY, config.toString());
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        Preload.start();
        Preload.bundledLibrary();
        app = FxToolkit.setupApplication(MissionReaderApp.class, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().getRoot().lookup("#mission-list") != null
                && stage.getTitle().contains(" \u2014 "));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("starts")
    void aFirstStartOpensWhollyOnTheScreenWithTheDocument(Locale locale, ReadingSettings.Theme theme,
            @TempDir Path config) throws Exception {
        start(locale, theme, config, "--open", PRESS_ELEMENTS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("MINUSMA"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        String where = screenName();
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        assertTrue(screen.contains(window), () -> "window " + window + " on screen " + screen);
        assertFalse(stage.isMaximized());
        // A comfortable share of the screen, never less than the minimum where the screen has room for it.
        assertTrue(window.getWidth() >= Math.min(800, screen.getWidth()) && window.getWidth() < screen.getWidth(),
                () -> "width " + window.getWidth() + " of " + screen.getWidth());

        // The timeline has the height its lanes need (within its share of the window), and in it the accord
        // initialed in Algiers and the closure are labelled, beside their markers, over nothing else.
        TimelinePane pane = (TimelinePane) stage.getScene().getRoot().lookupAll(".timeline-pane").stream()
                .filter(TimelinePane.class::isInstance).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getNeededHeight() > 0
                && pane.getHeight() >= Math.min(pane.getNeededHeight(), 0.34 * pane.getParent().getLayoutBounds().getHeight()) - 1);
        List<TimelineEvent> defining = new LibraryLoader().loadBundled().library().events().stream()
                .filter(e -> e.id().equals("minusma-accord-initialed-algiers") || e.id().equals("minusma-closure")).toList();
        assertEquals(2, defining.size());
        TimelineLabels.assertReadable(pane.timeline(), defining, screenName() + " " + locale + " " + theme);

        ListView<?> missions = (ListView<?>) stage.getScene().getRoot().lookup("#mission-list");
        List<Node> rows = List.copyOf(missions.lookupAll(".list-cell"));
        Shown.assertNoneCut(rows, ".mission-country");

        // The window wears its own theme, and no other: not one a window started before it in this JVM wore.
        for (ReadingSettings.Theme other : ReadingSettings.Theme.values()) {
            String sheet = org.missionreader.ui.settings.ReadingControls.themeStylesheet(other);
            if (sheet != null) assertEquals(other == theme, stage.getScene().getStylesheets().contains(sheet), other + " in " + theme);
        }
        Screenshots.save(stage.getScene(), "laptop-" + where + "-" + locale.getLanguage() + "-"
                + theme.name().toLowerCase(Locale.ROOT));
        assertEquals(locale.getLanguage(), Locale.getDefault().getLanguage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void secondaryWindowsOpenWholeOnTheScreenCentredOnTheWindow(String language, @TempDir Path config) throws Exception {
        Path broken = config.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1,\n  \"missions\": [\n    {\"id\": \"x\"},\n  ]\n}\n");
        Locale locale = Locale.forLanguageTag(language);
        start(locale, ReadingSettings.Theme.LIGHT, config, broken.toString());
        FxRobot robot = new FxRobot();
        // The press elements, opened from the document list as a reader would.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#document-list .list-cell").queryAll()
                .stream().anyMatch(c -> c instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() != null));
        robot.clickOn(robot.lookup("#document-list .list-cell").queryAll().iterator().next());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("MINUSMA"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#problems-button").tryQuery()
                .map(Node::isVisible).orElse(false));
        String where = screenName() + "-" + language;

        robot.clickOn(Messages.get(locale, "menu.file").replace("_", ""));
        robot.clickOn(Messages.get(locale, "menu.file.printPreview").replace("_", ""));
        assertOpensWholeAndCentred(robot, "print-preview-" + where);

        robot.clickOn(stage.getScene().getRoot().lookup("#problems-button"));
        assertOpensWholeAndCentred(robot, "problems-" + where);

        robot.clickOn(Messages.get(locale, "menu.help").replace("_", ""));
        robot.clickOn(Messages.get(locale, "menu.help.about"));
        assertOpensWholeAndCentred(robot, "about-" + where);
    }

    /** The window opened last: inside the screen, larger than 200x200, centred across on the main window; then closed. */
    private void assertOpensWholeAndCentred(FxRobot robot, String shot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> secondary() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window opened = secondary();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = new Rectangle2D(opened.getX(), opened.getY(), opened.getWidth(), opened.getHeight());
        assertTrue(screen.contains(bounds), () -> shot + ": " + bounds + " on " + screen);
        assertTrue(bounds.getWidth() > 200 && bounds.getHeight() > 200, () -> shot + ": " + bounds);
        double mainCentre = stage.getX() + stage.getWidth() / 2;
        double centre = bounds.getMinX() + bounds.getWidth() / 2;
        assertTrue(Math.abs(centre - mainCentre) <= 2 || bounds.getMinX() == screen.getMinX()
                || bounds.getMaxX() == screen.getMaxX(), () -> shot + ": centre " + centre + ", main window's " + mainCentre);
        Screenshots.save(opened.getScene(), shot);
        WaitForAsyncUtils.asyncFx(opened::hide).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A window shown besides the main one (and the test's primary stage), if any. */
    private Window secondary() {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w instanceof Stage s && s.getOwner() == stage)
                .findFirst().orElse(null);
    }

    /** "1366x768", named after the whole screen (the usable area may be smaller). */
    private static String screenName() {
        Rectangle2D whole = Screen.getPrimary().getBounds();
        return (int) whole.getWidth() + "x" + (int) whole.getHeight();
    }
}
