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
 * Index build time, query latency and memory over synthetic libraries of 10,000 and 100,000 documents, with a
 * bare Lucene query (one field, no weights, phrase or snippets) on the same index in the same run, to show
 * what the reader's query and snippets add. Run with {@code mvn -Pbench test -Dtest=SearchBenchmark};
 * figures on stdout and in target/bench/search.txt (docs/search.md keeps a run's).
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int QUERIES = 400;

    @Test
    void searchOverTenAndAHundredThousandDocuments() throws IOException {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "search benchmark (synthetic library, seed 42), java %s, %d cores%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        for (int documents : new int[] {10_000, 100_000}) {
            report.append(measure(documents, documents == 10_000 ? 5 : 3));
        }
        System.out.print(report);
        Path out = Path.of("target/bench/search.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static String measure(int documentCount, int builds) throws IOException {
        Library library = SyntheticTexts.library(documentCount, 42);
        int paragraphs = library.documents().stream().mapToInt(d -> d.paragraphs().size()).sum();
        long heapBefore = usedHeapAfterGc();
        long[] buildNanos = new long[builds];
        SearchIndex index = null;
        for (int b = 0; b < builds; b++) {
            if (index != null) index.close();
            long t0 = System.nanoTime();
            index = SearchIndex.build(library);
            buildNanos[b] = System.nanoTime() - t0;
        }
        Arrays.sort(buildNanos);
        long heapAfter = usedHeapAfterGc();

        List<String> queries = queries(new Random(7));
        // Warm-up: the JIT compiles both query paths before they are measured.
        for (int i = 0; i < 3; i++) {
            for (String q : queries) {
                index.search(q, 50);
                index.bare(q, 50);
            }
        }
        long[] nanos = new long[queries.size()];
        long[] bareNanos = new long[queries.size()];
        int withHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            List<SearchHit> hits = index.search(queries.get(i), 50);
            nanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            index.bare(queries.get(i), 50);
            bareNanos[i] = System.nanoTime() - start;
            if (!hits.isEmpty()) withHits++;
            for (SearchHit hit : hits) {
                // Every highlight lies inside its snippet: the figures are for correct results.
                hit.snippetSpans().forEach(s -> assertTrue(s.end() <= hit.snippet().length()));
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(bareNanos);
        assertTrue(withHits > queries.size() * 3 / 4, "most queries find something");
        assertFalse(index.search("l'accord", 50).isEmpty());
        String report = String.format(Locale.ROOT, String.join("\n",
                "",
                "documents: %d, paragraphs: %d, events: %d, index entries: %d",
                "index build (%d builds): p50 %d ms, max %d ms",
                "queries: %d (%d with hits), 50 results each",
                "reader's search (all fields, weights, phrase, snippets): p50 %.2f ms, p95 %.2f ms, max %.2f ms",
                "bare Lucene query (French paragraphs' field, top 50 ids):  p50 %.2f ms, p95 %.2f ms, max %.2f ms",
                "heap used after build (after GC): %d MB (library alone: %d MB)", ""),
                documentCount, paragraphs, library.events().size(), index.size(), builds,
                buildNanos[(builds - 1) / 2] / 1_000_000, buildNanos[builds - 1] / 1_000_000,
                queries.size(), withHits,
                percentile(nanos, 50), percentile(nanos, 95), nanos[nanos.length - 1] / 1e6,
                percentile(bareNanos, 50), percentile(bareNanos, 95), bareNanos[bareNanos.length - 1] / 1e6,
                heapAfter >> 20, heapBefore >> 20);
        index.close();
        return report;
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
