package org.missionreader.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects a benchmark's figures, prints them and writes them to target/bench/NAME.txt with the machine. */
final class BenchReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchReport(String name, String title) {
        this.name = name;
        lines.add("# " + title);
        lines.add("# machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
    }

    void line(String format, Object... args) {
        String line = String.format(java.util.Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    void write() throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".txt"), lines, StandardCharsets.UTF_8);
    }

    static double median(long[] nanos) {
        return percentile(nanos, 50);
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Heap in use after asking for a full collection a few times, in bytes. */
    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
