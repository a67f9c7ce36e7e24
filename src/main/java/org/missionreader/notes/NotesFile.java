package org.missionreader.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.missionreader.files.AtomicReplace;
import org.missionreader.files.ExclusiveLock;
import org.missionreader.files.UserDirectories;

/**
 * Keeps the notebook in {@code notes.json} in the user's data directory (docs/notes.md). Every load and
 * every change happens under an exclusive lock on {@code notes.json.lock} beside it: a change re-reads the
 * file as it is now, is applied to that, and is written to a temporary file moved over {@code notes.json}
 * in one step, so two windows or two instances keep each other's notes and a crash leaves the old file or
 * the new one, never half of one. A file that cannot be a notes file is set aside under a new name (kept,
 * never deleted, never overwritten); entries of a usable file that cannot be used are named, and the file
 * as it was is copied under a new name before they are left out.
 */
public final class NotesFile implements NotesStore {

    /** A system property naming the data directory, for tests and portable installs. */
    public static final String DIRECTORY_PROPERTY = "mission.reader.data.dir";
    public static final String FILE_NAME = "notes.json";
    public static final String LOCK_NAME = "notes.json.lock";
    /** Larger files are not read: ten thousand notes take about 5 MB. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private final Path directory;

    public NotesFile(Path directory) {
        this.directory = directory;
    }

    /** The data directory of this system, or the one named by {@value #DIRECTORY_PROPERTY}. */
    public static Path defaultDirectory() {
        return UserDirectories.of(UserDirectories.Kind.DATA, DIRECTORY_PROPERTY);
    }

    static Path defaultDirectory(String osName, Map<String, String> env, String home) {
        return UserDirectories.of(UserDirectories.Kind.DATA, osName, env, home);
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** A file that is not a notes file: why, in the system's words. */
    private static final class Unusable extends Exception {
        /** Written by a newer Mission Reader: left where it is for that one, never moved or written over. */
        final boolean newer;

        Unusable(String why) {
            this(why, false);
        }

        Unusable(String why, boolean newer) {
            super(why, null, false, false);
            this.newer = newer;
        }
    }

    /**
     * Reads the notebook; a missing file gives an empty one. A file that cannot be used at all is set aside;
     * a file some entries of which cannot be used is copied aside, then written again with the others.
     * Never throws.
     */
    @Override
    public Loaded load() {
        if (!Files.exists(file()) && !Files.isSymbolicLink(file())) return new Loaded(Notebook.empty(), null, null);
        try {
            return locked(this::loadLocked);
        } catch (IOException | RuntimeException e) {
            // No lock to be had (a read-only folder): the file is still read, as a move put it in place whole.
            try {
                return read(file(), false);
            } catch (IOException again) {
                return new Loaded(Notebook.empty(), null, describe(again));
            }
        }
    }

    private Loaded loadLocked() throws IOException {
        removeLeftovers();
        return read(file(), true);
    }

    /** Reads the file; with {@code mend}, sets a bad file aside, or copies a partly usable one aside and rewrites it. */
    private Loaded read(Path file, boolean mend) throws IOException {
        NotesJson.Read read;
        try {
            read = readFile(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Notebook.empty(), null, null);
        } catch (Unusable e) {
            return new Loaded(Notebook.empty(), mend && !e.newer ? setAside(file) : null, e.getMessage());
        } catch (IOException e) {
            // Unreadable (permissions, a disk error): left where it is, untouched; nothing is written over it.
            return new Loaded(Notebook.empty(), null, describe(e));
        }
        if (read.unusable().isEmpty() || !mend) return new Loaded(read.notebook(), null, null, read.unusable(), null);
        Path copy = keepCopy(file);
        try {
            write(read.notebook());
        } catch (IOException e) {
            // The next change writes it; the copy keeps the entries either way.
        }
        return new Loaded(read.notebook(), null, null, read.unusable(), copy);
    }

    /** The file's notebook; {@link Unusable} when it cannot be a notes file, an IOException when it cannot be read. */
    private static NotesJson.Read readFile(Path file) throws IOException, Unusable {
        Path real = AtomicReplace.followLinks(file);
        if (!Files.exists(real)) throw new NoSuchFileException(file.toString());
        if (!Files.isRegularFile(real)) {
            // A folder, a FIFO or a device where the file should be: reading it could block or never end.
            throw new Unusable("not a regular file");
        }
        long size = Files.size(real);
        if (size > MAX_FILE_BYTES) {
            throw new Unusable("the file is " + size + " bytes, more than a notes file can be (" + MAX_FILE_BYTES + ")");
        }
        byte[] bytes = Files.readAllBytes(real);
        try {
            return NotesJson.read(bytes);
        } catch (NotesJson.NotNotes e) {
            String what = switch (e.why()) {
                case NOT_JSON -> "not JSON: ";
                case NOT_NOTES -> "not a notes file: ";
                case NEWER -> "written by a newer Mission Reader: ";
            };
            throw new Unusable(what + e.getMessage(), e.why() == NotesJson.Why.NEWER);
        }
    }

    /**
     * Applies the change to the file as it is now, under the lock, and writes the result. A file found unusable
     * meanwhile is set aside and the change is refused (an IOException that says where the file went).
     */
    @Override
    public Notebook update(UnaryOperator<Notebook> change) throws IOException {
        Files.createDirectories(directory);
        return locked(() -> {
            Notebook now;
            try {
                NotesJson.Read read = readFile(file());
                if (!read.unusable().isEmpty()) keepCopy(file());
                now = read.notebook();
            } catch (NoSuchFileException e) {
                now = Notebook.empty();
            } catch (Unusable e) {
                if (e.newer) throw new IOException(e.getMessage() + "; it is left as it is and the change was not written");
                Path aside = setAside(file());
                throw new IOException(e.getMessage() + (aside == null ? "" : "; set aside as " + aside) + "; the change was not written");
            }
            Notebook result = change.apply(now);
            write(result);
            return result;
        });
    }

    private <T> T locked(ExclusiveLock.Work<T, IOException> work) throws IOException {
        return ExclusiveLock.holding(directory.resolve(LOCK_NAME), work);
    }

    /** Writes the notebook to a temporary file, flushed to the disk, then moved over the notes file in one step. */
    private void write(Notebook notebook) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NotesJson.write(notebook, bytes);
        AtomicReplace.writeDurably(file(), bytes.toByteArray(), FILE_NAME + ".", false);
    }

    /** Temporary files a killed writer left (under the lock no write is under way). */
    private void removeLeftovers() {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, FILE_NAME + ".*.tmp")) {
            for (Path temp : temps) AtomicReplace.discard(temp);
        } catch (IOException | RuntimeException e) {
            // Leftovers only cost room.
        }
    }

    /** Moves the file to a new name beside it ({@code notes.json.corrupt-STAMP}); null when it cannot be moved. */
    private static Path setAside(Path file) {
        try {
            Path real = AtomicReplace.followLinks(file);
            for (int n = 1; ; n++) {
                Path aside = freshName(real, "corrupt", n);
                if (Files.exists(aside) || Files.isSymbolicLink(aside)) continue;
                try {
                    Files.move(real, aside);
                    return aside;
                } catch (FileAlreadyExistsException e) {
                    // Taken between the look and the move: the next name.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not even movable: left where it is, untouched.
            return null;
        }
    }

    /** Copies the file to a new name beside it ({@code notes.json.unusable-STAMP}); null when it cannot be copied. */
    private static Path keepCopy(Path file) {
        try {
            Path real = AtomicReplace.followLinks(file);
            for (int n = 1; ; n++) {
                Path copy = freshName(real, "unusable", n);
                if (Files.exists(copy) || Files.isSymbolicLink(copy)) continue;
                try {
                    return Files.copy(real, copy);
                } catch (FileAlreadyExistsException e) {
                    // Taken between the look and the copy: the next name.
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path freshName(Path file, String what, int n) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return file.resolveSibling(file.getFileName() + "." + what + "-" + stamp + (n == 1 ? "" : "-" + n));
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }
}
