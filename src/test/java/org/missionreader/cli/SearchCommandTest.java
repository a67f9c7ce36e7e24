package org.missionreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code --search QUERY} on the bundled library, without a window. */
class SearchCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(locale, "test").run(CommandLine.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsRankedDocumentIdsWithTheirSnippetOnOneLine() {
        Run r = run(Locale.ENGLISH, "--search", "l'accord");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() >= 2, r.out());
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            assertEquals(3, parts.length, line);
            assertTrue(parts[2].toLowerCase(Locale.ROOT).contains("accord"), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("minusma-press-elements-2015-03-04\t§1\t")
                && l.contains("l’accord de paix paraphé le 1er mars à Alger")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void theSpeakerIsFoundAndTheRankingIsTheWindows() {
        Run r = run(Locale.ENGLISH, "--search", "Delattre");
        assertTrue(r.out().startsWith("minusma-press-elements-2015-03-04\tbyline\tFrançois Delattre, "), r.out());
        Run paraphe = run(Locale.FRENCH, "--search", "paraphé");
        List<String> lines = paraphe.out().lines().toList();
        org.missionreader.library.Library bundled = new org.missionreader.library.LibraryLoader().loadBundled().library();
        try (org.missionreader.search.SearchIndex index = org.missionreader.search.SearchIndex.build(bundled)) {
            List<String> ranked = index.search("paraphé", 50).stream().map(SearchCommand::where).toList();
            assertEquals(ranked, lines.stream().map(l -> l.split("\t")[1]).toList());
        }
        // The paragraph of "l’accord de paix paraphé" comes before any event title.
        int paragraph = lines.indexOf(lines.stream().filter(l -> l.contains("\t§1\t")).findFirst().orElseThrow());
        int event = lines.indexOf(lines.stream().filter(l -> l.contains("\tevent:")).findFirst().orElseThrow());
        assertTrue(paragraph < event, paraphe.out());
    }

    @Test
    void theQueryMayBeSeveralWords() {
        Run r = run(Locale.FRENCH, "--search", "mise", "en", "oeuvre");
        assertTrue(r.out().contains("mise en œuvre"), r.out());
    }

    @Test
    void noHitPrintsNothingAndSaysSoOnStandardError() {
        Run r = run(Locale.FRENCH, "--search", "xylophone");
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals("Aucun résultat pour «\u202fxylophone\u202f».", r.err().strip());
    }

    @Test
    void aMissingQueryIsAUsageErrorAndTheHelpNamesTheOption() {
        assertEquals(2, run(Locale.ENGLISH, "--search").code());
        assertTrue(run(Locale.ENGLISH, "--help").out().contains("--search QUERY"));
        assertTrue(run(Locale.FRENCH, "--help").out().contains("--search REQUÊTE"));
    }
}
