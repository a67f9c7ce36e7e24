package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionreader.notes.Note;
import org.missionreader.notes.NotesFile;
import org.missionreader.notes.NotesStore;
import org.missionreader.ui.application.Fonts;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A note outlives the window: made in one window, that window closed (its notes written to notes.json), a
 * new window with new services and a new store on the same data directory finds the note where it was,
 * drawn and listed.
 */
@ExtendWith(ApplicationExtension.class)
class NotesRestartTest {

    /** The data directory both windows keep their notes in, each through its own store as a new process would. */
    private final Path dataDirectory = newDirectory();
    private Stage stage;
    private TestWindow first;

    private static Path newDirectory() {
        try {
            Path under = Path.of("target", "test-data");
            Files.createDirectories(under);
            return Files.createTempDirectory(under, "notes-restart-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NotesStore store() {
        return new NotesFile(dataDirectory);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        first = open(stage, store());
    }

    private TestWindow open(Stage on, NotesStore store) {
        Fonts.load();
        ReaderModel model = new ReaderModel();
        Notes notes = new Notes(store);
        notes.load();
        MainWindow window = new MainWindow(Services.create(model, new I18n(Locale.ENGLISH), notes), "test");
        TestWindow.putOn(on, window);
        on.show();
        window.loadBundled();
        return new TestWindow(model, window);
    }

    @Test
    void aNoteMadeBeforeARestartIsFoundWhereItWas(FxRobot robot) throws Exception {
        ReaderProbe probe = new ReaderProbe(robot, first);
        probe.openPressElements(stage, 1366, 768);
        String text = first.window().reader().page().blockText(first.window().reader().page().indexOf(probe.paragraph(1)));
        int start = 0;
        int end = text.indexOf(' ', text.indexOf(' ') + 1);
        String quote = text.substring(start, end);
        Point2D a = probe.screenPointOf(1, start, start + 1);
        Point2D b = probe.screenPointOf(1, end - 1, end);
        double left = javafx.scene.text.Font.getDefault().getSize() / 3;
        robot.moveTo(new Point2D(a.getX() - left, a.getY())).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getX() + left, b.getY())).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quote, first.window().reader().page().selectedText());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> first.window().noteEditor().isShowing());
        robot.clickOn("#note-editor-text").write("kept across a restart");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Note> made = first.window().services().notes().notesOf(ReaderProbe.PRESS_ELEMENTS);
        assertEquals(1, made.size());
        Note note = made.get(0);
        assertEquals("kept across a restart", note.text());

        // The window closes as the application's does: its notes are written before it goes.
        robot.interact(() -> {
            first.window().services().notes().close();
            stage.hide();
        });

        Stage again = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new));
        TestWindow second = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> open(again, store())));
        ReaderProbe probe2 = new ReaderProbe(robot, second);
        probe2.openPressElements(again, 1366, 768);
        List<Note> found = second.window().services().notes().notesOf(ReaderProbe.PRESS_ELEMENTS);
        assertEquals(List.of(note), found, "the same note, anchor and text");
        assertEquals(quote.strip(), found.get(0).anchor().quote());
        var page = second.window().reader().page();
        int block = page.indexOf(probe2.paragraph(1));
        assertEquals(1, WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> page.highlightLayers().paths(block).size())));
        robot.interact(() -> second.window().notesPanel().toggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(second.window().notesPanel().list().getItems().stream()
                .anyMatch(r -> r.toString().contains("kept across a restart")), () -> "listed in the new window’s notes panel: " + second.window().notesPanel().list().getItems());
        robot.interact(again::close);
    }
}
