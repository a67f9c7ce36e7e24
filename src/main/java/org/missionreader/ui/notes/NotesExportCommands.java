package org.missionreader.ui.notes;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import org.missionreader.library.Library;
import org.missionreader.notes.NotesExport;
import org.missionreader.notes.Notebook;
import org.missionreader.ui.application.Command;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.Job;
import org.missionreader.ui.application.Services;
import org.missionreader.ui.controls.NoticeBar;

/**
 * File > Export Notes…: the reader's notes, as the window shows them, written to a Markdown file (by mission
 * and document, with citations) or to JSON in the notes file's format, in an export job; the outcome, and a
 * failure with the file and the reason, in the window's notice bar.
 */
public final class NotesExportCommands {

    private final Services services;
    private final NoticeBar notices;

    private NotesExportCommands(Services services, NoticeBar notices) {
        this.services = services;
        this.notices = notices;
    }

    /** Adds File > Export Notes… before Quit, beside the other exports. */
    public static NotesExportCommands install(Services services, NoticeBar notices) {
        NotesExportCommands commands = new NotesExportCommands(services, notices);
        services.commands().addBefore("quit", Command.of("export-notes", Command.Menu.FILE, "menu.file.exportNotes", null,
                commands::export).inSection("notes"));
        return commands;
    }

    /** Asks where to write, Markdown or JSON, then exports. */
    public void export() {
        I18n i18n = services.i18n();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("notes.export.chooser.title"));
        FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter(i18n.get("notes.export.filter.markdown"), "*.md");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(i18n.get("notes.export.filter.json"), "*.json");
        chooser.getExtensionFilters().addAll(markdown, json);
        chooser.setSelectedExtensionFilter(markdown);
        chooser.setInitialFileName("notes.md");
        File file = chooser.showSaveDialog(services.windows().owner());
        if (file == null) return;
        Path target = file.toPath();
        // A name with no extension takes the chosen filter's.
        String name = target.getFileName().toString();
        if (!name.contains(".")) target = target.resolveSibling(name + (chooser.getSelectedExtensionFilter() == json ? ".json" : ".md"));
        exportTo(target);
    }

    /** Writes the notes to the file in an export job; says how it went in the notice bar. Returns the task. */
    public Task<Integer> exportTo(Path target) {
        I18n i18n = services.i18n();
        Notebook notebook = services.notes().notebook();
        Library library = services.model().library();
        Locale locale = i18n.locale();
        LocalDate today = LocalDate.now();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                NotesExport.write(notebook, library, locale, today, target);
                return notebook.notes().size();
            }
        };
        task.setOnSucceeded(e -> notices.show(i18n.text("notes.export.done", task.getValue(), target.toString())));
        task.setOnFailed(e -> notices.show(i18n.text("notes.export.failed", target.toString(), why(task.getException(), i18n))));
        services.jobs().submit(Job.Kind.EXPORT, i18n.text("job.exportNotes", target.getFileName().toString()), task);
        return task;
    }

    /** The system's reason, without the path the message already gives. */
    static String why(Throwable e, I18n i18n) {
        if (e instanceof NoSuchFileException) return i18n.get("notes.why.noFolder");
        if (e instanceof AccessDeniedException) return i18n.get("notes.why.denied");
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e == null ? "" : String.valueOf(e.getMessage());
    }
}
