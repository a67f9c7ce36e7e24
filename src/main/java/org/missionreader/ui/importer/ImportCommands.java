package org.missionreader.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.missionreader.importer.DocumentImporter;
import org.missionreader.importer.ImportDraft;
import org.missionreader.importer.ImportFailure;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibrarySet;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ImportTarget;
import org.missionreader.ui.application.InMemoryImportTarget;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Once;
import org.missionreader.ui.application.ReaderModel;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.controls.NoticeBar;

/**
 * Importing documents into the reader's own library: File > Import Document… (a file chooser), a file of
 * those kinds dropped on the window, Ctrl+Shift+V (text from the clipboard); each read as a job, then shown
 * in the {@link ImportForm}. Edit > Edit Document… and Remove Document… for a document of that library.
 * Saved documents go to the {@link ImportTarget} the window is given, each change as a
 * {@link Job.Kind#SAVE_IMPORT} job (the file is read, checked and written off the JavaFX thread), and show in
 * the window once it is done. One change at a time: while one runs, Edit Document…, Remove Document… and Add an
 * Event on This Date… wait (disabled), and a form read meanwhile opens once it has ended.
 */
public final class ImportCommands {

    public static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final List<String> EXTENSIONS = List.of(".pdf", ".txt", ".html", ".htm");

    private final Services services;
    private final ReaderModel model;
    private final I18n i18n;
    private final NoticeBar notices;
    private final ImportForm form;
    private ImportTarget target;
    private HBox lastNotice;
    private int running;
    /** True while a change of the reader's library runs. */
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public ImportCommands(Services services, NoticeBar notices) {
        this.services = services;
        this.model = services.model();
        this.i18n = services.i18n();
        this.notices = notices;
        this.form = new ImportForm(services);
        // Until the window is given the reader's library file, imports are kept for this session only.
        this.target = new InMemoryImportTarget();
    }

    /** Where saved documents go from now on. */
    public void setTarget(ImportTarget target) {
        this.target = Objects.requireNonNull(target);
    }

    public ImportTarget target() {
        return target;
    }

    /** File > Import Document… and Import from Clipboard; Edit > Edit Document… and Remove Document…. */
    public void addCommands(Commands commands) {
        commands.add(Command.of("import-document", Command.Menu.FILE, "menu.file.import", IMPORT, this::choose)
                .inSection("import"));
        commands.add(Command.of("import-clipboard", Command.Menu.FILE, "menu.file.importClipboard", PASTE, this::paste)
                .inSection("import"));
        BooleanBinding own = Bindings.createBooleanBinding(() -> !saving.get() && isOwn(model.documentProperty().get()),
                model.documentProperty(), model.libraryProperty(), saving);
        commands.add(Command.of("edit-document", Command.Menu.EDIT, "menu.edit.editDocument", null, this::editOpen)
                .inSection("own-document").enabledWhen(own));
        commands.add(Command.of("remove-document", Command.Menu.EDIT, "menu.edit.removeDocument", null, this::removeOpen)
                .inSection("own-document").enabledWhen(own));
        BooleanBinding dated = Bindings.createBooleanBinding(() -> !saving.get() && isOwn(model.documentProperty().get())
                && model.documentProperty().get().date() != null, model.documentProperty(), model.libraryProperty(), saving);
        commands.add(Command.of("add-event", Command.Menu.EDIT, "menu.edit.addEvent", null, this::addEventOpen)
                .inSection("own-document").enabledWhen(dated));
    }

    /** Whether a file is of a kind the import reads (by its name). */
    public static boolean importable(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The form, for tests. */
    public ImportForm form() {
        return form;
    }

    /** True while a file or text is being read. */
    public boolean busy() {
        return running > 0;
    }

    /** True while a change of the reader's library (a save, an edit, a removal, an event) runs as a job. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("menu.file.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("import.fileFilter"),
                EXTENSIONS.stream().map(e -> "*" + e).toList()));
        File chosen = chooser.showOpenDialog(services.windows().owner());
        if (chosen != null) importFile(chosen.toPath());
    }

    private void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasString() ? clipboard.getString() : null;
        if (text == null || text.isBlank()) {
            say(i18n.get("import.clipboardEmpty"));
            return;
        }
        importText(text);
    }

    /** Reads a file in the background and opens the form on what it gave, or says why it could not. */
    public void importFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        read(i18n.text("job.import", name), () -> DocumentImporter.read(file), file.toString());
    }

    /** Reads pasted text in the background and opens the form on it. */
    public void importText(String text) {
        read(i18n.text("job.importClipboard"), () -> DocumentImporter.fromText(text, null), i18n.get("import.clipboard"));
    }

    private interface Reading {
        ImportDraft read() throws ImportFailure;
    }

    private void read(StringBinding title, Reading reading, String where) {
        Task<ImportDraft> task = new Task<>() {
            @Override
            protected ImportDraft call() throws ImportFailure {
                return reading.read();
            }
        };
        running++;
        task.setOnSucceeded(e -> {
            running--;
            // Read while a change was being saved: the form is the saving one's until it has answered.
            Once.when(saving, false, () -> form.open(task.getValue(), null, true, this::saveNew));
        });
        task.setOnFailed(e -> {
            running--;
            say(failure(task.getException(), where));
        });
        task.setOnCancelled(e -> running--);
        services.jobs().submit(Job.Kind.IMPORT, title, task);
    }

    /** What, where and why, in the reader's language. */
    String failure(Throwable error, String where) {
        if (error instanceof ImportFailure f) {
            String place = f.file() == null ? where : f.file().toString();
            return i18n.get("import.failed", place, i18n.get("import.why." + f.why().name().toLowerCase(Locale.ROOT)));
        }
        return i18n.get("import.failed", where, String.valueOf(error));
    }

    private void saveNew(FormValues values, Consumer<List<String>> done) {
        Library all = model.library();
        String id = values.newId(candidate -> all.document(candidate).isPresent());
        Document doc = values.document(id);
        store((to, known) -> to.add(known, doc, values.mission()), doc.id(), "import.saved", doc.title(), done);
    }

    private void saveEdited(FormValues values, Consumer<List<String>> done) {
        Document doc = values.document(values.id());
        store((to, known) -> to.replace(known, doc), doc.id(), "import.updated", doc.title(), done);
    }

    /** A change of the reader's library, run on the job's thread. */
    private interface Change {
        Library apply(ImportTarget to, Library known) throws Exception;
    }

    /**
     * Applies a change to the reader's library as a job, off the JavaFX thread; then, on the JavaFX thread, shows
     * the library as it now is, opens the document and tells {@code done} so (an empty list), or tells it why the
     * change was refused. Nothing of the window is read on the job's thread: the target and the library the
     * change may lean on are taken here.
     */
    private void store(Change change, String documentId, String noticeKey, String title, Consumer<List<String>> done) {
        Library known = known();
        if (known == null) {
            done.accept(List.of(i18n.get("import.notReady")));
            return;
        }
        ImportTarget to = target;
        Task<Library> task = new Task<>() {
            @Override
            protected Library call() throws Exception {
                return change.apply(to, known);
            }
        };
        saving.set(true);
        task.setOnSucceeded(e -> {
            saving.set(false);
            model.showLibrary(to.origin(), task.getValue());
            if (documentId != null) model.library().document(documentId).ifPresent(model::open);
            say(i18n.get(noticeKey, title));
            done.accept(List.of());
        });
        task.setOnFailed(e -> {
            saving.set(false);
            Throwable error = task.getException();
            done.accept(List.of(i18n.get("import.refused", error.getMessage() == null ? error.toString() : error.getMessage())));
        });
        // Not cancellable (Job.Kind.SAVE_IMPORT): it is written or refused, and the window is told which.
        services.jobs().submit(Job.Kind.SAVE_IMPORT, i18n.text("job.saveImport"), task);
    }

    /**
     * What the reader's library may lean on: the bundled library as the window holds it (the open part with no
     * origin), or null while it is not in yet. Not the other open files: the reader's library opens at every
     * start right after the bundled one, before them, so a link to one of theirs would not resolve then.
     */
    private Library known() {
        for (LibrarySet.Part part : model.libraries().parts()) {
            if (part.origin() == null) return part.library();
        }
        return null;
    }

    /** Whether a document is one of the reader's own library. */
    private boolean isOwn(Document doc) {
        if (doc == null) return false;
        for (LibrarySet.Part part : model.libraries().parts()) {
            if (target.origin().equals(part.origin())) return part.library().document(doc.id()).isPresent();
        }
        return false;
    }

    /** Edit > Edit Document…: the form on the open document, nothing marked as proposed. */
    public void editOpen() {
        Document doc = model.documentProperty().get();
        if (!isOwn(doc)) return;
        ImportDraft draft = new ImportDraft(doc.title(), doc.kind(), doc.date(),
                doc.speaker() == null ? null : doc.speaker().name(), doc.speaker() == null ? null : doc.speaker().role(),
                doc.symbol(), doc.language(), doc.missionId(), doc.source(), doc.paragraphs(), List.of());
        form.open(draft, doc.id(), false, this::saveEdited);
    }

    /** Edit > Remove Document…: asked first, then taken out of the reader's library. */
    public void removeOpen() {
        Document doc = model.documentProperty().get();
        if (!isOwn(doc)) return;
        ButtonType remove = new ButtonType(i18n.get("import.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.get("import.remove.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("import.remove.question", doc.title()), remove, keep);
        alert.initOwner(services.windows().owner());
        alert.setTitle(i18n.get("menu.edit.removeDocument"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("import-remove-dialog");
        alert.showAndWait().filter(b -> b == remove).ifPresent(b -> store((to, known) -> to.remove(known, doc.id()), null,
                "import.removed", doc.title(), this::sayRefused));
    }

    /**
     * Edit > Add an Event on This Date…: a timeline event on the open document's date, linked to it, its source
     * the document's; the reader names it (the document's title is offered).
     */
    public void addEventOpen() {
        Document doc = model.documentProperty().get();
        if (!isOwn(doc) || doc.date() == null) return;
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(doc.title());
        ask.initOwner(services.windows().owner());
        ask.setTitle(i18n.get("menu.edit.addEvent"));
        ask.setHeaderText(null);
        ask.setContentText(i18n.get("import.event.title", org.missionreader.library.DateText.format(doc.date(), i18n.locale())));
        ask.getDialogPane().setId("import-event-dialog");
        ask.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(title -> addEvent(doc, title));
    }

    /** Adds the event to the reader's library, in a job, and shows it on the timeline; a refusal is said in a notice. */
    public void addEvent(Document doc, String title) {
        org.missionreader.library.LocalizedText text = "fr".equals(doc.language())
                ? new org.missionreader.library.LocalizedText(title, null) : new org.missionreader.library.LocalizedText(null, title);
        org.missionreader.library.TimelineEvent event = new org.missionreader.library.TimelineEvent(null, doc.missionId(),
                doc.date(), null, text, null, List.of(doc.id()), List.of(doc.source()));
        store((to, known) -> to.addEvent(known, event), doc.id(), "import.event.added", title, this::sayRefused);
    }

    /** A change asked for outside the form: its refusal, if any, in a notice. */
    private void sayRefused(List<String> refused) {
        if (!refused.isEmpty()) say(refused.get(0));
    }

    /** One notice at a time for imports: the newest replaces the previous one. */
    private void say(String text) {
        if (lastNotice != null) notices.getChildren().remove(lastNotice);
        lastNotice = notices.show(Bindings.createStringBinding(() -> text));
    }
}
