package org.missionreader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Library files for the tests: a small valid file laid out one field per line, so that the line and
 * column of every value can be read off the text, and helpers that change one spot of it.
 */
final class LibraryJson {

    private LibraryJson() {
    }

    /**
     * A valid library with one mission, one document and one event. Line numbers are on the right; every
     * field of an item starts at column 7, so a value after {@code "key": } starts at column 7 + key
     * length + 2 (quotes) + 2 (colon, space).
     */
    static final String VALID = """
            {
              "schemaVersion": 1,
              "missions": [
                {
                  "id": "m1",
                  "acronym": {"en": "M1"},
                  "name": {"en": "Mission one"},
                  "country": {"en": "Mali"},
                  "start": "2013-07-01",
                  "status": {"state": "ongoing", "asOf": "2025"},
                  "sources": [{"name": "s"}]
                }
              ],
              "documents": [
                {
                  "id": "d1",
                  "mission": "m1",
                  "kind": "notice",
                  "title": "Title",
                  "language": "fr",
                  "paragraphs": ["Paragraph."],
                  "source": {"name": "s"}
                }
              ],
              "events": [
                {
                  "id": "e1",
                  "mission": "m1",
                  "date": "2015-03-01",
                  "title": {"en": "Event"},
                  "documents": ["d1"],
                  "sources": [{"name": "s"}]
                }
              ]
            }
            """;
    // Lines of VALID:  1 {   2 schemaVersion   3 "missions": [   4 {   5 id   6 acronym   7 name
    // 8 country   9 start   10 status   11 sources   12 }   13 ],   14 "documents": [   15 {   16 id
    // 17 mission   18 kind   19 title   20 language   21 paragraphs   22 source   23 }   24 ],
    // 25 "events": [   26 {   27 id   28 mission   29 date   30 title   31 documents   32 sources
    // 33 }   34 ]   35 }   (the text ends with a line feed)

    /** A valid mission on one line; its id value starts 7 columns after its opening brace. */
    static String oneLineMission(String id) {
        return "{\"id\": \"" + id + "\", \"acronym\": {\"en\": \"M2\"}, \"name\": {\"en\": \"Mission two\"}, "
                + "\"country\": {\"en\": \"Niger\"}, \"start\": \"2014\", "
                + "\"status\": {\"state\": \"closed\", \"asOf\": \"2025\"}, \"sources\": [{\"name\": \"s\"}]}";
    }

    /** VALID with its only occurrence of {@code from} replaced. */
    static String validWith(String from, String to) {
        return replaceOnce(VALID, from, to);
    }

    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || at != text.lastIndexOf(from)) {
            throw new IllegalArgumentException("must occur exactly once in the text: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    static LoadResult load(String json) {
        return load(json.getBytes(StandardCharsets.UTF_8));
    }

    static LoadResult load(byte[] bytes) {
        return new LibraryLoader().load("t.json", bytes);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Asserts that loading gave exactly one problem, of this code, at this spot and path; returns it. */
    static Problem assertOnlyProblem(LoadResult result, ProblemCode code, int line, int column, String path) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        Problem problem = result.problems().get(0);
        assertProblem(problem, code, line, column, path);
        return problem;
    }

    static void assertProblem(Problem problem, ProblemCode code, int line, int column, String path) {
        assertEquals(code + " at " + line + ":" + column + " " + path,
                problem.code() + " at " + problem.line() + ":" + problem.column() + " " + problem.path(),
                () -> "problem: " + problem);
        assertEquals("t.json", problem.file());
    }

    /** The bytes of the parts one after the other: text as UTF-8, byte arrays as they are. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof byte[] raw ? raw : utf8((String) part);
            out.writeBytes(b);
        }
        return out.toByteArray();
    }
}
