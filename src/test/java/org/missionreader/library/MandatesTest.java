package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The optional "mandates" of a mission: a compatible addition to schema version 1. */
class MandatesTest {

    private static LoadResult load(String mandates) {
        String json = """
                {
                  "schemaVersion": 1,
                  "missions": [{
                    "id": "m", "acronym": { "en": "M" }, "name": { "en": "M" }, "country": { "en": "C" },
                    "start": "2013-07-01", "end": "2023-12-31",
                    "status": { "state": "closed", "asOf": "2025" },
                    "sources": [{ "name": "s" }],
                    "mandates": %s
                  }]
                }
                """.formatted(mandates);
        return new LibraryLoader().load("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBundledLibraryHoldsMinusmasElevenMandates() {
        LoadResult result = new LibraryLoader().loadBundled();
        assertEquals(List.of(), result.problems());
        List<Mandate> mandates = result.library().mission("minusma").orElseThrow().mandates();
        assertEquals(11, mandates.size());
        assertEquals(new Mandate("2100", PartialDate.ofDay(2013, 4, 25),
                new Source("un.org MINUSMA mandate page (resolution 2100)", null)), mandates.get(0));
        assertEquals(PartialDate.ofDay(2018, 6, 28), mandates.get(5).date());
        assertEquals("2690", mandates.get(10).resolution());
        assertEquals(List.of(), result.library().mission("minusca").orElseThrow().mandates());
    }

    @Test
    void aLibraryWithoutMandatesStillLoads() {
        LoadResult result = load("null");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.library().missions().get(0).mandates());
    }

    @Test
    void wellFormedMandatesLoad() {
        LoadResult result = load("""
                [{ "resolution": "2100", "date": "2013-04-25", "source": { "name": "a" } },
                 { "resolution": "2164", "date": "2014-06", "source": { "name": "b", "url": "https://example.org/b" } }]""");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(new Mandate("2100", PartialDate.ofDay(2013, 4, 25), new Source("a", null)),
                new Mandate("2164", PartialDate.ofMonth(2014, 6), new Source("b", "https://example.org/b"))),
                result.library().missions().get(0).mandates());
    }

    @Test
    void eachProblemIsReportedWhereItIs() {
        LoadResult result = load("""
                [{ "resolution": "2164", "date": "2014-06-25", "source": { "name": "a" } },
                 { "resolution": "2100", "date": "2013-04-25", "source": { "name": "b" } },
                 { "resolution": 2227, "date": "2015-06-29", "source": { "name": "c" } },
                 { "resolution": "2295", "source": { "name": "d" } },
                 { "resolution": "2999", "date": "2024-06-30", "source": { "name": "e" } },
                 "2100"]""");
        List<String> problems = result.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList();
        assertEquals(List.of(
                "test.json:9:34: $.missions[0].mandates[1].date: the mandates must follow each other in time: 2013-04-25 does not come after 2014-06-25",
                "test.json:10:18: $.missions[0].mandates[2].resolution: expected a text, found a number",
                "test.json:11:2: $.missions[0].mandates[3]: the required field \"date\" is missing",
                "test.json:12:34: $.missions[0].mandates[4].date: this mandate (2024-06-30) is dated after the mission’s end (2023-12-31)",
                "test.json:13:2: $.missions[0].mandates[5]: expected an object, found a text"), problems);
        // An item with a problem is left out: here the mission.
        assertTrue(result.library().missions().isEmpty());
        assertTrue(result.problems().get(0).message(Locale.FRENCH)
                .endsWith("les mandats doivent se suivre dans le temps\u00A0: 2013-04-25 ne vient pas après 2014-06-25"));
    }

    @Test
    void mandatesMustBeAList() {
        LoadResult result = load("{ \"resolution\": \"2100\" }");
        assertEquals("$.missions[0].mandates: expected a list, found an object", result.problems().get(0).message(Locale.ENGLISH));
    }
}
