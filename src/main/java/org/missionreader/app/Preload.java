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
            // First the window's messages, in both languages (the settings, read later, choose one): the
            // JavaFX thread needs them to build the window, before it needs the library. Read here, where
            // a core is idle, they are in the cache by then.
            try {
                for (Locale language : Messages.LANGUAGES) Messages.bundle(language);
            } catch (RuntimeException e) {
                // Only a head start: the window reads them itself, and reports what fails there.
            }
            try {
                future.complete(new LibraryLoader().loadBundled());
            } catch (Throwable t) {
                // The loader reports bad input as problems; anything else reaches the window's load task.
                future.completeExceptionally(t);
            }
        }, "bundled-library-preload");
        thread.setDaemon(true);
        thread.start();
        bundled = future;
    }

    /** The bundled library if it has been read ahead, and read well, by now; else null. */
    static LoadResult bundledIfRead() {
        CompletableFuture<LoadResult> future = bundled;
        return future != null && future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
    }

    /** The bundled library: the one read ahead if there is one, else read now. */
    static LoadResult bundledLibrary() {
        CompletableFuture<LoadResult> future = bundled;
        return future == null ? new LibraryLoader().loadBundled() : future.join();
    }
}
