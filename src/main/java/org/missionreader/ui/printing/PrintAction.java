package org.missionreader.ui.printing;

import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.missionreader.library.Document;
import org.missionreader.print.PageSetup;
import org.missionreader.print.Pagination;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;

/**
 * Print: the printer's dialog, then the chosen pages sent in a print job with progress and
 * cancel. No printer, or a job that fails, ends in a message that offers the PDF export instead.
 */
final class PrintAction {

    private final PrintCommands commands;
    private final Document doc;
    private final PageSetup base;
    private final I18n i18n;

    PrintAction(PrintCommands commands, Document doc, PageSetup base) {
        this.commands = commands;
        this.doc = doc;
        this.base = base;
        this.i18n = commands.i18n();
    }

    void start() {
        PrinterJob job;
        try {
            job = commands.newPrinterJob();
        } catch (RuntimeException e) {
            job = null; // a broken print service is, for the reader, no printer
        }
        if (job == null) {
            offerPdf("print-no-printer", i18n.get("print.noPrinter.header"), i18n.get("print.noPrinter.text"));
            return;
        }
        job.getJobSettings().setJobName(doc.title());
        job.getJobSettings().setPageLayout(PagePrinter.layout(job.getPrinter(), base));
        if (!job.showPrintDialog(commands.owner())) {
            job.cancelJob();
            return;
        }
        // The dialog may have changed printer, paper or orientation: lay out again for what was chosen,
        // with the printer's smallest margins so the page's own margins are the ones that show.
        PageLayout chosen = job.getJobSettings().getPageLayout();
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(chosen.getPaper(), chosen.getPageOrientation(), Printer.MarginType.HARDWARE_MINIMUM);
        run(job, layout, PagePrinter.setupFor(layout, base));
    }

    /** Sends the pages the job's settings ask for, in a print job; the print dialog is done. */
    Task<PagePrinter.Result> run(PrinterJob job, PageLayout layout, PageSetup setup) {
        Locale locale = i18n.locale();
        List<org.missionreader.print.Annotation> annotations = commands.annotations(doc);
        Task<PagePrinter.Result> task = new Task<>() {
            @Override
            protected PagePrinter.Result call() {
                updateMessage(i18n.get("print.progress.start", job.getPrinter().getName()));
                Pagination pagination = commands.paginate(doc, setup, locale, annotations);
                List<Integer> pages = PagePrinter.selectedPages(job.getJobSettings(), pagination.pageCount());
                return PagePrinter.print(job, layout, pagination, pages, (index, count, number) -> {
                    updateMessage(i18n.get("print.progress", index, count));
                    updateProgress(index - 1, count);
                }, this::isCancelled);
            }
        };
        Stage progress = progressWindow(task, job);
        task.setOnSucceeded(e -> {
            progress.close();
            PagePrinter.Result result = task.getValue();
            if (result.outcome() == PagePrinter.Outcome.FAILED) {
                offerPdf("print-failed", i18n.get("print.failed.header"),
                        i18n.get("print.failed.text", String.valueOf(result.status())));
            }
        });
        task.setOnCancelled(e -> progress.close());
        task.setOnFailed(e -> {
            progress.close();
            job.cancelJob();
            Throwable error = task.getException();
            String reason = error == null || error.getMessage() == null ? i18n.get("print.failed.unknown") : error.getMessage();
            offerPdf("print-failed", i18n.get("print.failed.header"), i18n.get("print.failed.text", reason));
        });
        commands.jobs().submit(Job.Kind.PRINT, i18n.text("job.print", doc.title()), task);
        progress.show();
        return task;
    }

    private Stage progressWindow(Task<?> task, PrinterJob job) {
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.setId("print-progress-message");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(320);
        Button cancel = new Button();
        cancel.textProperty().bind(i18n.text("print.cancel"));
        cancel.setId("print-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            task.cancel(false);
            job.cancelJob();
        });
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, message, bar, buttons);
        box.setPadding(new Insets(16));
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(commands.owner());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.text("print.progress.title"));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> {
            if (task.isRunning()) {
                task.cancel(false);
                job.cancelJob();
            }
        });
        return stage;
    }

    /** A message with a button that opens the PDF export for the same document. */
    private void offerPdf(String id, String header, String text) {
        ButtonType export = new ButtonType(i18n.get("print.exportInstead"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(i18n.get("print.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, export, close);
        alert.initOwner(commands.owner());
        alert.setTitle(I18n.APP_NAME);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.setOnHidden(e -> {
            if (alert.getResult() == export) commands.exportPdf();
        });
        alert.show();
    }
}
