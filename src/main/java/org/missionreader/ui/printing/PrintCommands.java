package org.missionreader.ui.printing;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.missionreader.library.Document;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.missionreader.print.Annotation;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.print.Paginator;
import org.missionreader.print.PrintContent;
import org.missionreader.print.StatementContent;
import org.missionreader.print.pdf.ExportException;
import org.missionreader.print.pdf.PdfExport;
import org.missionreader.print.pdf.PdfFontMeasurer;
import org.missionreader.ui.application.I18n;
import javafx.beans.binding.BooleanBinding;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.Commands;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Jobs;
import org.missionreader.ui.application.Notes;
import org.missionreader.ui.application.ReaderModel;

/**
 * The File menu's Print Preview (Ctrl+Shift+P), Print (Ctrl+P) and Export to PDF, for the open document.
 * All three paginate with the same measurer and share one page setup, so they agree page for page.
 */
public final class PrintCommands {

    /**
     * For tests: told each time fonts are loaded ("fonts") or a document is paginated ("paginate"), and
     * whether that ran on the JavaFX thread. Does nothing unless a test sets it.
     */
    static volatile BiConsumer<String, Boolean> probe = (work, onFxThread) -> { };

    private final ReaderModel model;
    private final I18n i18n;
    private final Supplier<Window> owner;
    private final Jobs jobs;
    private final Notes notes;
    private final ObjectProperty<PageSetup> setup = new SimpleObjectProperty<>(PageSetup.defaults());
    /** Whether a document that has highlights or notes prints with them; the preview's choice, kept for the session. */
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(this, "includeNotes", true);
    private PdfFontMeasurer measurer;
    private PrintPreview preview;
    private Supplier<PrinterJob> printerJobs = PrinterJob::createPrinterJob;

    private PrintCommands(Services services) {
        this.owner = services.windows()::owner;
        this.model = services.model();
        this.i18n = services.i18n();
        this.jobs = services.jobs();
        this.notes = services.notes();
    }

    /** Adds the commands to the registry, in the File menu before Quit; their dialogs belong to the main window. */
    public static PrintCommands install(Services services) {
        PrintCommands commands = new PrintCommands(services);
        BooleanBinding documentOpen = services.model().documentProperty().isNotNull();
        Commands registry = services.commands();
        registry.addBefore("quit", Command.of("print-preview", Command.Menu.FILE, "menu.file.printPreview",
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                commands::showPreview).inSection("print").enabledWhen(documentOpen));
        registry.addBefore("quit", Command.of("print", Command.Menu.FILE, "menu.file.print",
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), commands::print)
                .inSection("print").enabledWhen(documentOpen));
        registry.addBefore("quit", Command.of("export-pdf", Command.Menu.FILE, "menu.file.exportPdf", null,
                commands::exportPdf).inSection("print").enabledWhen(documentOpen));
        return commands;
    }

    /** The page setup the preview chose; print and export start from it. */
    public ObjectProperty<PageSetup> setupProperty() {
        return setup;
    }

    /** The open preview, if any (for tests). */
    public PrintPreview preview() {
        return preview;
    }

    /** PDFBox's metrics of the bundled fonts, loaded on first use; shared by every pagination. */
    synchronized PdfFontMeasurer measurer() {
        if (measurer == null) {
            probe.accept("fonts", Platform.isFxApplicationThread());
            measurer = new PdfFontMeasurer();
        }
        return measurer;
    }

    /** The document alone, without the reader's annotations. */
    PrintContent content(Document doc, Locale locale) {
        return content(doc, locale, List.of());
    }

    /** The document alone laid out (see {@link #paginate(Document, PageSetup, Locale, List)}). */
    Pagination paginate(Document doc, PageSetup pageSetup, Locale locale) {
        return paginate(doc, pageSetup, locale, List.of());
    }

    PrintContent content(Document doc, Locale locale, List<Annotation> annotations) {
        return StatementContent.inLibrary(doc, model.library(), locale, annotations);
    }

    /**
     * Lays the document out with the given annotations (none: the document alone); slow (the fonts' first
     * load, the measuring), so run off the JavaFX thread.
     */
    Pagination paginate(Document doc, PageSetup pageSetup, Locale locale, List<Annotation> annotations) {
        probe.accept("paginate", Platform.isFxApplicationThread());
        return new Paginator(measurer()).paginate(content(doc, locale, annotations), pageSetup, locale);
    }

    /** Whether printing includes the reader's highlights and notes, when the document has any. */
    public BooleanProperty includeNotesProperty() {
        return includeNotes;
    }

    /** Whether the reader has highlighted or noted anything in the document. */
    boolean hasNotes(Document doc) {
        return !notes.notesOf(doc.id()).isEmpty();
    }

    /** The highlights and notes to print with the document now: none unless it has some and the reader includes them. */
    List<Annotation> annotations(Document doc) {
        if (!includeNotes.get()) return List.of();
        return PrintedNotes.of(doc, notes.notesOf(doc.id()));
    }

    Window owner() {
        return owner.get();
    }

    I18n i18n() {
        return i18n;
    }

    Jobs jobs() {
        return jobs;
    }

    /** Where print jobs come from: the system's printers; a test puts a machine without any here. */
    void setPrinterJobs(Supplier<PrinterJob> jobs) {
        this.printerJobs = jobs;
    }

    PrinterJob newPrinterJob() {
        return printerJobs.get();
    }

    public void showPreview() {
        Document doc = model.documentProperty().get();
        if (doc == null) return;
        if (preview != null) preview.close();
        preview = new PrintPreview(this, doc);
        preview.show();
    }

    public void print() {
        Document doc = model.documentProperty().get();
        if (doc != null) new PrintAction(this, doc, setup.get()).start();
    }

    /** Asks where to save, then exports the open document. */
    public void exportPdf() {
        Document doc = model.documentProperty().get();
        if (doc == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("export.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("export.chooser.filter"), "*.pdf"));
        chooser.setInitialFileName(doc.id() + ".pdf");
        File file = chooser.showSaveDialog(owner());
        if (file != null) exportTo(doc, setup.get(), file.toPath());
    }

    /** Exports in an export job; tells the reader the outcome. Returns the running task. */
    public Task<Pagination> exportTo(Document doc, PageSetup pageSetup, Path target) {
        return exportTo(doc, pageSetup, target, false);
    }

    private Task<Pagination> exportTo(Document doc, PageSetup pageSetup, Path target, boolean replaceReadOnly) {
        Locale locale = i18n.locale();
        List<Annotation> annotations = annotations(doc);
        Task<Pagination> task = new Task<>() {
            @Override
            protected Pagination call() throws ExportException {
                return new PdfExport(measurer()).export(content(doc, locale, annotations), pageSetup, locale, target,
                        replaceReadOnly);
            }
        };
        task.setOnSucceeded(e -> alert(Alert.AlertType.INFORMATION, "export-done", null,
                i18n.get("export.done", target, task.getValue().pageCount())));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof ExportException ex && ex.reason() == ExportException.Reason.READ_ONLY && !replaceReadOnly) {
                askToReplaceReadOnly(doc, pageSetup, target);
                return;
            }
            String message = error instanceof ExportException ex ? ex.message(locale)
                    : i18n.get("export.error.other", target, String.valueOf(error.getMessage()));
            alert(Alert.AlertType.ERROR, "export-error", i18n.get("export.failed.header"), message);
        });
        jobs.submit(Job.Kind.EXPORT, i18n.text("job.export", target.getFileName()), task);
        return task;
    }

    /** A read-only file where the export would go: replaced only if the reader says so. */
    private void askToReplaceReadOnly(Document doc, PageSetup pageSetup, Path target) {
        ButtonType replace = new ButtonType(i18n.get("export.readOnly.replace"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.get("export.readOnly.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("export.readOnly.question", target), replace, keep);
        ask.initOwner(owner());
        ask.setTitle(I18n.APP_NAME);
        ask.setHeaderText(i18n.get("export.readOnly.header"));
        ask.getDialogPane().setId("export-read-only");
        ask.showAndWait().filter(replace::equals).ifPresent(b -> exportTo(doc, pageSetup, target, true));
    }

    private void alert(Alert.AlertType type, String id, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner());
        alert.setTitle(I18n.APP_NAME);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setId(id);
        alert.show();
    }
}
