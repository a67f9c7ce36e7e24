package org.missionreader.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadMonitor;
import org.missionreader.library.LoadResult;

/**
 * Reads the bundled library, and the window's messages, while the JavaFX toolkit starts: that start leaves a core idle for about half
 * a second, and the window then has its library as soon as it shows instead of loading it afterwards. Then it
 * reads the file the window opens first after the bundled library (the reader's own library, else the first file
 * given on the command line), checked against the bundled library as the window would check it then: a
 * 10,000-document file given to the launcher is read while the window is built, not after it shows.
 */
final class Preload {

    private static volatile CompletableFuture<LoadResult> bundled;
    private static volatile Ahead ahead;

    private Preload() {
    }

    /** Starts reading the bundled library only. */
    static void start() {
        start(null);
    }

    /** Starts reading; {@code firstFile}, if not null, is the file the window opens right after the bundled library. */
    static void start(Path firstFile) {
        CompletableFuture<LoadResult> future = new CompletableFuture<>();
        Ahead file = readable(firstFile) ? new Ahead(firstFile.toAbsolutePath().normalize()) : null;
        Thread thread = new Thread(() -> {
            // First the window's messages, in both languages (the settings, read later, choose one): the
            // JavaFX thread needs them to build the window, before it needs the library. Read here, where
            // a core is idle, they are in the cache by then.
            try {
                for (Locale language : Messages.LANGUAGES) Messages.bundle(language);
            } catch (RuntimeException e) {
                // Only a head start: the window reads them itself, and reports what fails there.
            }
            LoadResult read;
            try {
                read = new LibraryLoader().loadBundled();
                future.complete(read);
            } catch (Throwable t) {
                // The loader reports bad input as problems; anything else reaches the window's load task.
                future.completeExceptionally(t);
                if (file != null) file.result.completeExceptionally(t);
                return;
            }
            if (file != null) file.read(read.library());
        }, "bundled-library-preload");
        thread.setDaemon(true);
        ahead = file;
        bundled = future;
        thread.start();
    }

    /**
     * Whether a file is one the window would read (a regular file named .json): any other it refuses before
     * reading a byte (a FIFO would block a read for ever), and says why.
     */
    private static boolean readable(Path file) {
        if (file == null || !file.toString().toLowerCase(Locale.ROOT).endsWith(".json")) return false;
        try {
            return org.missionreader.library.FileKind.of(file) == null;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
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

    /**
     * The file read ahead, for a window that opens it with only the given library in (the bundled one read ahead,
     * made the window's: what the file was checked against); null for any other file or library, which the
     * window reads itself. Taken once.
     */
    static Ahead take(Path file, Library bundledInWindow) {
        Ahead file0 = ahead;
        if (file0 == null || !file0.path.equals(file.toAbsolutePath().normalize())) return null;
        LoadResult first = bundledIfRead();
        if (first == null || !sameItems(first.library(), bundledInWindow)) return null;
        ahead = null;
        return file0;
    }

    private static boolean sameItems(Library a, Library b) {
        return a.missions().equals(b.missions()) && a.documents().equals(b.documents()) && a.events().equals(b.events());
    }

    /** A file read ahead: the window's load of it waits for the result, shows its progress and may cancel it. */
    static final class Ahead {

        private final Path path;
        private final CompletableFuture<LoadResult> result = new CompletableFuture<>();
        /** The window's load once it waits for this one: told the progress, asked whether it was cancelled. */
        private volatile LoadMonitor window;

        private Ahead(Path path) {
            this.path = path;
        }

        private void read(Library open) {
            LoadMonitor forward = new LoadMonitor() {
                @Override
                public void progress(double fraction) {
                    LoadMonitor w = window;
                    if (w != null) w.progress(fraction);
                }

                @Override
                public boolean isCancelled() {
                    LoadMonitor w = window;
                    return w != null && w.isCancelled();
                }
            };
            try {
                result.complete(new LibraryLoader().load(path, forward, open));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }

        /** In the window's load job: the result, once read; a cancelled load stops this one too. */
        LoadResult await(LoadMonitor monitor) {
            window = monitor;
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("library load cancelled");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
