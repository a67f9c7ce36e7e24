package org.missionreader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.Document;
import org.missionreader.files.ExclusiveLock;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.Library;
import org.missionreader.library.Mission;
import org.missionreader.library.TimelineEvent;
import org.missionreader.settings.ReadingSettings.Theme;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.ImportTarget;
import org.missionreader.ui.application.InMemoryImportTarget;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.MyLibraryTarget;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.importer.ImportForm;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing a document as a reader would: a text file written here read into the import form, its fields
 * filled, two paragraphs merged, saved into the reader's own library (in memory here), then seen in the
 * document list and the reader; edited and removed again; a missing file and a binary file refused with a
 * message. The form's screenshots in both languages and every theme, with its text's contrast checked.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFormTest {

    @TempDir
    Path dir;

    private ReaderModel model;
    private MainWindow window;
    private Stage stage;
    private InMemoryImportTarget target;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow shown = TestWindow.show(stage, Locale.ENGLISH);
        model = shown.model();
        window = shown.window();
        target = new InMemoryImportTarget();
        window.setImportTarget(target);
    }

    @BeforeEach
    void loaded() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
    }

    private Path statement() throws Exception {
        Path file = dir.resolve("statement.txt");
        Files.writeString(file, "The Security Council welcomes the initialling\nof the agreement.\n\n"
                + "It calls on all parties to sign it.\n\nThe Council will follow the situation closely.\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private ImportForm openForm(FxRobot robot, Path file) throws TimeoutException {
        ImportForm form = window.imports().form();
        robot.interact(() -> window.imports().importFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return form;
    }

    /** Waits for the form's save job to answer: the form has then closed, or it says why not. */
    private void saved(ImportForm form) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !form.isSaving());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(form.isShowing(), () -> this.<Label>in(form, "#import-problems").getText());
    }

    /** Waits for a change of the reader's library asked for outside the form (remove, add an event) to end. */
    private void changed() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.imports().savingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> T in(ImportForm form, String id) {
        return (T) form.stage().getScene().lookup(id);
    }

    @Test
    void aTextFileIsReadFixedMergedAndSavedThenShowsInTheListAndTheReader(FxRobot robot) throws Exception {
        // The command is in the registry with its shortcut, and File lists it.
        Command command = window.services().commands().get("import-document");
        assertEquals("Shortcut+I", command.accelerator().getName());
        assertTrue(window.fileMenu().getItems().stream().anyMatch(i -> "menu-import-document".equals(i.getId())));

        ImportForm form = openForm(robot, statement());
        TextArea original = in(form, "#import-original");
        assertTrue(original.getText().startsWith("The Security Council welcomes the initialling of the agreement."));
        assertFalse(original.isEditable());
        // What the file gave is proposed (its name as the source); what it could not read stays empty.
        assertEquals("statement.txt", this.<TextField>in(form, "#import-source-name").getText());
        assertTrue(this.<Label>in(form, "#import-source-name-proposed").isVisible());
        assertEquals("", this.<TextField>in(form, "#import-title").getText());
        assertFalse(this.<Label>in(form, "#import-title-proposed").isVisible());
        ListView<String> paragraphs = in(form, "#import-paragraphs");
        assertEquals(3, paragraphs.getItems().size());

        // Save with nothing chosen: the form says what is missing and stays open.
        robot.clickOn("#import-save");
        String problems = this.<Label>in(form, "#import-problems").getText();
        assertTrue(problems.contains("A title is needed."), problems);
        assertTrue(problems.contains("Choose the document’s mission."), problems);
        assertTrue(form.isShowing());

        robot.clickOn("#import-title").write("Press statement on the agreement");
        robot.clickOn("#import-date").write("2015-03");
        assertEquals("March 2015", this.<Label>in(form, "#import-date-shown").getText());
        robot.interact(() -> {
            this.<ComboBox<DocumentKind>>in(form, "#import-kind").setValue(DocumentKind.PRESS_STATEMENT);
            this.<ChoiceBox<String>>in(form, "#import-language").setValue("en");
            ComboBox<?> missions = in(form, "#import-mission");
            selectMission(missions, "minusma");
        });
        // The first two paragraphs are one.
        robot.interact(() -> paragraphs.getSelectionModel().select(0));
        robot.interact(() -> paragraphs.scrollTo(0));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) in(form, "#import-fields")).setVvalue(1));
        robot.clickOn("#import-merge");
        assertEquals(List.of("The Security Council welcomes the initialling of the agreement. It calls on all parties to sign it.",
                "The Council will follow the situation closely."), List.copyOf(paragraphs.getItems()));
        Screenshots.save(form.stage().getScene(), "import-form-filled-en");

        robot.clickOn("#import-save");
        saved(form);

        Document saved = model.documentProperty().get();
        assertEquals("Press statement on the agreement", saved.title());
        assertEquals("minusma", saved.missionId());
        assertEquals("2015-03", saved.date().toString());
        assertEquals(2, saved.paragraphs().size());
        assertEquals("statement.txt", saved.source().name());
        assertEquals(List.of(saved), target.library().documents());
        assertTrue(window.documents().list().getItems().contains(saved), "the document list shows it");
        assertTrue(model.library().document("minusma-press-elements-2015-03-04").isPresent(), "the bundled library stays");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().lookup("#reader-page").lookupAll("Text").stream()
                .anyMatch(n -> n instanceof javafx.scene.text.Text t && t.getText().contains("calls on all parties")),
                "the reader shows its text");
        assertEquals(List.of("“Press statement on the agreement” added to your library."), window.notices().texts());

        // Edit > Edit Document… opens the same form on it, nothing marked as proposed.
        assertTrue(window.services().commands().get("edit-document").enabled().get());
        robot.interact(() -> window.services().commands().get("edit-document").execute());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(form.isShowing());
        assertEquals("Press statement on the agreement", this.<TextField>in(form, "#import-title").getText());
        assertFalse(this.<Label>in(form, "#import-source-name-proposed").isVisible());
        TextField title = in(form, "#import-title");
        robot.interact(() -> title.setText("Press statement of March 2015"));
        robot.clickOn("#import-save");
        saved(form);
        assertEquals("Press statement of March 2015", model.documentProperty().get().title());
        assertEquals(saved.id(), model.documentProperty().get().id());

        // Remove Document…, confirmed.
        Platform.runLater(() -> window.services().commands().get("remove-document").execute());
        dialogShown(robot, "#import-remove-dialog");
        robot.clickOn("Remove");
        changed();
        assertTrue(target.library().documents().isEmpty());
        assertTrue(model.library().document(saved.id()).isEmpty());
        assertFalse(window.services().commands().get("edit-document").enabled().get());
    }

    /**
     * Waits until the dialog holding the node is on screen and has the keyboard: the node is in the dialog's scene
     * a moment before its window shows, and a click or a key sent in that moment finds nothing visible.
     */
    private static void dialogShown(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing() && node.getScene().getWindow().isFocused())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Text copied elsewhere, pasted with Import from Clipboard (Ctrl+Shift+V), opens in the form as read. */
    @Test
    void textOnTheClipboardIsImportedByItsShortcut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("Déclaration à la presse sur le Mali\n\n4 mars 2015\n\nLes membres du Conseil saluent l’accord.\n\n"
                    + "Ils appellent les parties à le signer.");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        ImportForm form = window.imports().form();
        assertEquals("Shift+Shortcut+V", window.services().commands().get("import-clipboard").accelerator().getName());
        robot.clickOn("#reader-page");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(this.<TextArea>in(form, "#import-original").getText().contains("Les membres du Conseil saluent l’accord."));
        // The heading gave the fields; the statement's two paragraphs are listed.
        assertEquals("Déclaration à la presse sur le Mali", this.<TextField>in(form, "#import-title").getText());
        assertEquals(List.of("Les membres du Conseil saluent l’accord.", "Ils appellent les parties à le signer."),
                List.copyOf(this.<ListView<String>>in(form, "#import-paragraphs").getItems()));
        robot.interact(() -> form.stage().hide());
    }

    /** A new mission, made in the form, saved with its document into a real my-library.json that loads again. */
    @Test
    void aNewMissionMadeInTheFormIsSavedWithItsDocumentInTheReadersOwnFile(FxRobot robot) throws Exception {
        org.missionreader.mylibrary.MyLibrary mine = new org.missionreader.mylibrary.MyLibrary(dir.resolve("my-library.json"),
                new org.missionreader.library.LibraryLoader().loadBundled().library());
        Noted noted = new Noted(new MyLibraryTarget(mine.file()));
        robot.interact(() -> window.setImportTarget(noted));
        ImportForm form = openForm(robot, statement());
        robot.clickOn("#import-title").write("Statement on a new mission");
        robot.clickOn("#import-date").write("2026-11-30");
        robot.interact(() -> {
            this.<ComboBox<DocumentKind>>in(form, "#import-kind").setValue(DocumentKind.PRESS_STATEMENT);
            this.<ChoiceBox<String>>in(form, "#import-language").setValue("en");
            ComboBox<?> missions = in(form, "#import-mission");
            for (Object choice : missions.getItems()) {
                if (choice.toString().contains("mission=null")) select(missions, choice);
            }
            this.<TextField>in(form, "#import-new-id").setText("unxm");
            this.<TextField>in(form, "#import-new-acronym").setText("UNXM");
            this.<TextField>in(form, "#import-new-name").setText("United Nations Example Mission");
            this.<TextField>in(form, "#import-new-country").setText("Exampleland");
            this.<TextField>in(form, "#import-new-start").setText("2020-05");
        });
        // The format asks every mission for its state and the day it was checked: the form says so first.
        robot.interact(() -> this.<Button>in(form, "#import-save").fire());
        String problems = this.<Label>in(form, "#import-problems").getText();
        assertTrue(problems.contains("ongoing or closed"), problems);
        assertTrue(problems.contains("was checked"), problems);
        assertTrue(form.isShowing());
        robot.interact(() -> {
            this.<ChoiceBox<org.missionreader.library.MissionStatus>>in(form, "#import-new-status")
                    .setValue(org.missionreader.library.MissionStatus.ONGOING);
            this.<TextField>in(form, "#import-new-as-of").setText("2026-12-02");
            this.<Button>in(form, "#import-save").fire();
        });
        saved(form);
        assertTrue(model.library().mission("unxm").isPresent(), "the new mission is in the window");
        org.missionreader.library.LoadResult again = mine.load();
        assertTrue(again.problems().isEmpty(), again.problems().toString());
        assertEquals("Statement on a new mission", again.library().documents().get(0).title());
        assertEquals("unxm", again.library().documents().get(0).missionId());

        // Edit > Add an Event on This Date…: named in a dialog (the title offered), on the document's date, linked to it.
        String docId = again.library().documents().get(0).id();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.documentProperty().get() != null
                && model.documentProperty().get().id().equals(docId));
        Command addEvent = window.services().commands().get("add-event");
        assertTrue(addEvent.enabled().get(), "the reader's own dated document can be put on the timeline");
        Platform.runLater(addEvent::execute);
        dialogShown(robot, "#import-event-dialog");
        robot.push(KeyCode.ENTER);
        changed();
        var events = mine.load().library().events();
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of(docId), events.get(0).documentIds());
        assertEquals("2026-11-30", events.get(0).date().toString());
        assertEquals("Statement on a new mission", events.get(0).title().en());
        assertFalse(model.library().eventsLinkedTo(docId).isEmpty(), "the event is on the window's timeline");
        // Each change of the file ran in a job, none on the JavaFX thread.
        assertEquals(2, noted.calls.size(), noted.calls.toString());
        assertTrue(noted.calls.get(0).startsWith("add on mission-reader-job-"), noted.calls.toString());
        assertTrue(noted.calls.get(1).startsWith("addEvent on mission-reader-job-"), noted.calls.toString());
    }

    /**
     * Saving is a job: while the reader's library file is locked by another writer, the form waits, Save and
     * Cancel disabled, "Saving to your library…" shown, the JavaFX thread free and the change under way on a
     * job's thread; then it is written and the form closes. A change the loader refuses (a new mission with the
     * bundled library's id) and one the file refuses (written by a newer reader) leave the form open with their
     * problems and what was typed.
     */
    @Test
    void savingRunsAsAJobOffTheJavaFxThreadAndARefusalKeepsWhatWasTyped(FxRobot robot) throws Exception {
        Path file = dir.resolve("my-library.json");
        Noted noted = new Noted(new MyLibraryTarget(file));
        robot.interact(() -> window.setImportTarget(noted));
        ImportForm form = openForm(robot, statement());
        robot.interact(() -> {
            this.<TextField>in(form, "#import-title").setText("Statement saved in a job");
            this.<TextField>in(form, "#import-date").setText("2015-03-04");
            this.<ComboBox<DocumentKind>>in(form, "#import-kind").setValue(DocumentKind.PRESS_STATEMENT);
            this.<ChoiceBox<String>>in(form, "#import-language").setValue("en");
            ComboBox<?> missions = in(form, "#import-mission");
            select(missions, missions.getItems().get(missions.getItems().size() - 1));
            // A new mission with the bundled library's id: the form's own checks pass, the library refuses it.
            this.<TextField>in(form, "#import-new-id").setText("minusma");
            this.<TextField>in(form, "#import-new-acronym").setText("UNXM");
            this.<TextField>in(form, "#import-new-name").setText("United Nations Example Mission");
            this.<TextField>in(form, "#import-new-country").setText("Exampleland");
            this.<TextField>in(form, "#import-new-start").setText("2020-05");
            this.<ChoiceBox<org.missionreader.library.MissionStatus>>in(form, "#import-new-status")
                    .setValue(org.missionreader.library.MissionStatus.ONGOING);
            this.<TextField>in(form, "#import-new-as-of").setText("2026-12-02");
        });
        robot.interact(() -> this.<Button>in(form, "#import-save").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !form.isSaving());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(form.isShowing(), "a refused save leaves the form open");
        String refused = this.<Label>in(form, "#import-problems").getText();
        assertTrue(refused.startsWith("Your library refused it: ") && refused.contains("minusma"), refused);
        assertEquals("Statement saved in a job", this.<TextField>in(form, "#import-title").getText());
        assertEquals("minusma", this.<TextField>in(form, "#import-new-id").getText());
        assertEquals("Exampleland", this.<TextField>in(form, "#import-new-country").getText());
        assertFalse(this.<Button>in(form, "#import-save").isDisabled(), "Save again once refused");
        assertFalse(Files.exists(file), "nothing written");

        // The bundled mission instead; the file's lock held by another writer while the form saves.
        robot.interact(() -> selectMission(in(form, "#import-mission"), "minusma"));
        List<String> whileSaving = ExclusiveLock.holding(file.resolveSibling("my-library.json.lock"), () -> {
            // Not robot.interact: were the change run on the JavaFX thread, it would wait for the lock there.
            Platform.runLater(() -> this.<Button>in(form, "#import-save").fire());
            // The change has begun, and waits for the lock.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> noted.calls.size() == 2);
            return WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
                // The JavaFX thread is free meanwhile: this runs on it.
                List<String> seen = new ArrayList<>();
                Label status = in(form, "#import-saving");
                if (form.isSaving()) seen.add("saving");
                if (status.isVisible()) seen.add("status " + status.getText());
                if (this.<Button>in(form, "#import-save").isDisabled()) seen.add("save disabled");
                if (this.<Button>in(form, "#import-cancel").isDisabled()) seen.add("cancel disabled");
                seen.add("title " + this.<TextField>in(form, "#import-title").getText());
                for (Job job : window.services().jobs().running()) {
                    if (job.kind() == Job.Kind.SAVE_IMPORT) {
                        seen.add("job " + job.title().get());
                        // Not cancellable: once begun, the change is written or refused.
                        job.cancel();
                        if (job.isCancelled()) seen.add("cancelled");
                    }
                }
                return seen;
            }));
        });
        assertEquals(List.of("saving", "status Saving to your library…", "save disabled", "cancel disabled",
                "title Statement saved in a job", "job Saving to your library"), whileSaving);
        saved(form);
        assertTrue(Files.readString(file).contains("Statement saved in a job"), "written once the lock was free");
        Document saved = model.documentProperty().get();
        assertEquals("Statement saved in a job", saved.title());
        assertEquals("minusma", saved.missionId());

        // Edited, but the file has meanwhile been written by a newer reader: refused, the edit kept.
        byte[] before = Files.readAllBytes(file);
        Files.writeString(file, new String(before, StandardCharsets.UTF_8).replace("\"myLibrary\" : 1", "\"myLibrary\" : 2"));
        robot.interact(() -> window.services().commands().get("edit-document").execute());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> this.<TextField>in(form, "#import-title").setText("Statement edited in a job"));
        robot.interact(() -> this.<Button>in(form, "#import-save").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !form.isSaving());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(form.isShowing());
        String newer = this.<Label>in(form, "#import-problems").getText();
        assertTrue(newer.contains("newer Mission Reader"), newer);
        assertEquals("Statement edited in a job", this.<TextField>in(form, "#import-title").getText());
        assertFalse(this.<TextField>in(form, "#import-title").isDisabled());
        assertEquals("Statement saved in a job", model.documentProperty().get().title(), "the window is as the file");

        // The file as it was: saved again from the same form.
        Files.write(file, before);
        robot.interact(() -> this.<Button>in(form, "#import-save").fire());
        saved(form);
        assertTrue(Files.readString(file).contains("Statement edited in a job"));
        assertEquals("Statement edited in a job", model.documentProperty().get().title());

        // Every change of the file ran on a job's thread, never on the JavaFX thread.
        assertEquals(List.of("add", "add", "replace", "replace"), noted.calls.stream().map(c -> c.split(" ")[0]).toList());
        assertTrue(noted.calls.stream().allMatch(c -> c.contains(" on mission-reader-job-")), noted.calls.toString());
    }

    /** The window's file target, with the thread each change is called on: the change (lock, read, check, write) runs inside the call. */
    private static final class Noted implements ImportTarget {
        final ImportTarget real;
        final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

        Noted(ImportTarget real) {
            this.real = real;
        }

        private void note(String what) {
            calls.add(what + (Platform.isFxApplicationThread() ? " on the JavaFX thread" : " on " + Thread.currentThread().getName()));
        }

        @Override
        public String origin() {
            return real.origin();
        }

        @Override
        public Library add(Library known, Document doc, Mission m) throws Exception {
            note("add");
            return real.add(known, doc, m);
        }

        @Override
        public Library replace(Library known, Document doc) throws Exception {
            note("replace");
            return real.replace(known, doc);
        }

        @Override
        public Library remove(Library known, String id) throws Exception {
            note("remove");
            return real.remove(known, id);
        }

        @Override
        public Library addEvent(Library known, TimelineEvent e) throws Exception {
            note("addEvent");
            return real.addEvent(known, e);
        }
    }

    private static void selectMission(ComboBox<?> missions, String id) {
        for (Object choice : missions.getItems()) {
            if (choice.toString().contains("id=" + id + ",")) {
                select(missions, choice);
                return;
            }
        }
        throw new AssertionError("no mission " + id);
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(ComboBox<T> box, Object value) {
        box.setValue((T) value);
    }

    @Test
    void aMissingFileAndABinaryFileAreRefusedWithAMessage(FxRobot robot) throws Exception {
        Path missing = dir.resolve("nowhere.txt");
        robot.interact(() -> window.imports().importFile(missing));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.imports().busy() && !window.notices().texts().isEmpty());
        assertEquals(List.of("Could not import " + missing + ": there is no such file."), window.notices().texts());

        Path binary = dir.resolve("picture.txt");
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
        Files.write(binary, bytes);
        robot.interact(() -> window.imports().importFile(binary));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.imports().busy()
                && window.notices().texts().stream().anyMatch(t -> t.contains("picture.txt")));
        String said = window.notices().texts().get(0);
        assertTrue(said.startsWith("Could not import " + binary + ": "), said);
        assertFalse(window.imports().form().isShowing(), "no form for a file that cannot be read");
    }

    @Test
    void aDroppedTextFileOpensTheFormAndAJsonStillOpensALibrary(FxRobot robot) throws Exception {
        Path library = dir.resolve("extra.json");
        Files.copy(Path.of("src/test/resources/libraries/extra.json"), library);
        Path text = statement();
        robot.interact(() -> window.dropped(List.of(text.toFile(), library.toFile())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.imports().form().isShowing()
                && !window.libraryOpener().busy() && model.library().mission("essai").isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.imports().form().isShowing(), "Escape cancels");
        assertTrue(target.library().documents().isEmpty());
    }

    @Test
    void theFormInBothLanguagesAndEveryThemeAtTwoScreenSizes(FxRobot robot) throws Exception {
        Path file = statement();
        List<String> faults = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            robot.interact(() -> window.services().i18n().localeProperty().set(locale));
            for (Theme theme : Theme.values()) {
                robot.interact(() -> window.reading().settingsProperty().set(window.reading().settings().withTheme(theme)));
                for (int[] screen : new int[][]{{1366, 768}, {1024, 700}}) {
                    ImportForm form = openForm(robot, file);
                    // The size the form takes on such a screen (OwnerScreen leaves room for the frame).
                    robot.interact(() -> {
                        form.stage().setWidth(Math.min(980, screen[0] - 40));
                        form.stage().setHeight(Math.min(640, screen[1] - 60));
                        this.<TextField>in(form, "#import-title").setText(locale == Locale.FRENCH
                                ? "Déclaration à la presse" : "Press statement");
                        this.<ChoiceBox<String>>in(form, "#import-language").setValue(locale.getLanguage());
                        ComboBox<?> missions = in(form, "#import-mission");
                        select(missions, missions.getItems().get(missions.getItems().size() - 1));
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    String name = "import-form-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT)
                            + "-" + screen[0] + "x" + screen[1];
                    Scene scene = form.stage().getScene();
                    Screenshots.save(scene, name);
                    faults.addAll(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                        List<String> out = new ArrayList<>();
                        Contrast.faint(scene).forEach(f -> out.add(name + ": " + f));
                        for (String id : List.of("#import-save", "#import-cancel", "#import-merge", "#import-split")) {
                            Button b = (Button) scene.lookup(id);
                            if (b.getBoundsInParent().getMaxX() > scene.getWidth() + 1 || b.getWidth() < b.prefWidth(-1) - 1) {
                                out.add(name + ": " + id + " clipped");
                            }
                        }
                        return out;
                    })));
                    robot.interact(() -> form.stage().hide());
                }
            }
        }
        robot.interact(() -> window.services().i18n().localeProperty().set(Locale.ENGLISH));
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
    }
}
