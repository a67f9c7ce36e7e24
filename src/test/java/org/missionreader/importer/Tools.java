package org.missionreader.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The external producers the tests run: skipped with a message when missing, a failure when CI=true. */
final class Tools {

    private Tools() {
    }

    static void require(String command, String debianPackage) {
        boolean present;
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + command).redirectErrorStream(true).start();
            present = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        String message = command + " is missing: install the Debian package " + debianPackage + " (.ci/run does)";
        if (!present && "true".equals(System.getenv("CI"))) throw new AssertionError(message);
        Assumptions.assumeTrue(present, message);
    }

    /** Runs a shell command in a folder, and fails with its output if it fails. */
    static void run(Path dir, String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " timed out");
        }
        assertEquals(0, p.exitValue(), command + ": " + output);
    }

}
