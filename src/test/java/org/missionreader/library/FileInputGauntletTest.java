package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionreader.library.LibraryJson.VALID;
import static org.missionreader.library.LibraryJson.utf8;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not library files, files too large for the memory, and loads cancelled: none hangs the
 * reader or takes the machine's memory, and each is told at its place.
 */
class FileInputGauntletTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static LoadResult loadQuickly(Path path) {
        return assertTimeoutPreemptively(QUICKLY, () -> new LibraryLoader().load(path));
    }

    private static Problem onlyProblem(LoadResult result, ProblemCode code, Path file) {
        assertEquals(1, result.problems().size(), result.problems().toString());
        Problem problem = result.problems().get(0);
        assertEquals(new Problem(file.toString(), 1, 1, "", code, problem.args()), problem);
        return problem;
    }

    @Test
    void aFifoWithNoWriterIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("tube.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Problem problem = onlyProblem(loadQuickly(fifo), ProblemCode.NOT_A_FILE, fifo);
        assertEquals(List.of("type.file.fifo"), problem.args());
        assertEquals("this is a named pipe (FIFO), not a file: only a library file can be read, and this was not opened",
                problem.message(Locale.ENGLISH));
        assertTrue(problem.message(Locale.FRENCH).startsWith("ceci est un tube nommé (FIFO), pas un fichier"));
    }

    @Test
    void devicesFoldersAndSocketsAreRefusedToo() throws IOException {
        assertEquals(List.of("type.file.device"), loadQuickly(Path.of("/dev/zero")).problems().get(0).args());
        assertEquals(List.of("type.file.device"), loadQuickly(Path.of("/dev/null")).problems().get(0).args());
        assertEquals(List.of("type.file.folder"), loadQuickly(dir).problems().get(0).args());
        Path socket = dir.resolve("s.json");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertEquals(List.of("type.file.socket"), loadQuickly(socket).problems().get(0).args());
        }
    }

    @Test
    void aLinkToALibraryIsFollowedAndALinkToAFifoIsNot() throws Exception {
        Path real = Files.write(dir.resolve("real.json"), utf8(VALID));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        LoadResult loaded = loadQuickly(link);
        assertEquals(List.of(), loaded.problems());
        assertEquals(1, loaded.library().missions().size());
        Path fifo = dir.resolve("tube");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path toFifo = Files.createSymbolicLink(dir.resolve("tube.json"), fifo);
        assertEquals(ProblemCode.NOT_A_FILE, loadQuickly(toFifo).problems().get(0).code());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsRealSize() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(LibraryLoader.MAX_FILE_BYTES + (512L << 20)); // sparse: costs no disk
        }
        Problem problem = onlyProblem(loadQuickly(huge), ProblemCode.TOO_LARGE, huge);
        assertEquals("the file is 1536 MB, more than the 1024 MB a library file may have", problem.message(Locale.ENGLISH));
    }

    @Test
    void aLoadCancelledWhileTheFileIsReadStopsThere() throws IOException {
        Path file = Files.write(dir.resolve("big.json"), new byte[12 << 20]);
        int[] steps = {0};
        LoadMonitor cancelsAfterTheFirstSlice = new LoadMonitor() {
            @Override
            public void progress(double fraction) {
                steps[0]++;
            }

            @Override
            public boolean isCancelled() {
                return steps[0] >= 2;
            }
        };
        assertThrows(CancellationException.class, () -> new LibraryLoader().load(file, cancelsAfterTheFirstSlice));
        assertEquals(2, steps[0], "stopped at the second slice of the file, not after reading it all");
    }

    /** Small arrays in a key the reader does not know: the tree would outgrow its memory, and reading stops. */
    @Test
    void aTreeThatWouldOutgrowItsMemoryStopsWhereItWould() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"missions\": [],\n\"later\": [");
        for (int i = 0; i < 200_000; i++) json.append("[],");
        json.append("[]]}");
        byte[] bytes = utf8(json.toString());
        long memory = bytes.length + (4L << 20);
        LoadResult result = assertTimeoutPreemptively(QUICKLY, () -> new LibraryLoader(1 << 20, memory).load("arrays.json", bytes));
        Problem problem = result.problems().get(0);
        assertEquals(ProblemCode.MODEL_TOO_LARGE, problem.code());
        assertEquals(2, problem.line());
        // Four MB of tree at 96 bytes an empty array is some 43,700 of them, three columns each, after `"later": [`.
        int arrays = (int) ((4L << 20) / JsonTreeReader.ARRAY_COST);
        assertTrue(Math.abs(problem.column() - (11 + 3 * arrays)) < 30, "column " + problem.column());
        assertEquals("reading stopped here: this file would take more than the " + (memory >> 20)
                + " MB of memory the reader gives a library (the file is 1 MB)", problem.message(Locale.ENGLISH));
        // The same file with memory enough reads to its end.
        LoadResult enough = new LibraryLoader(1 << 20, 1L << 30).load("arrays.json", bytes);
        assertTrue(enough.problems().stream().noneMatch(p -> p.code() == ProblemCode.MODEL_TOO_LARGE));
    }

    @Test
    void manySmallItemsUnderMissionsGiveTheFirstThousandProblemsAndACount() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"missions\": [");
        for (int i = 0; i < 300_000; i++) json.append("[],");
        json.append("[]]}");
        LoadResult result = assertTimeoutPreemptively(QUICKLY, () -> new LibraryLoader().load("m.json", utf8(json.toString())));
        assertEquals(ProblemList.KEPT, result.problems().size());
        assertEquals(300_001, result.problemCount());
    }

    @Test
    void aBrokenFileTooLargeToReadTwiceIsStillPlacedWhereItBreaks() {
        // The careful second reading holds the text as characters too, two bytes each; blanks cost the tree
        // nothing, so here the tree fits its memory and the characters do not: the first reading's place is given.
        byte[] bytes = utf8("{\"schemaVersion\": 1," + " ".repeat(100_000) + "\n \"missions\": [}\n");
        Problem problem = new LibraryLoader(1 << 20, bytes.length + 100_000).load("b.json", bytes).problems().get(0);
        assertEquals(ProblemCode.MALFORMED_HERE, problem.code(), problem.toString());
        assertEquals(2, problem.line());
        assertEquals(15, problem.column());
        // With memory for both, the careful reading words it.
        Problem worded = new LibraryLoader(1 << 20, bytes.length + 1_000_000).load("b.json", bytes).problems().get(0);
        assertEquals(ProblemCode.UNEXPECTED_CHARACTER, worded.code(), worded.toString());
        assertEquals(15, worded.column());
    }

    @Test
    void theFirstReadingsPlaceIsWordedForEachKindOfBreak() {
        String blanks = " ".repeat(100_000);
        assertEquals(new Problem("b.json", 2, 3, "", ProblemCode.TRAILING_CONTENT, List.of()),
                tooLargeToReadTwice("{\"schemaVersion\": 1}" + blanks + "\n  x\n"));
        Problem deep = tooLargeToReadTwice("{\"schemaVersion\": 1," + blanks + "\n\"x\": " + "[".repeat(100) + "}");
        assertEquals(ProblemCode.TOO_DEEP, deep.code(), deep.toString());
        assertEquals(2, deep.line());
        Problem end = tooLargeToReadTwice("{\"schemaVersion\": 1," + blanks + "\n\"missions\": [");
        assertEquals(ProblemCode.UNEXPECTED_END, end.code(), end.toString());
        assertEquals(2, end.line());
        assertEquals(ProblemCode.EMPTY_FILE, tooLargeToReadTwice(blanks).code());
    }

    /** The only problem of a file whose tree fits its memory but whose characters would not. */
    private static Problem tooLargeToReadTwice(String json) {
        byte[] bytes = utf8(json);
        List<Problem> problems = new LibraryLoader(1 << 20, bytes.length + 100_000).load("b.json", bytes).problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
