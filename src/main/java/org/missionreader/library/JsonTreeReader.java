package org.missionreader.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionreader.library.JsonNode.ArrayNode;
import org.missionreader.library.JsonNode.ObjectNode;
import org.missionreader.library.JsonNode.ScalarNode;

/**
 * Reads the bytes of a JSON file into a tree of {@link JsonNode}s that keep their line and column, turning
 * every way the bytes can be wrong into a {@link Problem}: invalid UTF-8, malformed JSON, values nested or
 * sized beyond the limits below, duplicate keys. It never throws for bad input.
 */
final class JsonTreeReader {

    /** Deeper than any library needs (5 levels), shallow enough that nothing can exhaust the stack. */
    static final int MAX_DEPTH = 64;
    /** One text value: far more than the longest statement paragraph; stops a 100 MB string early. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 100;
    /** Jackson's own default, made explicit so that the message can name it. */
    static final int MAX_NAME_LENGTH = 50_000;

    private static final Pattern QUOTED_TOKEN = Pattern.compile("token '([^']{0,60})");
    /** Jackson writes "('x' (code 120))" for most characters, "((CTRL-CHAR, code 1))" for control ones. */
    private static final Pattern CHAR_CODE = Pattern.compile("code (\\d+)\\)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .build();

    /** The tree, or null when the file could not be read as JSON; problems has the reasons. */
    record Result(JsonNode root, List<Problem> problems) {
    }

    /**
     * Takes the items of the root object's arrays as each is read, when it {@link #streams} that array:
     * such an array stays empty in the tree. Reading may start over (the careful way after the fast way
     * failed): it is then told to {@link #restart}.
     */
    interface ItemSink {
        ItemSink NONE = new ItemSink() {
            @Override
            public boolean streams(String field, ObjectNode root) {
                return false;
            }

            @Override
            public void item(String field, JsonNode item) {
            }

            @Override
            public void restart() {
            }
        };

        /** Whether it takes the items of this field of the root, whose value is an array about to be read. */
        boolean streams(String field, ObjectNode root);

        void item(String field, JsonNode item);

        /** Forget all items taken so far: the file is read again. */
        void restart();
    }

    /** Values read between two looks at the monitor: often enough to cancel at once, rarely enough to cost nothing. */
    private static final int VALUES_PER_STEP = 8192;

    private final LoadMonitor monitor;
    /** What share of the whole load reading covers, and where it starts. */
    private final double progressFrom;
    private final double progressSpan;
    private int valuesSinceStep;
    /** The length of what is parsed, in bytes or characters, for progress. */
    private long totalLength = 1;

    private final ItemSink sink;

    JsonTreeReader() {
        this(LoadMonitor.NONE, 0, 1, ItemSink.NONE);
    }

    JsonTreeReader(LoadMonitor monitor, double progressFrom, double progressSpan, ItemSink sink) {
        this.monitor = monitor;
        this.sink = sink;
        this.progressFrom = progressFrom;
        this.progressSpan = progressSpan;
    }

    Result read(String file, byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        if (bytes.length - start == 0) {
            return new Result(null, new ArrayList<>(List.of(problem(file, 1, 1, ProblemCode.EMPTY_FILE))));
        }
        Result fast = readBytes(file, bytes, start);
        return fast != null ? fast : readChars(file, bytes, start);
    }

    /**
     * The fast way, for well-formed files: Jackson reads the UTF-8 bytes itself, and columns are turned
     * into characters only for the problems reported. Returns null when the JSON itself is broken (or not
     * UTF-8): the careful way then finds and words the problem.
     */
    private Result readBytes(String file, byte[] bytes, int start) {
        if (bytes.length - start >= 3 && hasBom(java.util.Arrays.copyOfRange(bytes, start, start + 3))) {
            return null; // Jackson would skip a second byte order mark too; the careful way reports it
        }
        List<Problem> problems = new ArrayList<>();
        TextPositions positions = new TextPositions(bytes, start);
        totalLength = Math.max(1, bytes.length - start);
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root = readValue(file, parser, positions, null, null, -1, problems);
            if (parser.nextToken() != null) {
                return null;
            }
            return new Result(root, problems);
        } catch (IOException e) {
            return null;
        }
    }

    /** The careful way: strict decoding, then parsing characters, wording every way the text is broken. */
    private Result readChars(String file, byte[] bytes, int start) {
        sink.restart();
        List<Problem> problems = new ArrayList<>();
        char[] array = decode(file, bytes, start, problems);
        if (array == null) {
            return new Result(null, problems);
        }
        totalLength = Math.max(1, array.length);
        // The parser reads the array; the messages look around a spot in it through this view.
        CharSequence chars = CharBuffer.wrap(array);
        try (JsonParser parser = factory.createParser(array)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(problem(file, 1, 1, ProblemCode.EMPTY_FILE));
                    return new Result(null, problems);
                }
                JsonNode root = readValue(file, parser, null, null, null, -1, problems);
                Problem trailing = trailingContent(file, chars, parser.currentLocation());
                if (trailing != null) {
                    problems.add(trailing);
                }
                return new Result(root, problems);
            } catch (StreamConstraintsException e) {
                problems.add(limitProblem(file, e, parser, chars));
            }
        } catch (JsonParseException e) {
            problems.add(syntaxProblem(file, e, chars));
        } catch (IOException e) {
            problems.add(problem(file, 1, 1, ProblemCode.UNREADABLE, String.valueOf(e.getMessage())));
        }
        return new Result(null, problems);
    }

    /**
     * Anything but blanks after the root value, reported where it starts. The text is scanned rather than
     * parsed on, so that a stray word or bracket after a complete library is named for what it is.
     */
    private static Problem trailingContent(String file, CharSequence chars, JsonLocation end) {
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
                return problem(file, line, column, ProblemCode.TRAILING_CONTENT);
            }
        }
        return null;
    }

    private JsonNode readValue(String file, JsonParser p, TextPositions positions, JsonNode parent, String key, int index,
                               List<Problem> problems) throws IOException {
        countValue(p);
        // Read from the parser's fields rather than through currentTokenLocation(), which builds a
        // JsonLocation for every value. Both parsers Jackson makes here are ParserBases, and for a value
        // token (never a key) their getters count one past what JsonLocation reports: the tests on
        // problem columns check that both agree.
        ParserBase at = (ParserBase) p;
        int line = at.getTokenLineNr();
        int column = at.getTokenColumnNr() - 1;
        long offset = at.getTokenCharacterOffset() - 1;
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = new ObjectNode(line, column, offset, positions, parent, key, index);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (object.has(name)) {
                        // The first value stays; the repeated one is still read, for its own problems.
                        JsonLocation keyAt = p.currentTokenLocation();
                        p.nextToken();
                        readValue(file, p, positions, object, name, -1, problems);
                        problems.add(duplicateKey(file, keyAt, positions, object, name));
                    } else if (p.nextToken() == JsonToken.START_ARRAY && parent == null && sink.streams(name, object)) {
                        object.put(name, readItems(file, p, positions, object, name, problems));
                    } else {
                        object.put(name, readValue(file, p, positions, object, name, -1, problems));
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = new ArrayNode(line, column, offset, positions, parent, key, index);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.items.add(readValue(file, p, positions, array, null, i++, problems));
                }
                return array;
            }
            case VALUE_STRING -> {
                // Looked at for unsafe characters where the parser has just decoded it, before it is copied.
                int unsafe = SafeText.firstUnsafe(p.getTextCharacters(), p.getTextOffset(), p.getTextOffset() + p.getTextLength());
                return new ScalarNode(line, column, offset, positions, parent, key, index, ScalarNode.Kind.STRING, p.getText(), unsafe);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(line, column, offset, positions, parent, key, index, ScalarNode.Kind.NUMBER, p.getText(), -1);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(line, column, offset, positions, parent, key, index, ScalarNode.Kind.BOOLEAN, p.getText(), -1);
            }
            default -> {
                return new ScalarNode(line, column, offset, positions, parent, key, index, ScalarNode.Kind.NULL, null, -1);
            }
        }
    }

    /** An array of the root whose items go to the sink as each is read, rather than into the tree. */
    private ArrayNode readItems(String file, JsonParser p, TextPositions positions, ObjectNode root, String key,
                                List<Problem> problems) throws IOException {
        countValue(p);
        ParserBase at = (ParserBase) p;
        ArrayNode array = new ArrayNode(at.getTokenLineNr(), at.getTokenColumnNr() - 1, at.getTokenCharacterOffset() - 1,
                positions, root, key, -1);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            sink.item(key, readValue(file, p, positions, array, null, i++, problems));
        }
        return array;
    }

    /** Counts a value read, and now and then reports progress and lets the monitor cancel. */
    private void countValue(JsonParser p) {
        if (++valuesSinceStep == VALUES_PER_STEP) {
            valuesSinceStep = 0;
            JsonLocation now = p.currentLocation();
            long offset = Math.max(now.getCharOffset(), now.getByteOffset());
            monitor.step(progressFrom + progressSpan * offset / totalLength);
        }
    }

    /** A key the object already has, placed at the key's opening quote. */
    private static Problem duplicateKey(String file, JsonLocation keyAt, TextPositions positions, ObjectNode object, String name) {
        int column = positions == null ? keyAt.getColumnNr() : positions.charColumn(keyAt.getColumnNr(), keyAt.getByteOffset());
        return new Problem(file, keyAt.getLineNr(), column, object.path(), ProblemCode.DUPLICATE_KEY, List.of(name));
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * Strict UTF-8: the first bad byte is reported at its line and column, nothing is silently replaced.
     * The JDK's String decoding is fast but replaces bad bytes with U+FFFD; only when that character
     * appears does the strict decoder run, to tell a bad byte from a U+FFFD the file really holds.
     */
    private static char[] decode(String file, byte[] bytes, int start, List<Problem> problems) {
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text.toCharArray();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return text.toCharArray();
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String badByte = String.format("0x%02X", bytes[in.position()] & 0xFF);
        problems.add(problem(file, line, column, ProblemCode.INVALID_UTF8, badByte, String.valueOf(in.position())));
        return null;
    }

    /**
     * A value beyond the limits, placed where that value starts. Jackson gives these exceptions no location,
     * and a value read together with its key still has the key as the parser's current token, so each
     * limit finds its spot its own way.
     */
    private static Problem limitProblem(String file, StreamConstraintsException e, JsonParser parser, CharSequence chars) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            // The container that went one level too deep has just been entered: it knows where it opened.
            JsonLocation at = parser.getParsingContext().startLocation(ContentReference.unknown());
            return problem(file, at.getLineNr(), at.getColumnNr(), ProblemCode.TOO_DEEP, String.valueOf(MAX_DEPTH));
        }
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            // Checked once the digits are read: the number ends where the parser stands.
            JsonLocation end = parser.currentLocation();
            return problem(file, end.getLineNr(), tokenStartColumn(end, chars), ProblemCode.NUMBER_TOO_LONG,
                    String.valueOf(MAX_NUMBER_LENGTH));
        }
        if (message.startsWith("Name length")) {
            // Checked once the key is read: it ends, closing quote included, where the parser stands.
            JsonLocation end = parser.currentLocation();
            return problem(file, end.getLineNr(), keyStartColumn(end, chars), ProblemCode.STRING_TOO_LONG,
                    String.valueOf(MAX_NAME_LENGTH));
        }
        // Text is read when asked for, so its own token is current.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        if (message.startsWith("String value length") || message.startsWith("String length")) {
            return problem(file, at.getLineNr(), at.getColumnNr(), ProblemCode.STRING_TOO_LONG, String.valueOf(MAX_STRING_LENGTH));
        }
        return problem(file, at.getLineNr(), at.getColumnNr(), ProblemCode.SYNTAX, message);
    }

    /** Turns Jackson's parser messages into plain ones a person can act on. */
    private static Problem syntaxProblem(String file, JsonParseException e, CharSequence chars) {
        JsonLocation at = e.getLocation();
        int line = at != null ? at.getLineNr() : 1;
        int column = at != null ? at.getColumnNr() : 1;
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Unexpected end-of-input")) {
            return problem(file, line, column, ProblemCode.UNEXPECTED_END);
        }
        if (message.startsWith("Illegal unquoted character")) {
            return problem(file, line, column, ProblemCode.UNESCAPED_CONTROL, codeOf(message));
        }
        if (message.startsWith("Unrecognized token")) {
            Matcher m = QUOTED_TOKEN.matcher(message);
            return problem(file, line, tokenStartColumn(at, chars), ProblemCode.UNKNOWN_WORD, m.find() ? m.group(1) : "?");
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Non-standard token")
                || message.contains("Leading zeroes") || message.startsWith("Invalid number")) {
            return problem(file, line, tokenStartColumn(at, chars), ProblemCode.BAD_NUMBER);
        }
        if (message.startsWith("Unexpected close marker")) {
            // A bracket that closes something other than what is open: "]" where "}" was due, or the reverse.
            Matcher m = CLOSE_MARKER.matcher(message);
            return problem(file, line, column, ProblemCode.UNEXPECTED_CHARACTER, m.find() ? m.group(1) : "?");
        }
        if (message.startsWith("Unexpected character") || message.startsWith("Illegal character")) {
            String code = codeOf(message);
            int charColumn = characterColumn(at, chars, message);
            // A comma right before the closing bracket is the commonest hand-editing slip: say so.
            if (at != null && ("}".equals(code) || "]".equals(code)) && followsComma(chars, at.getCharOffset(), code)) {
                return problem(file, line, charColumn, ProblemCode.TRAILING_COMMA, code);
            }
            return problem(file, line, charColumn, ProblemCode.UNEXPECTED_CHARACTER, code);
        }
        return problem(file, line, column, ProblemCode.SYNTAX, message);
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

    /** The offending character, shown as itself when printable, else as U+XXXX. */
    private static String codeOf(String message) {
        Matcher m = CHAR_CODE.matcher(message);
        if (!m.find()) return "?";
        int code = Integer.parseInt(m.group(1));
        return Character.isISOControl(code) || Character.getType(code) == Character.FORMAT
                ? String.format("U+%04X", code) : new String(Character.toChars(code));
    }

    static Problem problem(String file, int line, int column, ProblemCode code, String... args) {
        return new Problem(file, line, column, "", code, List.of(args));
    }
}
