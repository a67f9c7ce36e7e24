package org.missionreader.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/**
 * Where and how the fast reading of a file's bytes failed, kept for a file too large to be read a second
 * time as characters: its problem is then given from this, at the right line and character column, with a
 * plainer wording than the careful reading's.
 */
final class FastReadFailure {

    private IOException error;
    private JsonLocation at;
    private boolean trailing;

    void failed(IOException error, JsonLocation where) {
        if (trailing) return; // after the root, any failure is the content after it
        this.error = error;
        this.at = error instanceof JsonProcessingException e && e.getLocation() != null ? e.getLocation() : where;
    }

    /** The root value ends at {@code end}: what follows, blanks aside, starts at the next other byte. */
    void trailing(JsonLocation end, byte[] bytes) {
        this.trailing = true;
        int line = end.getLineNr();
        int column = end.getColumnNr();
        long offset = end.getByteOffset();
        for (; offset >= 0 && offset < bytes.length; offset++) {
            byte b = bytes[(int) offset];
            if (b == '\n') {
                line++;
                column = 1;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                column++;
            } else {
                break;
            }
        }
        this.at = new JsonLocation(end.contentReference(), offset, -1, line, column);
    }

    Problem problem(String file, TextPositions positions) {
        if (at == null) {
            return JsonTreeReader.problem(file, 1, 1, error == null && !trailing ? ProblemCode.EMPTY_FILE : ProblemCode.MALFORMED_HERE);
        }
        int line = at.getLineNr();
        int column = at.getByteOffset() >= 0 ? positions.charColumn(at.getColumnNr(), at.getByteOffset()) : at.getColumnNr();
        if (trailing) {
            return JsonTreeReader.problem(file, line, column, ProblemCode.TRAILING_CONTENT);
        }
        if (error instanceof StreamConstraintsException limit) {
            String message = String.valueOf(limit.getOriginalMessage());
            if (message.contains("nesting depth")) {
                return JsonTreeReader.problem(file, line, column, ProblemCode.TOO_DEEP, String.valueOf(JsonTreeReader.MAX_DEPTH));
            }
            if (message.startsWith("Number")) {
                return JsonTreeReader.problem(file, line, column, ProblemCode.NUMBER_TOO_LONG, String.valueOf(JsonTreeReader.MAX_NUMBER_LENGTH));
            }
            if (message.startsWith("Name")) {
                return JsonTreeReader.problem(file, line, column, ProblemCode.STRING_TOO_LONG, String.valueOf(JsonTreeReader.MAX_NAME_LENGTH));
            }
            return JsonTreeReader.problem(file, line, column, ProblemCode.STRING_TOO_LONG, String.valueOf(JsonTreeReader.MAX_STRING_LENGTH));
        }
        if (error instanceof JsonProcessingException e && String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return JsonTreeReader.problem(file, line, column, ProblemCode.UNEXPECTED_END);
        }
        return JsonTreeReader.problem(file, line, column, ProblemCode.MALFORMED_HERE);
    }
}
