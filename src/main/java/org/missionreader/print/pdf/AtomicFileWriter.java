package org.missionreader.print.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all or nothing: into a temporary file beside the target, flushed to disk, then moved over
 * the target in one step. A failure removes the temporary file and leaves any earlier target untouched.
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

    public void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ExportException(ExportException.Reason.IS_FOLDER, absolute, null, null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, absolute, null, null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".part");
            try (OutputStream out = new BufferedOutputStream(opener.open(temp))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw ExportException.from(e, absolute);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the folder refused the file in the first place; there is nothing left to remove
                }
            }
        }
    }
}
