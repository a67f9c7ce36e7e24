package org.missionreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Mission;
import org.missionreader.settings.AppSettings;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.settings.SettingsStore;
import org.missionreader.settings.WindowPlace;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application's own start, as the launcher runs it, headless: the window shows first with its opening
 * frame, already where and as the settings remember it, then takes its panes and the bundled library.
 */
class AppStartTest {

    @TempDir
    Path config;

    private final Locale before = Locale.getDefault();
    private Application app;
    private Stage stage;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        if (stage != null) WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        FxToolkit.registerPrimaryStage();
        System.clearProperty(SettingsStore.DIRECTORY_PROPERTY);
        System.clearProperty(org.missionreader.mylibrary.MyLibrary.FILE_PROPERTY);
        Locale.setDefault(before);
    }

    @Test
    void theWindowShowsWholeWithTheLibraryInItsFirstFrame() throws Exception {
        SettingsStore store = new SettingsStore(config);
        store.save(new AppSettings(new WindowPlace(30, 20, 1000, 700, false, 0.3, 0.55, Double.NaN), "en", null, null, 0,
                ReadingSettings.defaults().withTheme(ReadingSettings.Theme.DARK), List.of()));
        System.setProperty(SettingsStore.DIRECTORY_PROPERTY, config.toString());
        // The reader's own library, with a document of MINUSMA imported before: it opens with the bundled one.
        java.nio.file.Path mine = config.resolve("my-library.json");
        org.missionreader.library.Library bundled = new org.missionreader.library.LibraryLoader().loadBundled().library();
        new org.missionreader.mylibrary.MyLibrary(mine, bundled).add(new org.missionreader.library.Document(null, "minusma",
                org.missionreader.library.DocumentKind.PRESS_STATEMENT, "A statement of my own", null, null, "en",
                List.of("A paragraph imported before."), new org.missionreader.library.Source("mine.txt", null), null), null);
        System.setProperty(org.missionreader.mylibrary.MyLibrary.FILE_PROPERTY, mine.toString());
        FxToolkit.registerPrimaryStage();
        // A stage of the test's own, so that the application's session leaves the other tests' stage alone.
        stage = FxToolkit.registerStage(Stage::new);
        Map<String, Object> atShow = new ConcurrentHashMap<>();
        Map<String, Object> atPanes = new ConcurrentHashMap<>();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.showingProperty().addListener((obs, was, now) -> {
                if (!now || atShow.containsKey("root")) return;
                // What the window's first frame draws: the window is whole when it shows, not a frame filled in later.
                Parent root = stage.getScene().getRoot();
                atShow.put("root", List.copyOf(root.getStyleClass()));
                atShow.put("sheets", List.copyOf(stage.getScene().getStylesheets()));
                atShow.put("size", List.of(stage.getWidth(), stage.getHeight()));
                atShow.put("title", stage.getTitle());
                Node list = root.lookup("#mission-list");
                atShow.put("missionList", list != null);
                if (list instanceof javafx.scene.control.ListView<?> missions && missions.getSelectionModel().getSelectedItem() instanceof Mission m) {
                    atShow.put("mission", m.id());
                }
            });
            // The keyboard is on the mission list by the window's first pulse, which draws the first frame.
            stage.showingProperty().addListener((obs, was, now) -> {
                if (now) stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        Node owner = stage.getScene().getFocusOwner();
                        atPanes.put("focus", owner == null ? "none" : String.valueOf(owner.getId()));
                        // The timeline's height as the first frame draws it.
                        Node timeline = stage.getScene().getRoot().lookup(".timeline-pane");
                        if (timeline instanceof org.missionreader.ui.TimelinePane t) {
                            atPanes.put("timeline", t.getHeight());
                            atPanes.put("needed", t.getNeededHeight());
                            atPanes.put("rows", ((javafx.scene.layout.Region) t.getParent().getParent()).getHeight());
                        }
                    }
                });
            });
        }).get(10, TimeUnit.SECONDS);

        // As the launcher does: the bundled library is read while the toolkit starts (here, read by now).
        Preload.start();
        Preload.bundledLibrary();
        app = FxToolkit.setupApplication(MissionReaderApp.class);

        assertTrue(((List<?>) atShow.get("root")).contains("main-window"), () -> "at show: " + atShow);
        assertEquals(Boolean.TRUE, atShow.get("missionList"), () -> "at show: " + atShow);
        assertEquals("minusma", atShow.get("mission"), () -> "at show: " + atShow);
        assertEquals(List.of(1000.0, 700.0), atShow.get("size"));
        assertTrue(((List<?>) atShow.get("sheets")).stream().anyMatch(s -> s.toString().endsWith("theme-dark.css")),
                () -> "at show: " + atShow);
        assertEquals("MINUSMA \u2014 Mission Reader", atShow.get("title"));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sidebar() != null
                && sidebar().getSelectionModel().getSelectedItem() != null);
        Parent root = stage.getScene().getRoot();
        assertEquals("mission-list", atPanes.get("focus"), "the keyboard is on the mission list in the first frame");
        assertEquals("minusma", ((Mission) sidebar().getSelectionModel().getSelectedItem()).id());
        // Once the library is in, the title names the mission shown (issue 14).
        assertEquals("MINUSMA \u2014 Mission Reader", stage.getTitle());
        assertSame(sidebar(), stage.getScene().getFocusOwner());
        assertEquals(1, stage.getScene().getStylesheets().stream().filter(s -> s.endsWith("theme-dark.css")).count());
        // The dividers where the reader left them.
        javafx.scene.control.SplitPane columns = (javafx.scene.control.SplitPane) root.lookupAll(".split-pane").stream()
                .filter(n -> ((javafx.scene.control.SplitPane) n).getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.3, 0.55}, columns.getDividerPositions(), 0.02);
        // The language the settings remember.
        assertEquals("en", Locale.getDefault().getLanguage());
        // The reader's own library is open, its document listed under MINUSMA.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documentTitles().contains("A statement of my own"));
        // The timeline's divider is not remembered (the reader never moved it): the first frame draws the timeline
        // at the height its lanes need, within its share of the panes, not at a default a later frame corrects.
        double needed = (Double) atPanes.get("needed");
        double share = Math.min(needed + 4, 0.34 * (Double) atPanes.get("rows"));
        assertTrue(needed > 0, "the needed height known in the first frame");
        assertEquals(share, (Double) atPanes.get("timeline"), 6, () -> "the timeline's height in the first frame: " + atPanes);
    }

    /** The titles the document list shows. */
    private List<String> documentTitles() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ListView<?> list = (ListView<?>) stage.getScene().getRoot().lookup("#document-list");
            return list == null ? List.<String>of()
                    : list.getItems().stream().map(d -> ((org.missionreader.library.Document) d).title()).toList();
        }).get(5, TimeUnit.SECONDS);
    }

    /** The mission list, once the window's panes are in. */
    private ListView<?> sidebar() {
        return stage.getScene() == null ? null : (ListView<?>) stage.getScene().getRoot().lookup("#mission-list");
    }
}
