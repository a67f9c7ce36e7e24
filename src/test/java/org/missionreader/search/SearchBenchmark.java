package org.missionreader.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.missionreader.library.Library;

/**
 * Index build time, query latency and memory over a synthetic library of 10,000 documents.
 * Run with {@code mvn -Pbench test -Dtest=SearchBenchmark}; figures on stdout and in target/bench/search.txt.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int DOCUMENTS = 10_000;
    private static final int QUERIES = 400;

    @Test
    void searchOverTenThousandDocuments() throws IOException {
        Library library = SyntheticTexts.library(DOCUMENTS, 42);
        int paragraphs = library.documents().stream().mapToInt(d -> d.paragraphs().size()).sum();
        long heapBefore = usedHeapAfterGc();

        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.build(library);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        long heapAfter = usedHeapAfterGc();

        List<String> queries = queries(new Random(7));
        // Warm-up: the JIT compiles the query path before it is measured.
        for (int i = 0; i < 3; i++) {
            for (String q : queries) index.search(q, 50);
        }
        long[] nanos = new long[queries.size()];
        int withHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            List<SearchHit> hits = index.search(queries.get(i), 50);
            nanos[i] = System.nanoTime() - start;
            if (!hits.isEmpty()) withHits++;
            for (SearchHit hit : hits) {
                // Every highlight lies inside its snippet: the figures are for correct results.
                hit.snippetSpans().forEach(s -> assertTrue(s.end() <= hit.snippet().length()));
            }
        }
        Arrays.sort(nanos);
        String report = String.format(Locale.ROOT, String.join("\n",
                "search benchmark (synthetic library, seed 42)",
                "documents: %d, paragraphs: %d, events: %d, index entries: %d",
                "index build: %d ms",
                "queries: %d (%d with hits), 50 results each with highlighted snippets",
                "latency p50: %.2f ms, p95: %.2f ms, max: %.2f ms",
                "heap used after build (after GC): %d MB (library alone: %d MB)",
                "java %s, %d cores", ""),
                DOCUMENTS, paragraphs, library.events().size(), index.size(), buildMillis, queries.size(), withHits,
                percentile(nanos, 50), percentile(nanos, 95), nanos[nanos.length - 1] / 1e6,
                heapAfter >> 20, heapBefore >> 20, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.print(report);
        Path out = Path.of("target/bench/search.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertTrue(withHits > queries.size() * 3 / 4, "most queries find something");
        assertFalse(index.search("l'accord", 50).isEmpty());
        index.close();
    }

    private static List<String> queries(Random random) {
        String[] words = {"accord", "l'accord", "sécurité", "securite", "œuvre", "oeuvre", "négociations", "négociation",
            "civils", "élections", "electoral", "peacekeepers", "Algiers", "Alger", "ceasefire", "cessez-le-feu",
            "réconciliation", "reconciliation", "humanitaire", "humanitarian", "Tombouctou", "Timbuktu", "désarmement",
            "disarmament", "retrait", "withdrawal", "dialogue", "coopération", "droits", "rights", "délais", "urgence"};
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            switch (queries.size() % 5) {
                case 0, 1 -> queries.add(SyntheticTexts.pick(random, words));
                case 2 -> queries.add(SyntheticTexts.pick(random, words) + " " + SyntheticTexts.pick(random, words));
                case 3 -> queries.add("\"" + SyntheticTexts.pick(random, random.nextBoolean()
                        ? SyntheticTexts.FR_OBJECTS : SyntheticTexts.EN_OBJECTS) + "\"");
                default -> queries.add(SyntheticTexts.pick(random, SyntheticTexts.FR_TAILS).split(" ")[1] + " "
                        + SyntheticTexts.pick(random, words));
            }
        }
        return queries;
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
