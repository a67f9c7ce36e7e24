package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The bad-input gauntlet: the bundled library cut at every byte, seeded random mutations of it, and JSON
 * cases parsers are known to get wrong. Every input must either load cleanly or give problems that each
 * point at a real line and column, quickly, without an exception escaping.
 */
class LoaderGauntletTest {

    private static final LibraryLoader LOADER = new LibraryLoader();

    private static byte[] bundled() throws IOException {
        try (InputStream in = LibraryLoader.class.getResourceAsStream("/org/missionreader/assets/library.json")) {
            return in.readAllBytes();
        }
    }

    /** Loads and checks the outcome is a clean library or well-placed problems; returns the problems. */
    private static List<Problem> survive(String name, byte[] bytes) {
        LoadResult result;
        try {
            result = LOADER.load(name, bytes);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(name + ": the loader threw " + e, e);
        }
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n') lines++;
        }
        for (Problem p : result.problems()) {
            if (p.line() < 1 || p.line() > lines || p.column() < 1) {
                fail(name + ": problem outside the file (" + lines + " lines): " + p.format(Locale.ENGLISH));
            }
            String message = p.message(Locale.ENGLISH);
            assertFalse(message.isBlank() || message.startsWith("problem."), name + ": no message for " + p);
            assertFalse(message.contains("\n"), name + ": a message spans lines: " + message);
        }
        return result.problems();
    }

    @Test
    void theBundledLibraryCutAtEveryByteGivesProblemsNeverExceptions() throws IOException {
        byte[] full = bundled();
        int end = full.length;
        while (full[end - 1] != '}') end--;
        int rootEnd = end; // only blanks follow the closing brace of the root object
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int length = 0; length < full.length; length++) {
                List<Problem> problems = survive("cut-at-" + length, Arrays.copyOf(full, length));
                // Every cut before the root's closing brace leaves JSON unfinished, and is reported.
                assertEquals(length < rootEnd, !problems.isEmpty(), "cut at byte " + length + ": " + problems);
            }
        });
        assertTrue(survive("whole", full).isEmpty());
    }

    @Test
    void seededRandomMutationsAreAlwaysSurvived() throws IOException {
        byte[] full = bundled();
        SplittableRandom random = new SplittableRandom(20_150_301L);
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        int runs = 0;
        while (System.nanoTime() < deadline || runs < 500) {
            byte[] mutated = mutate(full, random);
            long start = System.nanoTime();
            survive("mutation-" + runs, mutated);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 2_000, "mutation " + runs + " took " + ms + " ms");
            runs++;
        }
        assertTrue(runs >= 500);
    }

    @Test
    void bindingOnAThreadOfItsOwnGivesWhatBindingInLineGives() throws IOException {
        // Large files are bound on a second thread while they are read (BindingPipeline); forced here on the
        // bundled library and its mutations, both ways must give the very same problems, items and places.
        LoadResult whole = loadBothWays("the bundled library", bundled(), 1500, 20_231_231L);
        assertTrue(whole.problems().isEmpty());
    }

    @Test
    void bindingOnAThreadOfItsOwnKeepsUpWithALargeFile() throws IOException {
        // Thousands of items, so that many batches cross between the threads while the file is read.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.missionreader.library.synthetic.SyntheticLibrary(7).write(
                new org.missionreader.library.synthetic.SyntheticLibrary.Size(6, 3000, 1500), out);
        LoadResult whole = loadBothWays("a large library", out.toByteArray(), 12, 42);
        assertEquals(3000, whole.library().documents().size());
    }

    /**
     * Loads a file and {@code mutations} seeded mutations of it with binding in line and on a thread of its
     * own, asserting the same outcome; returns the unmutated file's.
     */
    private static LoadResult loadBothWays(String what, byte[] file, int mutations, long seed) {
        LibraryLoader pipelined = new LibraryLoader(0);
        LibraryLoader inLine = new LibraryLoader(Long.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(seed);
        LoadResult whole = null;
        for (int run = 0; run <= mutations; run++) {
            byte[] bytes = run == 0 ? file : mutate(file, random);
            LoadResult a = inLine.load("f.json", bytes);
            LoadResult b = pipelined.load("f.json", bytes);
            String name = what + ", mutation " + run;
            assertEquals(a.problems(), b.problems(), name);
            assertEquals(a.library().missions(), b.library().missions(), name);
            assertEquals(a.library().documents(), b.library().documents(), name);
            assertEquals(a.library().events(), b.library().events(), name);
            for (String kind : List.of("mission", "document", "event")) {
                assertEquals(a.idPlaces().ids(kind), b.idPlaces().ids(kind), name + ": where the " + kind + " ids stand");
            }
            if (run == 0) whole = b;
        }
        return whole;
    }

    /** One to four random edits: flip, insert, delete or duplicate bytes, or splice in JSON punctuation. */
    private static byte[] mutate(byte[] source, SplittableRandom random) {
        byte[] bytes = source.clone();
        int edits = 1 + random.nextInt(4);
        byte[] punctuation = "{}[],:\"\\ \n0-e.".getBytes(StandardCharsets.US_ASCII);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = punctuation[random.nextInt(punctuation.length)];
                case 2 -> bytes = splice(bytes, at, at + Math.min(bytes.length - at, 1 + random.nextInt(40)), new byte[0]);
                case 3 -> {
                    int from = random.nextInt(bytes.length);
                    int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
                    bytes = splice(bytes, at, at, Arrays.copyOfRange(bytes, from, to));
                }
                default -> bytes = splice(bytes, at, at, new byte[] {punctuation[random.nextInt(punctuation.length)]});
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"schemaVersion\":1,\"missions\":[],}",                       // trailing comma in an object
        "{\"schemaVersion\":1,\"missions\":[,]}",                       // empty slot
        "{\"schemaVersion\":1,,\"missions\":[]}",                      // double comma
        "{\"schemaVersion\":1,\"missions\":[]}{}",                      // two roots
        "{\"schemaVersion\":1 \"missions\":[]}",                        // missing comma
        "{schemaVersion:1,missions:[]}",                                // unquoted keys
        "{'schemaVersion':1,'missions':[]}",                            // single quotes
        "{\"schemaVersion\":01,\"missions\":[]}",                       // leading zero
        "{\"schemaVersion\":1.0,\"missions\":[]}",                      // a float for an integer
        "{\"schemaVersion\":1e400,\"missions\":[]}",                    // a number beyond double
        "{\"schemaVersion\":-0,\"missions\":[]}",
        "{\"schemaVersion\":NaN,\"missions\":[]}",
        "{\"schemaVersion\":Infinity,\"missions\":[]}",
        "{\"schemaVersion\":1,\"missions\":[],\"missions\":[]}",        // duplicate key
        "{\"schemaVersion\":1,\"missions\":[{\"id\":\"\\uD800\"}]}",    // lone high surrogate
        "{\"schemaVersion\":1,\"missions\":[{\"id\":\"\\uDC00x\"}]}",   // lone low surrogate
        "{\"schemaVersion\":1,\"missions\":[{\"id\":\"\\u0000\"}]}",    // escaped NUL
        "{\"schemaVersion\":1,\"missions\":[{\"id\":\"a\\qb\"}]}",      // invalid escape
        "{\"schemaVersion\":1,\"missions\":[{\"id\":\"\\u12\"}]}",      // short unicode escape
        "{\"schemaVersion\":1,\"missions\":\"[]\"}",                    // a string for a list
        "{\"schemaVersion\":true,\"missions\":[]}",
        "[]", "null", "true", "\"a library\"", "0", "{}", "{\"missions\":[]}",
        "// comment\n{\"schemaVersion\":1,\"missions\":[]}",
        "\uFEFF\uFEFF{\"schemaVersion\":1,\"missions\":[]}",            // BOM twice (the second is a character)
    })
    void syntaxCasesParsersGetWrongAreReportedWithAPlace(String json) {
        List<Problem> problems = survive(json, json.getBytes(StandardCharsets.UTF_8));
        assertFalse(problems.isEmpty(), "accepted without a problem: " + json);
    }

    @Test
    void nulBytesAndRawControlCharactersAreReported() {
        byte[] withNul = "{\"schemaVersion\":1,\u0000\"missions\":[]}".getBytes(StandardCharsets.UTF_8);
        assertFalse(survive("nul", withNul).isEmpty());
        byte[] nulInString = "{\"schemaVersion\":1,\"missions\":[{\"id\":\"a\u0000b\"}]}".getBytes(StandardCharsets.UTF_8);
        assertFalse(survive("nul-in-string", nulInString).isEmpty());
    }

    @Test
    void hugeAndDeeplyNestedValuesAreBounded() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
            assertEquals(ProblemCode.TOO_DEEP, survive("deep-objects", deepObjects.getBytes(StandardCharsets.UTF_8)).get(0).code());
            String manyItems = "{\"schemaVersion\":1,\"missions\":[" + "1,".repeat(1_000_000) + "1]}";
            List<Problem> problems = survive("a million wrong items", manyItems.getBytes(StandardCharsets.UTF_8));
            // The first thousand are kept, in reading order; the others are counted.
            assertEquals(ProblemList.KEPT, problems.size());
            LoadResult many = LOADER.load("a million wrong items", manyItems.getBytes(StandardCharsets.UTF_8));
            assertEquals(1_000_001, many.problemCount());
            assertEquals(1_000_001 - ProblemList.KEPT, many.moreProblems());
            assertEquals(32, many.problems().get(0).column());
            assertEquals(32 + 2 * (ProblemList.KEPT - 1), many.problems().get(ProblemList.KEPT - 1).column());
            byte[] hugeNumber = ("{\"schemaVersion\":" + "9".repeat(5_000_000) + "}").getBytes(StandardCharsets.UTF_8);
            assertEquals(ProblemCode.NUMBER_TOO_LONG, survive("huge number", hugeNumber).get(0).code());
            byte[] hugeKey = ("{\"" + "k".repeat(5_000_000) + "\":1}").getBytes(StandardCharsets.UTF_8);
            assertEquals(ProblemCode.STRING_TOO_LONG, survive("huge key", hugeKey).get(0).code());
        });
    }
}
