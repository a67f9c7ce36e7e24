package org.missionreader.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Work done while holding a lock file, so that two instances of the app (and two stores or threads of one)
 * take turns on a file they both change (the notes, the reader's own library). A file lock is held by the
 * whole JVM, and a second channel of the same JVM asking for it fails, so this process's threads first take
 * turns on a lock of their own for that lock file.
 */
public final class ExclusiveLock {

    /** What runs under the lock; it may throw its own kind of refusal as well as an IOException. */
    public interface Work<T, E extends Exception> {
        T run() throws E, IOException;
    }

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private ExclusiveLock() {
    }

    /** Runs the work holding {@code lockFile} (made if missing) against this process and the others. */
    public static <T, E extends Exception> T holding(Path lockFile, Work<T, E> work) throws E, IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            return work.run();
        } finally {
            inProcess.unlock();
        }
    }
}
