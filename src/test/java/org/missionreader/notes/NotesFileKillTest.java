package org.missionreader.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test: a child JVM writes changes to a notes file in a loop and is killed at random moments; each
 * time, the file loads as a notebook the child had written, whole, never a broken one.
 */
class NotesFileKillTest {

    @TempDir
    Path dir;

    @Test
    void aWriterKilledMidWriteLeavesTheOldFileOrTheNewNeverABrokenOne() throws Exception {
        Random random = new Random(17);
        int kills = 8;
        int before = 0;
        int sawGrowth = 0;
        for (int round = 0; round < kills; round++) {
            Process child = start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("started", out.readLine(), "the child did not start");
                // Some rounds are killed almost at once, others after many writes.
                Thread.sleep(round % 2 == 0 ? 20 + random.nextInt(80) : 150 + random.nextInt(400));
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            NotesStore.Loaded loaded = new NotesFile(dir).load();
            assertNull(loaded.problem(), "round " + round + ": " + loaded.problem());
            assertNull(loaded.setAside());
            assertTrue(loaded.unusable().isEmpty(), loaded.unusable().toString());
            int count = loaded.notebook().notes().size();
            assertEquals(NotesWriterChild.expected(count), loaded.notebook(), "round " + round + ": a notebook the child never wrote");
            assertTrue(count >= before, "round " + round + ": notes were lost (" + before + " then " + count + ")");
            if (count > before) sawGrowth++;
            before = count;
        }
        assertTrue(sawGrowth >= kills / 2, "the child wrote in too few rounds to test anything: " + sawGrowth);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().noneMatch(n -> n.contains("corrupt") || n.contains("unusable")), names.toString());
        }
    }

    private Process start() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isBlank()) {
            // Surefire puts the test classes into the application's module: the child runs there the same way.
            command.add("--module-path");
            command.add(modulePath);
            command.add("--add-modules");
            command.add("org.missionreader");
            command.add("--patch-module");
            command.add("org.missionreader=" + testClasses());
            command.add("--add-exports");
            command.add("org.missionreader/org.missionreader.notes=ALL-UNNAMED");
            command.add("-m");
            command.add("org.missionreader/" + NotesWriterChild.class.getName());
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(NotesWriterChild.class.getName());
        }
        command.add(dir.toString());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Where this test's classes were compiled. */
    private static String testClasses() throws Exception {
        return Path.of(NotesWriterChild.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
