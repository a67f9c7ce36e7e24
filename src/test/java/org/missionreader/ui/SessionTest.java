package org.missionreader.ui;

import org.missionreader.ui.application.Services;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.LibraryLoader;
import org.missionreader.settings.AppSettings;
import org.missionreader.settings.ReadingSettings;
import org.missionreader.settings.SettingsStore;
import org.missionreader.settings.WindowPlace;
import org.missionreader.ui.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The remembered place and settings, a settings file set aside, and --open, with the real window headless. */
@ExtendWith(ApplicationExtension.class)
class SessionTest {

    private static final String PRESS_ELEMENTS = "minusma-press-elements-2015-03-04";
    private static final String NOTICE = "minusma-closure-notice";

    @TempDir
    Path configDir;

    private Stage stage;
    private ReaderModel model;
    private MainWindow window;
    private I18n i18n;
    private Session session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
    }

    /** Starts the window as the application does: settings first, the window placed and shown, then the session and the library. */
    private void launch(FxRobot robot, SettingsStore store, String openDocument) throws TimeoutException {
        SettingsStore.Loaded loaded = store.load();
        robot.interact(() -> {
            model = new ReaderModel();
            i18n = new I18n(Session.language(loaded.settings(), Locale.FRENCH));
            window = new MainWindow(Services.create(model, i18n), "test");
            TestWindow.putOn(stage, window);
            stage.setMinWidth(760);
            stage.setMinHeight(520);
            Session.placeWindow(stage, loaded.settings());
            stage.show();
            session = new Session(stage, window, model, i18n, store, loaded, openDocument);
            window.loadBundled();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePlaceAndSettingsAreRestoredAndSavedOnClose(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(configDir);
        // A reader who placed the dividers: the timeline keeps the height they gave it.
        store.save(new AppSettings(new WindowPlace(30, 20, 1000, 700, false, 0.3, 0.55, 0.7), "en", "minusma", PRESS_ELEMENTS, 0.6,
                new ReadingSettings(20, ReadingSettings.Typeface.SERIF, ReadingSettings.LineWidth.NARROW,
                        ReadingSettings.Theme.DARK), List.of("/data/extra.json")));
        launch(robot, store, null);

        assertEquals(Locale.ENGLISH, i18n.locale());
        assertEquals(PRESS_ELEMENTS, model.documentProperty().get().id());
        assertEquals(ReadingSettings.Theme.DARK, window.reading().settings().theme());
        assertEquals(20, window.reading().settings().fontSize());
        assertEquals(1000, stage.getWidth(), 1);
        assertEquals(700, stage.getHeight(), 1);
        assertEquals(0.6, window.reader().scroll().getVvalue(), 0.01);
        assertEquals(List.of("/data/extra.json"), session.recentFiles());
        assertTrue(window.notices().texts().isEmpty());

        robot.interact(() -> {
            model.open(model.library().document(NOTICE).orElseThrow());
            window.reading().larger();
            i18n.localeProperty().set(Locale.FRENCH);
        });
        robot.interact(stage::hide);
        AppSettings saved = store.load().settings();
        assertEquals(NOTICE, saved.documentId());
        assertEquals("minusma", saved.missionId());
        assertEquals("fr", saved.language());
        assertEquals(22, saved.reading().fontSize());
        assertEquals(ReadingSettings.Theme.DARK, saved.reading().theme());
        assertEquals(1000, saved.window().width(), 1);
        // Near where it was: the split pane keeps the timeline's height in pixels while the panes settle.
        assertEquals(0.7, saved.window().timelineDivider(), 0.03);
        assertEquals(List.of("/data/extra.json"), saved.recentFiles());
    }

    @Test
    void theRememberedMissionIsTheOneShownWhenNoDocumentWasOpen(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(configDir);
        store.save(new AppSettings(null, "fr", "unmiss", null, 0, ReadingSettings.defaults(), List.of()));
        launch(robot, store, null);
        assertEquals("unmiss", model.missionProperty().get().id());
        assertEquals("unmiss", window.sidebar().list().getSelectionModel().getSelectedItem().id());
    }

    @Test
    void valuesThatCannotBeUsedFallBackAloneAndTheWindowSaysWhichOnce(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(configDir);
        // Each of these once stopped the app from starting, on every start.
        Files.writeString(store.file(), "{\"window\": {\"x\": 0, \"y\": 0, \"width\": 1024, \"height\": 700},"
                + " \"reading\": {\"theme\": null, \"fontSize\": 21}, \"recentFiles\": [null]}");
        launch(robot, store, null);

        assertEquals(List.of("Certains de vos réglages (" + store.file() + ") n’ont pas pu être utilisés et reviennent à"
                + " leur valeur par défaut\u00A0: le thème, les bibliothèques récentes. Les autres sont conservés."), window.notices().texts());
        assertEquals(21, window.reading().settings().fontSize(), "the usable values are kept");
        assertEquals(1024, stage.getWidth());
        assertTrue(Files.exists(store.file()), "a file that was partly used is not set aside");
        Screenshots.save(stage.getScene(), "settings-partly-used");
        robot.clickOn("#language-en");
        assertTrue(window.notices().texts().get(0).startsWith("Some of your settings"), window.notices().texts().get(0));
        // Saved back clean: the next start says nothing.
        robot.interact(() -> session.save());
        assertTrue(store.load().unusable().isEmpty());
    }

    @Test
    void aCorruptSettingsFileIsSetAsideAndTheWindowSaysSo(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(configDir);
        Files.writeString(store.file(), "{ \"reading\": { \"theme\": ");
        launch(robot, store, null);

        List<String> notices = window.notices().texts();
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).startsWith("Vos réglages"), notices.get(0));
        assertTrue(notices.get(0).contains("settings.json.corrupt-"), notices.get(0));
        // Why, in the reader's language, never the parser's own English sentence.
        assertTrue(notices.get(0).endsWith("le JSON est mal formé en 1:25 (ligne:colonne)"), notices.get(0));
        try (var files = Files.list(configDir)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith("settings.json.corrupt-")).toList();
            assertEquals(1, aside.size());
            assertEquals("{ \"reading\": { \"theme\": ", Files.readString(aside.get(0)));
        }
        // The defaults, and the app runs on: MINUSMA, the light theme.
        assertEquals(ReadingSettings.defaults(), window.reading().settings());
        assertEquals("minusma", model.missionProperty().get().id());
        Screenshots.save(stage.getScene(), "settings-set-aside");
        // The message follows the language, and closes.
        robot.clickOn("#language-en");
        assertTrue(window.notices().texts().get(0).startsWith("Your settings"));
        assertTrue(window.notices().texts().get(0).endsWith("the JSON is broken at 1:25 (line:column)"), window.notices().texts().get(0));
        robot.clickOn(".notice-close");
        assertTrue(window.notices().texts().isEmpty());
    }

    @Test
    void openStartsOnTheDocumentAskedFor(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(configDir);
        store.save(AppSettings.defaults().withRecentFile("/x.json"));
        launch(robot, store, NOTICE);
        assertEquals(NOTICE, model.documentProperty().get().id());
        assertTrue(window.notices().texts().isEmpty());
    }

    @Test
    void anUnknownDocumentIsSaidAndTheAppStillOpens(FxRobot robot) throws Exception {
        launch(robot, new SettingsStore(configDir), "no-such-document");
        assertEquals(List.of("Aucun document ne porte l’identifiant «\u202fno-such-document\u202f» dans la bibliothèque."),
                window.notices().texts());
        assertEquals("minusma", model.missionProperty().get().id());
        assertFalse(model.loadingProperty().get());
    }
}
