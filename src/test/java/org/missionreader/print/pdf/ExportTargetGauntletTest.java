package org.missionreader.print.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stands at the export's target is never damaged: devices, pipes and sockets, links, read-only files. */
class ExportTargetGauntletTest {

    @TempDir
    Path dir;

    private static final byte[] CONTENT = "%PDF-1.6 whole".getBytes(StandardCharsets.US_ASCII);

    private static ExportException refused(Path target) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ExportException.class, () -> new AtomicFileWriter().write(target, out -> out.write(CONTENT))));
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aDeviceIsNeverReplaced() {
        // /dev/full: as root, the move would replace the device node with a PDF.
        ExportException e = refused(Path.of("/dev/full"));
        assertEquals(ExportException.Reason.NOT_A_FILE, e.reason());
        assertTrue(Files.exists(Path.of("/dev/full")));
        assertTrue(!Files.isRegularFile(Path.of("/dev/full")), "/dev/full is still a device");
        assertEquals("Cannot write /dev/full: it is a device, a pipe or a socket, not a file, and is left as it is."
                + " Choose a file name.", e.message(Locale.ENGLISH));
    }

    @Test
    void aFifoAndASocketAreRefusedAndLeftAsTheyAre() throws Exception {
        Path fifo = dir.resolve("tube.pdf");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(ExportException.Reason.NOT_A_FILE, refused(fifo).reason());
        assertEquals("p", typeOf(fifo));
        Path socket = dir.resolve("s.pdf");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertEquals(ExportException.Reason.NOT_A_FILE, refused(socket).reason());
        }
        assertEquals(List.of(socket, fifo), filesIn(dir), "no temporary file is left");
    }

    private static String typeOf(Path path) throws Exception {
        Process stat = new ProcessBuilder("stat", "-c", "%A", path.toString()).start();
        return new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).substring(0, 1);
    }

    @Test
    void aLinkIsFollowedAndItsTargetReplacedInItsOwnFolder() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("pdfs"));
        Path real = Files.writeString(elsewhere.resolve("old.pdf"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path here = Files.createDirectories(dir.resolve("here"));
        Path link = Files.createSymbolicLink(here.resolve("statement.pdf"), Path.of("../pdfs/old.pdf"));
        new AtomicFileWriter().write(link, out -> out.write(CONTENT));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertArrayEquals(CONTENT, Files.readAllBytes(real));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)), "an existing file keeps its mode");
        assertEquals(List.of(real), filesIn(elsewhere));
        assertEquals(List.of(link), filesIn(here));
    }

    @Test
    void aDanglingLinkGetsItsTargetWritten() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("new.pdf"), dir.resolve("target.pdf"));
        new AtomicFileWriter().write(link, out -> out.write(CONTENT));
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve("target.pdf")));
    }

    @Test
    void aReadOnlyFileIsRefusedUnlessTheReaderSaidToReplaceIt() throws Exception {
        Path file = Files.writeString(dir.resolve("kept.pdf"), "keep me");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        ExportException e = refused(file);
        assertEquals(ExportException.Reason.READ_ONLY, e.reason());
        assertEquals("keep me", Files.readString(file));
        assertEquals(file + " est en lecture seule\u00A0: il n’a pas été remplacé. Choisissez un autre nom,"
                + " ou rendez d’abord le fichier modifiable.", e.message(Locale.FRENCH));
        // Asked and answered: replaced, and still read-only as it was.
        new AtomicFileWriter().write(file, out -> out.write(CONTENT), true);
        assertArrayEquals(CONTENT, Files.readAllBytes(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws Exception {
        Path file = dir.resolve("new.pdf");
        new AtomicFileWriter().write(file, out -> out.write(CONTENT));
        // What a plain new file gets here, umask and all, made the ordinary way beside it.
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
    }
}
