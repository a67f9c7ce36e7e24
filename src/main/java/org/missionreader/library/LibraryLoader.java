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

    /**
     * The share of the heap one library may take while it loads (its bytes, its tree, its model): the rest
     * is the window's, the search index's and the libraries already open.
     */
    static final double HEAP_SHARE = 0.6;

    private final long pipelineFromBytes;
    private final long memory;

    public LibraryLoader() {
        this(PIPELINE_FROM_BYTES, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE));
    }

    /** A loader that binds on a thread of its own from files of {@code pipelineFromBytes} on (tests: 0 for always). */
    LibraryLoader(long pipelineFromBytes) {
        this(pipelineFromBytes, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE));
    }

    /**
     * @param memory what a library may take in memory while it loads, in bytes: a file whose model would
     *               take more is refused where reading reaches that size
     */
    LibraryLoader(long pipelineFromBytes, long memory) {
        this.pipelineFromBytes = pipelineFromBytes;
        this.memory = memory;
    }

    /** What a library may take in memory while it loads, in bytes. */
    public long memory() {
        return memory;
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
        long size = -1;
        try {
            // Looked at before anything opens it: opening a FIFO with no writer blocks for ever, and a device
            // such as /dev/zero never ends.
            String kind = FileKind.of(path);
            if (kind != null) {
                return failed(name, ProblemCode.NOT_A_FILE, "type.file." + kind);
            }
            size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return failed(name, ProblemCode.TOO_LARGE, megabytes(size), String.valueOf(MAX_FILE_BYTES >> 20));
            }
            monitor.step(0);
            return load(name, read(path, size, monitor), monitor, open);
        } catch (NoSuchFileException e) {
            return failed(name, ProblemCode.UNREADABLE, "no such file");
        } catch (IOException | SecurityException e) {
            return failed(name, ProblemCode.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed(name, ProblemCode.OUT_OF_MEMORY, megabytes(Math.max(size, 0)), megabytes(Runtime.getRuntime().maxMemory()));
        }
    }

    /** Megabytes as a reader counts them, rounded up: a 200.3 MB file is "201", never "0" or "?". */
    static String megabytes(long bytes) {
        return String.valueOf((bytes + (1 << 20) - 1) >> 20);
    }

    /**
     * Reads the file in slices, looking at the monitor between them, so that a slow disk or network share
     * can be cancelled while it is read. A file that grows while it is read is read to its new end, within
     * the limit.
     */
    private static byte[] read(Path path, long size, LoadMonitor monitor) throws IOException {
        final int slice = 4 << 20;
        byte[] bytes = new byte[(int) size];
        try (InputStream in = Files.newInputStream(path)) {
            int at = 0;
            while (true) {
                if (at == bytes.length) {
                    int next = in.read();
                    if (next < 0) return bytes;
                    if (bytes.length >= MAX_FILE_BYTES) throw new java.io.IOException("the file grew past " + (MAX_FILE_BYTES >> 20) + " MB while it was read");
                    bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(MAX_FILE_BYTES, Math.max(1024, bytes.length * 2L)));
                    bytes[at++] = (byte) next;
                    continue;
                }
                int n = in.read(bytes, at, Math.min(slice, bytes.length - at));
                if (n < 0) return java.util.Arrays.copyOf(bytes, at); // it shrank
                at += n;
                monitor.step(0.05 * at / Math.max(1, size));
            }
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
                    pipeline != null ? pipeline : binder, memory).read(name, bytes);
            if (pipeline != null) pipeline.finish();
        }
        List<Problem> problems = new ArrayList<>(tree.problems());
        if (tree.root() == null) {
            return new LoadResult(Library.empty(), problems, IdPlaces.NONE, tree.droppedProblems());
        }
        Library library = binder.bind(tree.root());
        problems.addAll(binder.problems());
        // In reading order, as an editor lists them; the sort is stable, so one spot keeps its order.
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        // Each list kept its first ones; of both together, the first ones in reading order stay.
        long dropped = tree.droppedProblems() + binder.droppedProblems();
        if (problems.size() > ProblemList.KEPT) {
            dropped += problems.size() - ProblemList.KEPT;
            problems = new ArrayList<>(problems.subList(0, ProblemList.KEPT));
        }
        monitor.progress(1);
        return new LoadResult(library, problems, binder.idPlaces(), dropped);
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
