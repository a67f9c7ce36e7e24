package org.missionreader.ui.application;

import java.util.Objects;

/**
 * What every feature of the window is given: the model it shows, the language, the background jobs, the
 * command registry, the windows service (every dialog's owner and theme), and the reader's notes and
 * bookmarks. Features take these and never the window itself.
 */
public record Services(ReaderModel model, I18n i18n, Jobs jobs, Commands commands, Windows windows, Notes notes) {

    public Services {
        Objects.requireNonNull(model);
        Objects.requireNonNull(i18n);
        Objects.requireNonNull(jobs);
        Objects.requireNonNull(commands);
        Objects.requireNonNull(windows);
        Objects.requireNonNull(notes);
        // The notes are written as jobs of these services (the first services they are given to).
        notes.writeThrough(jobs, i18n.text("job.notesWrite"));
    }

    /** A fresh set for a new window: its own jobs, commands and windows service; notes kept in memory only. */
    public static Services create(ReaderModel model, I18n i18n) {
        return create(model, i18n, Notes.inMemory());
    }

    /** A fresh set for a new window, with the notes it shows and keeps. */
    public static Services create(ReaderModel model, I18n i18n, Notes notes) {
        return new Services(model, i18n, new Jobs(), new Commands(), new Windows(), notes);
    }
}
