package org.missionreader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.notes.NotesExport;
import org.missionreader.notes.NotesFile;
import org.missionreader.notes.NotesStore;

/**
 * {@code --export-notes OUT.md|OUT.json}: the reader's notes from the data directory, against the bundled
 * library, as Markdown (by mission and document, with citations) or as the notes file's JSON.
 */
final class NotesCommand {

    private final Locale locale;
    private final LocalDate today;
    private final NotesStore store;

    NotesCommand(Locale locale, LocalDate today, NotesStore store) {
        this.locale = locale;
        this.today = today;
        this.store = store;
    }

    int run(Path target, PrintStream out, PrintStream err) {
        NotesStore.Loaded loaded = store.load();
        if (loaded.failed()) {
            // The notes could not be read: an export of none would look like a reader who took none.
            err.println(loaded.setAside() == null
                    ? Messages.get(locale, "cli.notes.unreadable", store.file(), loaded.problem())
                    : Messages.get(locale, "cli.notes.setAside", store.file(), loaded.setAside(), loaded.problem()));
            return 1;
        }
        for (String entry : loaded.unusable()) err.println(Messages.get(locale, "cli.notes.unusable", store.file(), entry));
        Library library = new LibraryLoader().loadBundled().library();
        try {
            NotesExport.write(loaded.notebook(), library, locale, today, target);
        } catch (IOException | SecurityException e) {
            err.println(Messages.get(locale, "cli.notes.error", target.toAbsolutePath(), why(e, locale)));
            return 1;
        }
        out.println(Messages.get(locale, "cli.notes.done", loaded.notebook().notes().size(), store.file(), target));
        return 0;
    }

    /** The system's reason, without the path it repeats. */
    static String why(Exception e, Locale locale) {
        if (e instanceof NoSuchFileException) return Messages.get(locale, "notes.why.noFolder");
        if (e instanceof AccessDeniedException) return Messages.get(locale, "notes.why.denied");
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return String.valueOf(e.getMessage());
    }
}
