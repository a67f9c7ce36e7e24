package org.missionreader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code --validate} on files made to take the machine's memory or time, each 200 MB, run as the installed
 * app runs: a JVM of its own with the launcher's heap bound. Peak resident memory (GNU time's maximum RSS)
 * and wall time must stay under 1 GB and 30 s. Figures in target/bench/hostile-input.txt and
 * docs/hostile-input.md.
 */
@Tag("benchmark")
class HostileInputBenchmark {

    private static final long SIZE = 200L << 20;
    private static final long MAX_RESIDENT_KB = 1L << 20;
    private static final double MAX_SECONDS = 30;

    /** A file of {@code head}, then {@code unit} repeated to 200 MB, then {@code tail}. */
    private static Path write(Path dir, String name, String head, String unit, String tail) throws IOException {
        Path file = dir.resolve(name);
        if (Files.exists(file) && Files.size(file) > SIZE - (1 << 20)) return file;
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[u.length * Math.max(1, (1 << 20) / u.length)];
        for (int i = 0; i < block.length; i += u.length) System.arraycopy(u, 0, block, i, u.length);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            long left = SIZE - head.length() - tail.length();
            while (left >= block.length) {
                out.write(block);
                left -= block.length;
            }
            for (; left >= u.length; left -= u.length) out.write(u);
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Path manyKeys(Path dir) throws IOException {
        Path file = dir.resolve("many-keys.json");
        if (Files.exists(file) && Files.size(file) > SIZE - (1 << 20)) return file;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] head = "{\"schemaVersion\": 1, \"missions\": [], \"x\": {".getBytes(StandardCharsets.US_ASCII);
            out.write(head);
            long written = head.length;
            for (long i = 0; written < SIZE - 64; i++) {
                byte[] entry = ("\"k" + i + "\":0,").getBytes(StandardCharsets.US_ASCII);
                out.write(entry);
                written += entry.length;
            }
            out.write("\"end\":0}}".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** The heap bound the Linux launcher gives the app (its default), so that this measures what readers run. */
    static String launcherHeap() throws IOException {
        String script = Files.readString(Path.of("packaging/linux/mission-reader.sh"));
        Matcher m = Pattern.compile("-Xmx\"\\$\\{MISSION_READER_MAX_HEAP:-(\\w+)}\"").matcher(script);
        assertTrue(m.find(), "the launcher bounds the heap");
        return m.group(1);
    }

    @Test
    void hostileFilesStayWithinAGigabyteAndThirtySeconds() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench", "hostile"));
        List<Path> files = new ArrayList<>();
        files.add(write(dir, "arrays-in-missions.json", "{\"schemaVersion\": 1, \"missions\": [", "[],", "[]]}"));
        files.add(write(dir, "arrays-under-unknown-key.json", "{\"schemaVersion\": 1, \"missions\": [], \"x\": [", "[],", "[]]}"));
        files.add(write(dir, "deep-nesting.json", "{\"schemaVersion\": 1, \"missions\": [], \"x\": [",
                "[".repeat(60) + "]".repeat(60) + ",", "[]]}"));
        files.add(write(dir, "long-strings.json", "{\"schemaVersion\": 1, \"missions\": [], \"x\": [",
                "\"" + "a".repeat(999_990) + "\",", "\"\"]}"));
        files.add(manyKeys(dir));
        files.add(Path.of("/dev/zero"));
        // Beside them, for scale: a well-formed library of 40,000 documents, which must load whole.
        Path large = dir.resolve("library-40000-documents.json");
        if (!Files.exists(large)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(large), 1 << 20)) {
                new org.missionreader.library.synthetic.SyntheticLibrary(42)
                        .write(new org.missionreader.library.synthetic.SyntheticLibrary.Size(400, 40_000, 8_000), out);
            }
        }
        files.add(large);

        String heap = launcherHeap();
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isBlank(), "the tests run on the module path");
        BenchReport report = new BenchReport("hostile-input", "--validate FILE, java -Xmx" + heap
                + " -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages (the launcher's options): wall time and peak resident memory");
        report.line("| file | size | time | peak resident | what the reader said |");
        report.line("|---|---|---|---|---|");
        for (Path file : files) {
            Path times = Files.createTempFile(dir, "time", ".txt");
            Process p = new ProcessBuilder("/usr/bin/time", "-f", "%e %M", "-o", times.toString(),
                    "java", "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages", "-Xlog:pagesize=off", "--module-path", modulePath,
                    "-m", "org.missionreader/org.missionreader.app.Main", "--validate", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(file.equals(large) ? 0 : 1, p.waitFor(), output);
            String[] measured = Files.readString(times).strip().split("\\R");
            String[] figures = measured[measured.length - 1].split(" ");
            double seconds = Double.parseDouble(figures[0]);
            long residentKb = Long.parseLong(figures[1]);
            Files.delete(times);
            String said = output.lines().findFirst().orElse("").replace(file.toString(), "FILE");
            long size = Files.isRegularFile(file) ? (Files.size(file) + (1 << 20) - 1) >> 20 : -1;
            report.line("| %s | %s | %.1f s | %d MB | %s |", file.getFileName(), size < 0 ? "device" : size + " MB",
                    seconds, residentKb >> 10, said.length() > 150 ? said.substring(0, 150) + "…" : said);
            assertTrue(residentKb <= MAX_RESIDENT_KB, file + ": " + (residentKb >> 10) + " MB resident");
            assertTrue(seconds <= MAX_SECONDS, file + ": " + seconds + " s");
        }
        report.write();
    }
}
