package org.missionreader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path is when it is not a regular file (a folder, a FIFO, a device, a socket), read without opening it. */
public final class FileKind {

    private FileKind() {
    }

    /**
     * Null for a regular file (or a link to one), else "folder", "fifo", "device", "socket" or "other". A path
     * that does not exist is thrown about as {@link java.nio.file.NoSuchFileException}.
     */
    public static String of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) return null;
        if (attributes.isDirectory()) return "folder";
        try {
            // The file type bits of st_mode (S_IFMT): where the JDK offers them, they tell the kinds apart.
            int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "fifo";
                case 0020000, 0060000 -> "device";
                case 0140000 -> "socket";
                default -> "other";
            };
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "other";
        }
    }
}
