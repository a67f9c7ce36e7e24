package org.missionreader.app;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.missionreader.i18n.Messages;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;

/**
 * Reads the bundled library, and the window's messages, while the JavaFX toolkit starts: that start leaves a core idle for about half
 * a second, and the window then has its library as soon as it shows instead of loading it afterwards.
 */
final class Preload {

    private static volatile CompletableFuture<LoadResult> bundled;

    private Preload() {
    }

    static void start() {
        CompletableFuture<LoadResult> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(new LibraryLoader().loadBundled());
            } catch (Throwable t) {
                // The loader reports bad input as problems; anything else reaches the window's load task.
                future.completeExceptionally(t);
            }
            // The window's messages, in both languages (the settings, read later, choose one): read here,
            // where a core is idle, they are in the cache when the JavaFX thread builds the window.
            for (Locale language : Messages.LANGUAGES) Messages.bundle(language);
        }, "bundled-library-preload");
        thread.setDaemon(true);
        thread.start();
        bundled = future;
    }

    /** The bundled library: the one read ahead if there is one, else read now. */
    static LoadResult bundledLibrary() {
        CompletableFuture<LoadResult> future = bundled;
        return future == null ? new LibraryLoader().loadBundled() : future.join();
    }
}
