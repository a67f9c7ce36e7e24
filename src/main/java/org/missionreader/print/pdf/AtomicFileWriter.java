package org.missionreader.print.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.missionreader.files.AtomicReplace;

/**
 * Writes a file all or nothing: into a temporary file beside the target, flushed to disk, then moved over
 * the target in one step. A failure removes the temporary file and leaves any earlier target untouched.
 * It never replaces what is not a regular file (a device, a FIFO, a socket), nor a read-only file unasked.
 */
public final class AtomicFileWriter {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the stream to the temporary file; tests put a failing one here (a full disk) instead of filling a disk. */
    @FunctionalInterface
    public interface StreamOpener {
        OutputStream open(Path file) throws IOException;
    }

    private final StreamOpener opener;

    public AtomicFileWriter() {
        this(file -> Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
    }

    public AtomicFileWriter(StreamOpener opener) {
        this.opener = opener;
    }

    /** Writes the file; a read-only file at the target is refused ({@link ExportException.Reason#READ_ONLY}). */
    public void write(Path target, Content content) throws ExportException {
        write(target, content, false);
    }

    /**
     * Writes the file. The target must be a regular file or not exist: a folder, a device, a FIFO or a
     * socket is refused, a symbolic link is followed and its target replaced (in the target's folder, so
     * the move stays atomic), and a read-only file is replaced only when {@code replaceReadOnly} says so
     * (the reader was asked). A new file gets the mode the umask gives; a replaced one keeps its mode.
     */
    public void write(Path target, Content content, boolean replaceReadOnly) throws ExportException {
        Path link = target.toAbsolutePath().normalize();
        Path absolute;
        try {
            absolute = AtomicReplace.followLinks(link).normalize();
        } catch (IOException e) {
            throw ExportException.from(e, link);
        }
        Path folder = absolute.getParent();
        Set<PosixFilePermission> keptMode = null;
        if (Files.exists(absolute)) {
            if (Files.isDirectory(absolute)) {
                throw new ExportException(ExportException.Reason.IS_FOLDER, link, null, null);
            }
            if (!Files.isRegularFile(absolute)) {
                // /dev/full, a FIFO, a socket: replacing the node would break what uses it, writing to it hang.
                throw new ExportException(ExportException.Reason.NOT_A_FILE, link, null, null);
            }
            keptMode = modeOf(absolute);
            if (!replaceReadOnly && isReadOnly(absolute, keptMode)) {
                throw new ExportException(ExportException.Reason.READ_ONLY, link, null, null);
            }
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, link, null, null);
        }
        Path temp = null;
        try {
            temp = createTemp(folder, absolute.getFileName().toString());
            if (keptMode != null) {
                Files.setPosixFilePermissions(temp, keptMode);
            }
            try (OutputStream out = new BufferedOutputStream(opener.open(temp))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            AtomicReplace.moveIntoPlace(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw ExportException.from(e, link);
        } finally {
            AtomicReplace.discard(temp);
        }
    }

    /**
     * A new empty file beside the target, created without a mode of its own, so that the umask sets it as
     * for any new file (a temporary file from {@link Files#createTempFile} would be private, 0600).
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 100) throw e;
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static Set<PosixFilePermission> modeOf(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Read-only by its mode (which binds even root's intent, if not root's power), or by the system's say. */
    private static boolean isReadOnly(Path file, Set<PosixFilePermission> mode) {
        if (mode != null) {
            return !mode.contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }
}
