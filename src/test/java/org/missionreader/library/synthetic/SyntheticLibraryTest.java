package org.missionreader.library.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;

class SyntheticLibraryTest {

    private static byte[] generate(long seed, int missions, int documents, int events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticLibrary(seed).write(new SyntheticLibrary.Size(missions, documents, events), out);
        return out.toByteArray();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertArrayEquals(generate(1, 3, 50, 20), generate(1, 3, 50, 20));
        assertFalse(java.util.Arrays.equals(generate(1, 3, 50, 20), generate(2, 3, 50, 20)));
    }

    @Test
    void aGeneratedLibraryLoadsWithoutAProblemAtItsSize() throws IOException {
        LoadResult result = new LibraryLoader().load("synthetic.json", generate(42, 7, 400, 300));
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals(7, result.library().missions().size());
        assertEquals(400, result.library().documents().size());
        assertEquals(300, result.library().events().size());
    }

    @Test
    void theProseHasFrenchAccentsAndTypography() throws IOException {
        String json = new String(generate(42, 1, 200, 0), StandardCharsets.UTF_8);
        for (String sample : new String[] {"é", "è", "à", "ç", "œ", "’", "«"}) {
            assertTrue(json.contains(sample), "no " + sample + " in the generated prose");
        }
    }

    @Test
    void theBenchmarksEntryPointWritesTheSameBytesAsTheGenerator(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("library.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GenerateLibrary.run(new String[] {"3", "50", "20", file.toString(), "7"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertArrayEquals(generate(7, 3, 50, 20), Files.readAllBytes(file));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote " + file + ": a synthetic library of 3 missions, 50 documents, 20 events"));
    }

    @Test
    void theEntryPointRefusesBadArgumentsWithItsUsage(@TempDir Path dir) {
        for (String[] args : new String[][] {{"3", "50", "20"}, {"x", "50", "20", dir.resolve("a.json").toString()},
                {"0", "50", "20", dir.resolve("b.json").toString()}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = GenerateLibrary.run(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, code, String.join(" ", args));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(GenerateLibrary.USAGE), err::toString);
        }
        assertFalse(Files.exists(dir.resolve("a.json")));
        assertFalse(Files.exists(dir.resolve("b.json")));
    }
}
