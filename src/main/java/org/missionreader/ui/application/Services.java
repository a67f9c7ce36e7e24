package org.missionreader.ui.application;

import java.util.Objects;

/**
 * What every feature of the window is given: the model it shows, the language, the background jobs, the
 * command registry, and the windows service (every dialog's owner and theme). Features take these and
 * never the window itself.
 */
public record Services(ReaderModel model, I18n i18n, Jobs jobs, Commands commands, Windows windows) {

    public Services {
        Objects.requireNonNull(model);
        Objects.requireNonNull(i18n);
        Objects.requireNonNull(jobs);
        Objects.requireNonNull(commands);
        Objects.requireNonNull(windows);
    }

    /** A fresh set for a new window: its own jobs, commands and windows service. */
    public static Services create(ReaderModel model, I18n i18n) {
        return new Services(model, i18n, new Jobs(), new Commands(), new Windows());
    }
}
