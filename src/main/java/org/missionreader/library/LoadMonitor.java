package org.missionreader.library;

import java.util.concurrent.CancellationException;

/**
 * Watches a load: told how far it has got (0 to 1), and asked now and then whether the user cancelled.
 * A cancelled load stops with a {@link CancellationException}.
 */
public interface LoadMonitor {

    /** A monitor that ignores progress and never cancels. */
    LoadMonitor NONE = new LoadMonitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(double fraction);

    boolean isCancelled();

    /** Reports progress and stops the load if it was cancelled. */
    default void step(double fraction) {
        if (isCancelled()) {
            throw new CancellationException("library load cancelled");
        }
        progress(fraction);
    }
}
