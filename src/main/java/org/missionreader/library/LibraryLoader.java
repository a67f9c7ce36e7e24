package org.missionreader.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads library files: reads the bytes, parses them with their positions, binds them to the model and
 * validates them, reporting every problem with file, line, column and JSON path. Never throws for bad
 * input; safe to call from any thread.
 */
public final class LibraryLoader {

    /** Larger files are refused before reading: a library of 100,000 documents is far below this. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    /** The name problems give to the library shipped inside the application. */
    public static final String BUNDLED_NAME = "library.json";
    /** Where the bundled library lies in the module. */
    public static final String BUNDLED_RESOURCE = "/org/missionreader/assets/library.json";

    /** From this size on, reading and binding run on two threads (small files gain nothing from it). */
    static final long PIPELINE_FROM_BYTES = 1 << 20;

    private final long pipelineFromBytes;

    public LibraryLoader() {
        this(PIPELINE_FROM_BYTES);
    }

    /** A loader that binds on a thread of its own from files of {@code pipelineFromBytes} on (tests: 0 for always). */
    LibraryLoader(long pipelineFromBytes) {
        this.pipelineFromBytes = pipelineFromBytes;
    }

    public LoadResult load(Path path) {
        return load(path, LoadMonitor.NONE);
    }

    /**
     * Loads a file, reporting progress to the monitor and stopping with a
     * {@link java.util.concurrent.CancellationException} if it cancels.
     */
    public LoadResult load(Path path, LoadMonitor monitor) {
        return load(path, monitor, Library.empty());
    }

    /**
     * Loads a file added to the libraries already open ({@code open}): its items may name a mission or
     * document of those, and join them (a link to one that is nowhere is still a problem).
     */
    public LoadResult load(Path path, LoadMonitor monitor, Library open) {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return failed(name, ProblemCode.TOO_LARGE, String.valueOf(size >> 20), String.valueOf(MAX_FILE_BYTES >> 20));
            }
            monitor.step(0);
            return load(name, Files.readAllBytes(path), monitor, open);
        } catch (NoSuchFileException e) {
            return failed(name, ProblemCode.UNREADABLE, "no such file");
        } catch (IOException | SecurityException e) {
            return failed(name, ProblemCode.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed(name, ProblemCode.TOO_LARGE, "?", String.valueOf(MAX_FILE_BYTES >> 20));
        }
    }

    public LoadResult load(String name, byte[] bytes) {
        return load(name, bytes, LoadMonitor.NONE);
    }

    /** As {@link #load(String, byte[])}, for a file added to the libraries already open. */
    public LoadResult load(String name, byte[] bytes, Library open) {
        return load(name, bytes, LoadMonitor.NONE, open);
    }

    LoadResult load(String name, byte[] bytes, LoadMonitor monitor) {
        return load(name, bytes, monitor, Library.empty());
    }

    LoadResult load(String name, byte[] bytes, LoadMonitor monitor, Library open) {
        monitor.step(0.05);
        // The binder takes most items as they are read, and the rest from the tree afterwards; in a large
        // file it binds on a thread of its own while reading goes on.
        LibraryBinder binder = new LibraryBinder(name, monitor, open);
        JsonTreeReader.Result tree;
        try (BindingPipeline pipeline = bytes.length >= pipelineFromBytes ? new BindingPipeline(binder) : null) {
            tree = new JsonTreeReader(monitor, 0.05, LibraryBinder.BIND_PROGRESS_FROM - 0.05,
                    pipeline != null ? pipeline : binder).read(name, bytes);
            if (pipeline != null) pipeline.finish();
        }
        List<Problem> problems = new ArrayList<>(tree.problems());
        if (tree.root() == null) {
            return new LoadResult(Library.empty(), problems);
        }
        Library library = binder.bind(tree.root());
        problems.addAll(binder.problems());
        // In reading order, as an editor lists them; the sort is stable, so one spot keeps its order.
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        monitor.progress(1);
        return new LoadResult(library, problems, binder.idPlaces());
    }

    /** The library shipped inside the application. */
    public LoadResult loadBundled() {
        try (InputStream in = LibraryLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return failed(BUNDLED_NAME, ProblemCode.UNREADABLE, "missing from the application");
            }
            return load(BUNDLED_NAME, in.readAllBytes());
        } catch (IOException e) {
            return failed(BUNDLED_NAME, ProblemCode.UNREADABLE, e.getMessage());
        }
    }

    private static LoadResult failed(String name, ProblemCode code, String... args) {
        return new LoadResult(Library.empty(), List.of(JsonTreeReader.problem(name, 1, 1, code, args)));
    }
}
