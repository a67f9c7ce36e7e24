package org.missionreader.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the ways a JSON text can be broken as problems a person can act on, placed on the character
 * they are about: Jackson's messages and locations, turned into {@link ProblemCode}s and editor columns.
 */
final class JsonProblems {

    private static final Pattern QUOTED_TOKEN = Pattern.compile("token '([^']{0,60})");
    /**
     * Jackson writes "('x' (code 120))" for most characters, "((CTRL-CHAR, code 1))" for control ones, and
     * "('?' (code 65279 / 0xFEFF))" beyond Latin-1.
     */
    private static final Pattern CHAR_CODE = Pattern.compile("code (\\d+)(?: / 0x[0-9A-Fa-f]+)?\\)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");

    private JsonProblems() {
    }

    /**
     * Anything but blanks after the root value, reported where it starts. The text is scanned rather than
     * parsed on, so that a stray word or bracket after a complete library is named for what it is.
     */
    static Problem trailingContent(String file, CharSequence chars, JsonLocation end) {
        int line = end.getLineNr();
        int column = end.getColumnNr();
        for (int i = (int) Math.min(end.getCharOffset(), chars.length()); i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < chars.length() && chars.charAt(i + 1) == '\n') i++;
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t') {
                column++;
            } else {
                return JsonTreeReader.problem(file, line, column, ProblemCode.TRAILING_CONTENT);
            }
        }
        return null;
    }

    /**
     * A value beyond the limits, placed where that value starts. Jackson gives these exceptions no location,
     * and a value read together with its key still has the key as the parser's current token, so each
     * limit finds its spot its own way.
     */
    static Problem limitProblem(String file, StreamConstraintsException e, JsonParser parser, CharSequence chars) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            // The container that went one level too deep has just been entered: it knows where it opened.
            JsonLocation at = parser.getParsingContext().startLocation(ContentReference.unknown());
            return JsonTreeReader.problem(file, at.getLineNr(), at.getColumnNr(), ProblemCode.TOO_DEEP, String.valueOf(JsonTreeReader.MAX_DEPTH));
        }
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            // Checked once the digits are read: the number ends where the parser stands.
            JsonLocation end = parser.currentLocation();
            return JsonTreeReader.problem(file, end.getLineNr(), tokenStartColumn(end, chars), ProblemCode.NUMBER_TOO_LONG,
                    String.valueOf(JsonTreeReader.MAX_NUMBER_LENGTH));
        }
        if (message.startsWith("Name length")) {
            // Checked once the key is read: it ends, closing quote included, where the parser stands.
            JsonLocation end = parser.currentLocation();
            return JsonTreeReader.problem(file, end.getLineNr(), keyStartColumn(end, chars), ProblemCode.STRING_TOO_LONG,
                    String.valueOf(JsonTreeReader.MAX_NAME_LENGTH));
        }
        // Text is read when asked for, so its own token is current.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        if (message.startsWith("String value length") || message.startsWith("String length")) {
            return JsonTreeReader.problem(file, at.getLineNr(), at.getColumnNr(), ProblemCode.STRING_TOO_LONG, String.valueOf(JsonTreeReader.MAX_STRING_LENGTH));
        }
        return JsonTreeReader.problem(file, at.getLineNr(), at.getColumnNr(), ProblemCode.SYNTAX);
    }

    /** Turns Jackson's parser messages into plain ones a person can act on. */
    static Problem syntaxProblem(String file, JsonParseException e, CharSequence chars) {
        JsonLocation at = e.getLocation();
        int line = at != null ? at.getLineNr() : 1;
        int column = at != null ? at.getColumnNr() : 1;
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Unexpected end-of-input")) {
            return JsonTreeReader.problem(file, line, column, ProblemCode.UNEXPECTED_END);
        }
        if (message.startsWith("Illegal unquoted character")) {
            Matcher control = CHAR_CODE.matcher(message);
            String code = control.find() ? String.format("U+%04X", Integer.parseInt(control.group(1))) : "?";
            return JsonTreeReader.problem(file, line, column, ProblemCode.UNESCAPED_CONTROL, code);
        }
        if (message.startsWith("Unrecognized token")) {
            Matcher m = QUOTED_TOKEN.matcher(message);
            return JsonTreeReader.problem(file, line, tokenStartColumn(at, chars), ProblemCode.UNKNOWN_WORD, m.find() ? m.group(1) : "?");
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Non-standard token")
                || message.contains("Leading zeroes") || message.startsWith("Invalid number")) {
            return JsonTreeReader.problem(file, line, tokenStartColumn(at, chars), ProblemCode.BAD_NUMBER);
        }
        if (message.startsWith("Unrecognized character escape") || message.contains("character escape sequence")) {
            // A backslash before a letter JSON gives no meaning, or a backslash-u without four hex digits.
            return JsonTreeReader.problem(file, line, column, ProblemCode.BAD_ESCAPE, codeOf(message));
        }
        if (message.startsWith("Unexpected close marker")) {
            // A bracket that closes something other than what is open: "]" where "}" was due, or the reverse.
            Matcher m = CLOSE_MARKER.matcher(message);
            return JsonTreeReader.problem(file, line, column, ProblemCode.UNEXPECTED_CHARACTER, m.find() ? m.group(1) : "?");
        }
        if (message.startsWith("Unexpected character") || message.startsWith("Illegal character")) {
            String code = codeOf(message);
            int charColumn = characterColumn(at, chars, message);
            if (at != null) {
                // Jackson names one UTF-16 unit: a character beyond the basic plane (an emoji) is two.
                int offset = (int) (at.getCharOffset() + charColumn - at.getColumnNr());
                if (charAt(chars, offset) >= 0 && Character.isHighSurrogate(chars.charAt(offset))
                        && Character.isLowSurrogate((char) charAt(chars, offset + 1))) {
                    code = describe(Character.toCodePoint(chars.charAt(offset), chars.charAt(offset + 1)));
                }
            }
            // A comma right before the closing bracket is the commonest hand-editing slip: say so.
            if (at != null && ("}".equals(code) || "]".equals(code)) && followsComma(chars, at.getCharOffset(), code)) {
                return JsonTreeReader.problem(file, line, charColumn, ProblemCode.TRAILING_COMMA, code);
            }
            return JsonTreeReader.problem(file, line, charColumn, ProblemCode.UNEXPECTED_CHARACTER, code);
        }
        // Never Jackson's own sentence: it is English whatever the session's language.
        return JsonTreeReader.problem(file, line, column, ProblemCode.SYNTAX);
    }

    /**
     * The column of the character a message names. Inside a number Jackson reports one column after it
     * ("+5") or one before it ("1.}"); elsewhere exactly at it. Looking at the neighbours puts all on it.
     */
    private static int characterColumn(JsonLocation at, CharSequence chars, String message) {
        Matcher m = CHAR_CODE.matcher(message);
        if (at == null || !m.find()) {
            return at != null ? at.getColumnNr() : 1;
        }
        int code = Integer.parseInt(m.group(1));
        int column = at.getColumnNr();
        long offset = at.getCharOffset();
        if (charAt(chars, offset) == code) {
            return column;
        }
        if (column > 1 && charAt(chars, offset - 1) == code) {
            return column - 1;
        }
        int here = charAt(chars, offset);
        if (here != '\n' && here != '\r' && charAt(chars, offset + 1) == code) {
            return column + 1;
        }
        return column;
    }

    private static int charAt(CharSequence chars, long offset) {
        return offset >= 0 && offset < chars.length() ? chars.charAt((int) offset) : -1;
    }

    /**
     * The column where a bad word or number starts. Jackson reports these after reading the whole token,
     * so its column is past the end; a token never spans lines, so walking back over its characters finds it.
     */
    private static int tokenStartColumn(JsonLocation at, CharSequence chars) {
        if (at == null) {
            return 1;
        }
        int end = (int) Math.min(Math.max(at.getCharOffset(), 0), chars.length());
        int start = end;
        while (start > 0 && isTokenPart(chars.charAt(start - 1))) {
            start--;
        }
        return Math.max(1, at.getColumnNr() - (end - start));
    }

    /** The column of the opening quote of the key whose closing quote stands just before {@code end}. */
    private static int keyStartColumn(JsonLocation end, CharSequence chars) {
        int close = (int) Math.min(end.getCharOffset(), chars.length()) - 1;
        for (int i = close - 1; i >= 0 && chars.charAt(i) != '\n'; i--) {
            if (chars.charAt(i) == '"') {
                int backslashes = 0;
                while (i - 1 - backslashes >= 0 && chars.charAt(i - 1 - backslashes) == '\\') backslashes++;
                if (backslashes % 2 == 0) {
                    return Math.max(1, end.getColumnNr() - (close + 1 - i));
                }
            }
        }
        return end.getColumnNr();
    }

    private static boolean isTokenPart(char c) {
        return c != '\n' && c != '\r' && (Character.isJavaIdentifierPart(c) || c == '-' || c == '+' || c == '.');
    }

    /** Whether the bracket at (or just before) the offset follows a comma, blanks aside. */
    private static boolean followsComma(CharSequence chars, long offset, String bracket) {
        int i = (int) Math.min(offset, chars.length() - 1);
        if (i >= 0 && chars.charAt(i) != bracket.charAt(0)) i--;
        if (i < 0 || chars.charAt(i) != bracket.charAt(0)) return false;
        for (i--; i >= 0; i--) {
            if (!Character.isWhitespace(chars.charAt(i))) return chars.charAt(i) == ',';
        }
        return false;
    }

    /** The offending character: printable ASCII as itself, anything else by its code point and name. */
    private static String codeOf(String message) {
        Matcher m = CHAR_CODE.matcher(message);
        if (!m.find()) return "?";
        return describe(Integer.parseInt(m.group(1)));
    }

    /** "}" for a printable ASCII character; "U+FEFF (zero width no-break space)" for any other. */
    static String describe(int code) {
        if (code > 0x20 && code < 0x7F) {
            return new String(Character.toChars(code));
        }
        String name = Character.isValidCodePoint(code) ? Character.getName(code) : null;
        String point = String.format("U+%04X", code);
        return name == null ? point : point + " (" + name.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
