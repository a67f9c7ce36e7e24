package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionreader.library.LibraryJson.VALID;
import static org.missionreader.library.LibraryJson.assertOnlyProblem;
import static org.missionreader.library.LibraryJson.load;
import static org.missionreader.library.LibraryJson.oneLineMission;
import static org.missionreader.library.LibraryJson.validWith;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Well-formed JSON that breaks the library format: every problem named, placed, and the rest still loaded. */
class LibraryValidationTest {

    @Test
    void validFileLoadsEveryItem() {
        LoadResult result = load(VALID);
        assertEquals(List.of(), result.problems());
        Library library = result.library();
        assertEquals(List.of("m1"), library.missions().stream().map(Mission::id).toList());
        Document document = library.document("d1").orElseThrow();
        assertEquals(List.of("Paragraph."), document.paragraphs());
        assertEquals(List.of("d1"), library.events().get(0).documentIds());
    }

    @Test
    void unknownPropertiesAreIgnored() {
        LoadResult result = load(validWith("\"kind\": \"notice\",", "\"kind\": \"notice\", \"addedLater\": {\"x\": [1]},"));
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.library().documents().size());
    }

    // ---- schema version

    @Test
    void unsupportedSchemaVersionIsRefused() {
        // Line 2: `  "schemaVersion": 2,`: the value is at column 20.
        LoadResult result = load(validWith("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, 2, 20, "$.schemaVersion");
        assertEquals(List.of("2", "1"), problem.args());
        assertEquals(0, result.library().missions().size());
    }

    @Test
    void schemaVersionGivenAsTextIsTheWrongType() {
        LoadResult result = load(validWith("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.WRONG_TYPE, 2, 20, "$.schemaVersion");
        assertEquals(List.of("type.number", "type.string"), problem.args());
    }

    @Test
    void missingSchemaVersionIsReportedAtTheRootObject() {
        LoadResult result = load(validWith("  \"schemaVersion\": 1,\n", ""));
        assertOnlyProblem(result, ProblemCode.MISSING_SCHEMA_VERSION, 1, 1, "$");
        assertEquals(0, result.library().missions().size());
    }

    // ---- types and required fields

    @Test
    void textWhereAnObjectIsExpectedIsTheWrongType() {
        // Line 6: `      "acronym": "M1",`: the value is at column 18.
        LoadResult result = load(validWith("\"acronym\": {\"en\": \"M1\"}", "\"acronym\": \"M1\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.WRONG_TYPE, 6, 18, "$.missions[0].acronym");
        assertEquals(List.of("type.object", "type.string"), problem.args());
        assertEquals(List.of(), result.library().missions(), "a mission with a blocking problem is left out");
        assertEquals(1, result.library().documents().size(), "the rest of the file still loads");
    }

    @Test
    void numberWhereATextIsExpectedIsTheWrongType() {
        // Line 19: `      "title": 42,`: the value is at column 16.
        LoadResult result = load(validWith("\"title\": \"Title\"", "\"title\": 42"));
        Problem problem = assertOnlyProblem(result, ProblemCode.WRONG_TYPE, 19, 16, "$.documents[0].title");
        assertEquals(List.of("type.string", "type.number"), problem.args());
        assertEquals(List.of(), result.library().documents());
    }

    @Test
    void objectWhereAListIsExpectedIsTheWrongType() {
        // Line 21: `      "paragraphs": {"p": "Paragraph."},`: the value is at column 21.
        LoadResult result = load(validWith("[\"Paragraph.\"]", "{\"p\": \"Paragraph.\"}"));
        Problem problem = assertOnlyProblem(result, ProblemCode.WRONG_TYPE, 21, 21, "$.documents[0].paragraphs");
        assertEquals(List.of("type.array", "type.object"), problem.args());
    }

    @Test
    void missingRequiredFieldIsReportedAtItsObject() {
        // Without its start line, the mission object still opens at line 4, column 5.
        LoadResult result = load(validWith("      \"start\": \"2013-07-01\",\n", ""));
        Problem problem = assertOnlyProblem(result, ProblemCode.MISSING_FIELD, 4, 5, "$.missions[0]");
        assertEquals(List.of("start"), problem.args());
    }

    @Test
    void missingDocumentTitleIsReportedAtTheDocument() {
        LoadResult result = load(validWith("      \"title\": \"Title\",\n", ""));
        Problem problem = assertOnlyProblem(result, ProblemCode.MISSING_FIELD, 15, 5, "$.documents[0]");
        assertEquals(List.of("title"), problem.args());
    }

    @Test
    void blankTitleIsAnEmptyValue() {
        LoadResult result = load(validWith("\"title\": \"Title\"", "\"title\": \"  \""));
        assertOnlyProblem(result, ProblemCode.EMPTY_VALUE, 19, 16, "$.documents[0].title");
    }

    @Test
    void emptyParagraphListIsAnEmptyValue() {
        LoadResult result = load(validWith("[\"Paragraph.\"]", "[]"));
        assertOnlyProblem(result, ProblemCode.EMPTY_VALUE, 21, 21, "$.documents[0].paragraphs");
    }

    @Test
    void unknownDocumentKindIsNamedWithTheKnownOnes() {
        // Line 18: `      "kind": "memo",`: the value is at column 15.
        LoadResult result = load(validWith("\"kind\": \"notice\"", "\"kind\": \"memo\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNKNOWN_VALUE, 18, 15, "$.documents[0].kind");
        assertEquals("memo", problem.args().get(0));
        assertTrue(problem.args().get(1).contains("press-elements"), problem.args().get(1));
    }

    @Test
    void idWithASpaceIsABadId() {
        // Line 27: `      "id": "e 1",`: the value is at column 13.
        LoadResult result = load(validWith("\"id\": \"e1\"", "\"id\": \"e 1\""));
        assertOnlyProblem(result, ProblemCode.BAD_ID, 27, 13, "$.events[0].id");
    }

    // ---- ids and links

    @Test
    void repeatedMissionIdIsReportedWithWhereItWasFirstGiven() {
        // Line 12 becomes `    },` and line 13 holds a second mission `    {"id": "m1", ...}`: its id is at
        // column 12. The first "m1" is on line 5, column 13.
        LoadResult result = load(validWith("    }\n  ],\n  \"documents\"",
                "    },\n    " + oneLineMission("m1") + "\n  ],\n  \"documents\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.DUPLICATE_ID, 13, 12, "$.missions[1].id");
        assertEquals(List.of("m1", "5", "13"), problem.args());
        assertTrue(problem.message(Locale.ENGLISH).contains("line 5, column 13"), problem.message(Locale.ENGLISH));
        assertEquals(1, result.library().missions().size(), "the repeated id is left out, the first one kept");
        assertEquals("Mission one", result.library().missions().get(0).name().en());
    }

    @Test
    void documentOfAnUnknownMissionIsReportedAndLeftOut() {
        // Line 17: `      "mission": "nope",`: the value is at column 18.
        LoadResult result = load(validWith("\"id\": \"d1\",\n      \"mission\": \"m1\"", "\"id\": \"d1\",\n      \"mission\": \"nope\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNKNOWN_MISSION, 17, 18, "$.documents[0].mission");
        assertEquals(List.of("nope"), problem.args());
        assertEquals(List.of(), result.library().documents());
    }

    @Test
    void eventOfAnUnknownMissionIsReported() {
        // Line 28: `      "mission": "nope",`.
        LoadResult result = load(validWith("\"id\": \"e1\",\n      \"mission\": \"m1\"", "\"id\": \"e1\",\n      \"mission\": \"nope\""));
        assertOnlyProblem(result, ProblemCode.UNKNOWN_MISSION, 28, 18, "$.events[0].mission");
        assertEquals(List.of(), result.library().events());
    }

    @Test
    void eventLinkingAnUnknownDocumentIsReported() {
        // Line 31: `      "documents": ["d9"],`: the id is at column 21.
        LoadResult result = load(validWith("[\"d1\"]", "[\"d9\"]"));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNKNOWN_DOCUMENT, 31, 21, "$.events[0].documents[0]");
        assertEquals(List.of("d9"), problem.args());
    }

    // ---- dates

    @Test
    void impossibleDayIsReported() {
        // Line 9: `      "start": "2023-02-30",`: the value is at column 16.
        LoadResult result = load(validWith("\"start\": \"2013-07-01\"", "\"start\": \"2023-02-30\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.IMPOSSIBLE_DATE, 9, 16, "$.missions[0].start");
        assertEquals(List.of("2023-02-30"), problem.args());
    }

    @Test
    void dateWithoutLeadingZeroesHasTheWrongForm() {
        // Line 29: `      "date": "2015-3-1",`: the value is at column 15.
        LoadResult result = load(validWith("\"date\": \"2015-03-01\"", "\"date\": \"2015-3-1\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.BAD_DATE_FORM, 29, 15, "$.events[0].date");
        assertEquals(List.of("2015-3-1"), problem.args());
    }

    @Test
    void missionEndingBeforeItStartsIsReportedAtTheEnd() {
        // Line 9: `      "start": "2013-07-01", "end": "2013-06-30",`: the end value is at column 37.
        LoadResult result = load(validWith("\"start\": \"2013-07-01\",", "\"start\": \"2013-07-01\", \"end\": \"2013-06-30\","));
        Problem problem = assertOnlyProblem(result, ProblemCode.END_BEFORE_START, 9, 37, "$.missions[0].end");
        assertEquals(List.of("2013-06-30", "2013-07-01"), problem.args());
    }

    @Test
    void eventEndingBeforeItStartsIsReportedAtTheEnd() {
        // Line 29: `      "date": "2015-03-01", "end": "2015-02-28",`: the end value is at column 36.
        LoadResult result = load(validWith("\"date\": \"2015-03-01\",", "\"date\": \"2015-03-01\", \"end\": \"2015-02-28\","));
        assertOnlyProblem(result, ProblemCode.END_BEFORE_START, 29, 36, "$.events[0].end");
    }

    @Test
    void monthOnlyEndInTheMonthOfItsStartIsFine() {
        LoadResult result = load(validWith("\"start\": \"2013-07-01\",", "\"start\": \"2013-07-15\", \"end\": \"2013-07\","));
        assertEquals(List.of(), result.problems());
        assertEquals(PartialDate.ofMonth(2013, 7), result.library().missions().get(0).end());
    }

    // ---- every problem of a file, in reading order

    private static final String MANY_PROBLEMS = """
            {
              "schemaVersion": 1,
              "missions": [
                {
                  "id": "m1",
                  "acronym": {"en": "M1"},
                  "name": {"en": "Mission one"},
                  "country": {"en": "Mali"},
                  "start": "2015-06-01",
                  "end": "2014-01-01",
                  "status": {"state": "paused", "asOf": "2025"},
                  "sources": [{"name": "s"}]
                },
                {
                  "id": "m1",
                  "acronym": {"en": "M2"},
                  "name": {"en": "Mission two"},
                  "country": {"en": "Niger"},
                  "start": "2023-02-30",
                  "status": {"state": "closed", "asOf": "2025"},
                  "sources": [{"name": "s"}]
                }
              ],
              "documents": [
                {
                  "id": "d1",
                  "mission": "m9",
                  "kind": "notice",
                  "title": 42,
                  "language": "fr",
                  "paragraphs": ["Paragraph."],
                  "source": {"name": "s"}
                }
              ],
              "events": [
                {
                  "id": "e1",
                  "mission": "m1",
                  "date": "2015-3-1",
                  "title": {"en": "Event"},
                  "documents": ["d2"],
                  "sources": [{"name": "s"}]
                },
                {"id": "e2", "mission": "m1", "date": "2015", "title": {"en": "Fine"}, "sources": [{"name": "s"}]}
              ]
            }
            """;

    @Test
    void everyProblemOfTheFileIsReportedInReadingOrder() {
        LoadResult result = load(MANY_PROBLEMS);
        List<String> found = result.problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.code() + " " + p.path())
                .toList();
        assertEquals(List.of(
                "10:14 END_BEFORE_START $.missions[0].end",
                "11:27 UNKNOWN_VALUE $.missions[0].status.state",
                "15:13 DUPLICATE_ID $.missions[1].id",
                "19:16 IMPOSSIBLE_DATE $.missions[1].start",
                "27:18 UNKNOWN_MISSION $.documents[0].mission",
                "29:16 WRONG_TYPE $.documents[0].title",
                "39:15 BAD_DATE_FORM $.events[0].date",
                "41:21 UNKNOWN_DOCUMENT $.events[0].documents[0]"), found);
    }

    @Test
    void itemsWithoutProblemsStillLoadBesideTheOthers() {
        Library library = load(MANY_PROBLEMS).library();
        assertEquals(List.of(), library.missions());
        assertEquals(List.of(), library.documents());
        assertEquals(List.of("e2"), library.events().stream().map(TimelineEvent::id).toList());
        assertEquals(PartialDate.ofYear(2015), library.events().get(0).date());
    }
}
