package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.missionreader.library.LibraryJson.VALID;
import static org.missionreader.library.LibraryJson.assertOnlyProblem;
import static org.missionreader.library.LibraryJson.load;
import static org.missionreader.library.LibraryJson.validWith;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bytes that are not well-formed JSON: each mistake is named, at the line and column where it is. */
class MalformedJsonTest {

    @Test
    void missingColonIsReportedAtTheValueThatFollowsTheKey() {
        // Line 2 is `  "schemaVersion" 1,`: the key ends at column 17, the 1 stands at column 19.
        LoadResult result = load(validWith("\"schemaVersion\": 1", "\"schemaVersion\" 1"));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNEXPECTED_CHARACTER, 2, 19, "");
        assertEquals(List.of("1"), problem.args());
        assertEquals(0, result.library().missions().size());
    }

    @Test
    void unclosedBraceEndsTheFileTooEarly() {
        // The closing brace of line 35 is gone: the file ends on line 35, column 1, after the last line feed.
        String json = VALID.substring(0, VALID.lastIndexOf('}'));
        assertOnlyProblem(load(json), ProblemCode.UNEXPECTED_END, 35, 1, "");
    }

    @Test
    void unclosedStringEndsTheFileTooEarly() {
        // `{"schemaVersion": 1, "x": "abc` ends after column 30.
        assertOnlyProblem(load("{\"schemaVersion\": 1, \"x\": \"abc"), ProblemCode.UNEXPECTED_END, 1, 31, "");
    }

    @Test
    void trailingCommaBeforeClosingBraceIsNamed() {
        // Line 34 becomes `  ],` and the closing brace of line 35 follows the comma.
        LoadResult result = load(validWith("    }\n  ]\n}", "    }\n  ],\n}"));
        Problem problem = assertOnlyProblem(result, ProblemCode.TRAILING_COMMA, 35, 1, "");
        assertEquals(List.of("}"), problem.args());
    }

    @Test
    void trailingCommaBeforeClosingBracketIsNamed() {
        // Line 31: `      "documents": ["d1", ],` has the bracket at column 27.
        LoadResult result = load(validWith("[\"d1\"]", "[\"d1\", ]"));
        Problem problem = assertOnlyProblem(result, ProblemCode.TRAILING_COMMA, 31, 27, "");
        assertEquals(List.of("]"), problem.args());
    }

    @Test
    void bareWordIsReportedWhereItStarts() {
        // Line 19: `      "title": Title,`: the word starts at column 16, where its quote would be.
        LoadResult result = load(validWith("\"title\": \"Title\"", "\"title\": Title"));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNKNOWN_WORD, 19, 16, "");
        assertEquals(List.of("Title"), problem.args());
    }

    @Test
    void misspelledLiteralIsAnUnknownWordWhereItStarts() {
        // Line 2: `  "schemaVersion": tru,`: the word starts at column 20.
        LoadResult result = load(validWith("\"schemaVersion\": 1", "\"schemaVersion\": tru"));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNKNOWN_WORD, 2, 20, "");
        assertEquals(List.of("tru"), problem.args());
    }

    @Test
    void numberWithLeadingZeroIsReportedWhereItStarts() {
        // Line 2: `  "schemaVersion": 01,`: the number starts at column 20.
        assertOnlyProblem(load(validWith("\"schemaVersion\": 1", "\"schemaVersion\": 01")),
                ProblemCode.BAD_NUMBER, 2, 20, "");
    }

    @Test
    void notANumberIsReportedWhereItStarts() {
        assertOnlyProblem(load(validWith("\"schemaVersion\": 1", "\"schemaVersion\": NaN")),
                ProblemCode.BAD_NUMBER, 2, 20, "");
    }

    @Test
    void plusSignBeforeANumberIsAnUnexpectedCharacter() {
        // Line 2: `  "schemaVersion": +1,`: the sign is at column 20.
        LoadResult result = load(validWith("\"schemaVersion\": 1", "\"schemaVersion\": +1"));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNEXPECTED_CHARACTER, 2, 20, "");
        assertEquals(List.of("+"), problem.args());
    }

    @Test
    void decimalPointWithoutDigitsIsReportedAtWhatFollowsIt() {
        // Line 2: `  "schemaVersion": 1.,`: the comma at column 22 comes where a digit should.
        LoadResult result = load(validWith("\"schemaVersion\": 1", "\"schemaVersion\": 1."));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNEXPECTED_CHARACTER, 2, 22, "");
        assertEquals(List.of(","), problem.args());
    }

    @Test
    void singleQuotesAreAnUnexpectedCharacter() {
        // Line 5: `      'id': "m1",`: the quote is at column 7.
        LoadResult result = load(validWith("\"id\": \"m1\"", "'id': \"m1\""));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNEXPECTED_CHARACTER, 5, 7, "");
        assertEquals(List.of("'"), problem.args());
    }

    @Test
    void bracketClosingTheWrongThingIsAnUnexpectedCharacter() {
        // Line 21: `      "paragraphs": ["Paragraph."},`: the brace at column 34 closes nothing open.
        LoadResult result = load(validWith("[\"Paragraph.\"]", "[\"Paragraph.\"}"));
        Problem problem = assertOnlyProblem(result, ProblemCode.UNEXPECTED_CHARACTER, 21, 34, "");
        assertEquals(List.of("}"), problem.args());
        assertFalse(problem.format(Locale.ENGLISH).contains("Source"),
                () -> "no parser internals in the message: " + problem.format(Locale.ENGLISH));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKeyAndTheFirstIsKept() {
        // Line 6 becomes `      "id": "m2", "acronym": ...`: the repeated key starts at column 7.
        LoadResult result = load(validWith("\"acronym\": {\"en\": \"M1\"}",
                "\"id\": \"m2\", \"acronym\": {\"en\": \"M1\"}"));
        Problem problem = assertOnlyProblem(result, ProblemCode.DUPLICATE_KEY, 6, 7, "$.missions[0]");
        assertEquals(List.of("id"), problem.args());
        assertEquals("m1", result.library().missions().get(0).id());
    }

    @Test
    void anotherObjectAfterTheLibraryIsTrailingContent() {
        // VALID ends with a line feed after line 35, so the extra object opens line 36.
        LoadResult result = load(VALID + "{}\n");
        assertOnlyProblem(result, ProblemCode.TRAILING_CONTENT, 36, 1, "");
        assertEquals(1, result.library().missions().size(), "the library object itself is complete");
    }

    @Test
    void wordAfterTheLibraryIsTrailingContent() {
        LoadResult result = load(VALID + "  oops\n");
        assertOnlyProblem(result, ProblemCode.TRAILING_CONTENT, 36, 3, "");
        assertEquals(1, result.library().missions().size());
    }

    @Test
    void extraClosingBraceAfterTheLibraryIsTrailingContent() {
        LoadResult result = load(VALID + "}\n");
        assertOnlyProblem(result, ProblemCode.TRAILING_CONTENT, 36, 1, "");
        assertEquals(1, result.library().missions().size());
    }

    @Test
    void textThatIsNotAnObjectIsNotALibrary() {
        assertOnlyProblem(load("\n  [1, 2]\n"), ProblemCode.NOT_A_LIBRARY, 2, 3, "$");
    }
}
