package org.missionreader.print.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All or nothing: a PDF is either written whole or not at all, and a failure says why in words. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private static final byte[] CONTENT = "%PDF-1.6 whole".getBytes(StandardCharsets.US_ASCII);

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesTheFileAndLeavesNothingElse() throws Exception {
        Path target = dir.resolve("statement.pdf");
        new AtomicFileWriter().write(target, out -> out.write(CONTENT));
        assertArrayEquals(CONTENT, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aFullDiskLeavesNoHalfWrittenFileAndSaysSo() throws Exception {
        Path target = dir.resolve("statement.pdf");
        Files.write(target, "the earlier export".getBytes(StandardCharsets.UTF_8));
        // The disk fills after 4 bytes: the stream fails as the operating system's does.
        AtomicFileWriter writer = new AtomicFileWriter(file -> new FilterOutputStream(Files.newOutputStream(file)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 4) throw new FileSystemException(file.toString(), null, "No space left on device");
                super.write(b);
            }
        });
        ExportException e = assertThrows(ExportException.class, () -> writer.write(target, out -> {
            for (byte b : CONTENT) out.write(b);
            out.flush();
        }));
        assertEquals(ExportException.Reason.DISK_FULL, e.reason());
        assertEquals("the earlier export", Files.readString(target), "the earlier file is untouched");
        assertEquals(List.of(target), filesIn(dir), "no temporary file is left behind");
        assertTrue(e.message(Locale.FRENCH).contains("est plein"), e.message(Locale.FRENCH));
        assertTrue(e.message(Locale.ENGLISH).startsWith("Cannot write " + target + ": the disk holding " + dir + " is full"),
                e.message(Locale.ENGLISH));
    }

    @Test
    void aFailureWhileDrawingAlsoLeavesNothing() {
        Path target = dir.resolve("statement.pdf");
        assertThrows(ExportException.class, () -> new AtomicFileWriter().write(target, out -> {
            out.write(CONTENT);
            throw new IOException("the font could not be read");
        }));
        assertFalse(Files.exists(target));
    }

    @Test
    void aFailureWhileDrawingLeavesNoTemporaryFile() throws IOException {
        assertThrows(ExportException.class, () -> new AtomicFileWriter().write(dir.resolve("statement.pdf"), out -> {
            throw new IOException("the font could not be read");
        }));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aFolderThatIsNotWritableIsNamed() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("read-only"));
        Runnable unlock = lock(locked);
        try {
            Path target = locked.resolve("statement.pdf");
            ExportException e = assertThrows(ExportException.class, () -> new AtomicFileWriter().write(target, out -> out.write(CONTENT)));
            assertEquals(ExportException.Reason.NOT_WRITABLE, e.reason(), e.getMessage());
            assertEquals("Cannot write " + target + ": the folder " + locked + " is not writable. Choose another folder.",
                    e.message(Locale.ENGLISH));
            assertEquals("Impossible d’écrire " + target + "\u00A0: le dossier " + locked
                    + " n’est pas accessible en écriture. Choisissez un autre dossier.", e.message(Locale.FRENCH));
        } finally {
            unlock.run();
        }
        assertEquals(List.of(), filesIn(locked));
    }

    /**
     * Makes a folder refuse new files: by its permissions, and where those do not bind (root, as on CI) by
     * the immutable attribute. Returns what undoes it; skips, saying why, when neither works here.
     */
    private static Runnable lock(Path folder) throws Exception {
        folder.toFile().setWritable(false, false);
        if (refusesFiles(folder)) return () -> folder.toFile().setWritable(true, false);
        folder.toFile().setWritable(true, false);
        boolean immutable = run("chattr", "+i", folder.toString()) && refusesFiles(folder);
        assumeTrue(immutable, "this user writes into read-only folders (root) and chattr +i is not available here,"
                + " so no folder on this machine refuses a file");
        return () -> run("chattr", "-i", folder.toString());
    }

    private static boolean refusesFiles(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aMissingFolderOrAFolderInPlaceOfTheFileIsNamed() {
        Path missing = dir.resolve("nowhere").resolve("statement.pdf");
        ExportException e = assertThrows(ExportException.class, () -> new AtomicFileWriter().write(missing, out -> out.write(CONTENT)));
        assertEquals(ExportException.Reason.NO_FOLDER, e.reason());
        assertTrue(e.message(Locale.ENGLISH).contains("the folder " + dir.resolve("nowhere") + " does not exist"));
        ExportException folder = assertThrows(ExportException.class, () -> new AtomicFileWriter().write(dir, out -> out.write(CONTENT)));
        assertEquals(ExportException.Reason.IS_FOLDER, folder.reason());
    }

    @Test
    void theCausesAreToldApart() {
        Path target = Path.of("/x/out.pdf");
        assertEquals(ExportException.Reason.DISK_FULL,
                ExportException.from(new IOException("No space left on device"), target).reason());
        assertEquals(ExportException.Reason.DISK_FULL,
                ExportException.from(new FileSystemException("/x/out.pdf", null, "Disk quota exceeded"), target).reason());
        assertEquals(ExportException.Reason.NOT_WRITABLE,
                ExportException.from(new java.nio.file.AccessDeniedException("/x/out.pdf"), target).reason());
        assertEquals(ExportException.Reason.NOT_WRITABLE,
                ExportException.from(new FileSystemException("/x/out.pdf", null, "Read-only file system"), target).reason());
        ExportException other = ExportException.from(new IOException("Input/output error"), target);
        assertEquals(ExportException.Reason.OTHER, other.reason());
        assertEquals("Cannot write /x/out.pdf: Input/output error", other.message(Locale.ENGLISH));
    }
}
