package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.notes.Anchor;
import org.missionreader.notes.Note;
import org.missionreader.notes.NoteColour;
import org.missionreader.notes.NotesFile;
import org.missionreader.notes.NotesStore;
import org.missionreader.settings.SettingsStore;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Fonts;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.notes.NotesExportCommands;
import org.missionreader.ui.controls.NoticeBar;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes file as the application wires it: File > Export Notes… in the registry, the export job and its
 * notice, and the notices for a notes file set aside and for a failed write; with the real window headless.
 */
@ExtendWith(ApplicationExtension.class)
class NotesWiringTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;
    private Notes notes;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
    }

    private void launch(FxRobot robot, Locale locale) throws Exception {
        Path data = dir.resolve("data");
        notes = new Notes(new NotesFile(data));
        NotesStore.Loaded loaded = notes.load();
        SettingsStore settings = new SettingsStore(dir.resolve("config"));
        SettingsStore.Loaded settingsLoaded = settings.load();
        ReaderModel model = new ReaderModel();
        robot.interact(() -> {
            window = new MainWindow(Services.create(model, new I18n(locale), notes), "test");
            TestWindow.putOn(stage, window);
            stage.show();
            new Session(stage, window, model, window.services().i18n(), settings, settingsLoaded, null).watchNotes(notes, loaded);
            window.loadBundled();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The command's own instance, on services of its own with the window's notes and model (the window keeps its own). */
    private NotesExportCommands exporter(NoticeBar bar) {
        Services own = new Services(window.services().model(), window.services().i18n(), window.services().jobs(),
                new org.missionreader.ui.application.Commands(), window.services().windows(), notes);
        return NotesExportCommands.install(own, bar);
    }

    @Test
    void exportNotesIsAFileCommandAndWritesInAJobWithANotice(FxRobot robot) throws Exception {
        launch(robot, Locale.ENGLISH);
        Command command = window.services().commands().all().stream().filter(c -> c.id().equals("export-notes")).findFirst().orElseThrow();
        assertEquals(Command.Menu.FILE, command.menu());
        Instant t = Instant.parse("2026-12-01T09:00:00Z");
        robot.interact(() -> notes.put(new Note("n1", new Anchor("minusma-press-elements-2015-03-04", 1, 0, 0, "une étape importante"),
                NoteColour.GREEN, "à citer", t, t)));
        Path out = dir.resolve("export.md");
        Task<Integer>[] task = new Task[1];
        NoticeBar bar = new NoticeBar(window.services().i18n());
        robot.interact(() -> task[0] = exporter(bar).exportTo(out));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(out).contains("> une étape importante"));
        assertTrue(bar.texts().contains("1 note exported to " + out + "."), bar.texts().toString());
        // The note was written to the notes file too.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("data/notes.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new NotesFile(dir.resolve("data")).load().notebook().notes().size() == 1);
        robot.interact(() -> notes.close());
    }

    @Test
    void aFailedExportSaysWhereAndWhy(FxRobot robot) throws Exception {
        launch(robot, Locale.FRENCH);
        Path out = dir.resolve("absent/export.md");
        Task<Integer>[] task = new Task[1];
        NoticeBar bar = new NoticeBar(window.services().i18n());
        robot.interact(() -> task[0] = exporter(bar).exportTo(out));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.texts().contains("Les notes n’ont pas pu être exportées dans " + out + "\u00A0: son dossier n’existe pas"),
                bar.texts().toString());
    }

    @Test
    void aNotesFileSetAsideIsSaidWithWhereAndWhy(FxRobot robot) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/notes.json"), "{ broken");
        launch(robot, Locale.ENGLISH);
        String notice = window.notices().texts().stream().filter(s -> s.startsWith("Your notes file")).findFirst().orElse(null);
        assertNotNull(notice, window.notices().texts().toString());
        assertTrue(notice.contains(dir.resolve("data/notes.json") + ") could not be used and was set aside as " + dir.resolve("data/notes.json.corrupt-")), notice);
        assertTrue(notice.contains("Detail: not JSON"), notice);
    }

    @Test
    void aFailedWriteIsSaidInTheNoticeBar(FxRobot robot) throws Exception {
        launch(robot, Locale.ENGLISH);
        // A folder where the data directory should be a file's parent: every write fails.
        Files.writeString(dir.resolve("data"), "a file, not a folder");
        Instant t = Instant.parse("2026-12-01T09:00:00Z");
        robot.interact(() -> notes.put(new Note("n1", new Anchor("minusma-press-elements-2015-03-04", 1, 0, 0, "une"),
                NoteColour.GREEN, "", t, t)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.notices().texts().stream().anyMatch(s -> s.startsWith("Your last change to the notes could not be saved: ")));
        assertEquals(1, window.notices().texts().stream().filter(s -> s.startsWith("Your last change")).count());
    }
}
