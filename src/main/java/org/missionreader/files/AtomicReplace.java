package org.missionreader.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The steps every file the app writes shares (settings, exported PDFs): find the file a chain of symbolic
 * links ends at, so that its target is replaced and the link stays; move a finished temporary file over it
 * in one step; and remove a temporary file a failed write leaves. Each writer makes its own temporary file
 * (with the mode it needs) and words its own failures.
 */
public final class AtomicReplace {

    /** As many links as Linux follows before it says there are too many. */
    private static final int MAX_LINKS = 40;

    private AtomicReplace() {
    }

    /** The end of the chain of symbolic links at {@code path} (which may not exist yet); the path itself if it is none. */
    public static Path followLinks(Path path) throws IOException {
        Path at = path;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == MAX_LINKS) throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            Path link = Files.readSymbolicLink(at);
            Path parent = at.toAbsolutePath().getParent();
            at = parent == null ? link : parent.resolve(link);
        }
        return at;
    }

    /** Moves a finished temporary file over the target in one step, or, where the file system cannot, in two. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes what a failed write left, if anything; a folder that refuses even that leaves nothing to do. */
    public static void discard(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the folder refused the file in the first place
        }
    }

    /**
     * Writes the bytes to a temporary file ({@code tempPrefix…tmp}) beside the end of the path's links, flushed to
     * the disk, then moved over it in one step: a crash leaves the old file or the new one, never half of one.
     * {@code shared}: readable by others as the user's files are (an export), not private as a temporary file is.
     */
    public static void writeDurably(Path path, byte[] bytes, String tempPrefix, boolean shared) throws IOException {
        Path target = followLinks(path);
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), tempPrefix, ".tmp");
        try {
            try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) out.write(buffer);
                out.force(true);
            }
            if (shared) {
                try {
                    Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system.
                }
            }
            moveIntoPlace(temp, target);
            temp = null;
        } finally {
            discard(temp);
        }
    }
}
