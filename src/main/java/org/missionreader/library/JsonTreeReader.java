package org.missionreader.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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


    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .build();

    /** The tree, or null when the file could not be read as JSON; problems has the reasons. */
    record Result(JsonNode root, List<Problem> problems, long droppedProblems) {
        Result(JsonNode root, List<Problem> problems) {
            this(root, problems, problems instanceof ProblemList kept ? kept.dropped() : 0);
        }
    }

    /**
     * What a node of the tree costs in the heap, in bytes, roughly and on the high side (compressed
     * references; the object, its list or arrays, its slot in its parent): the budget counts with these.
     */
    static final int OBJECT_COST = 176;
    static final int ARRAY_COST = 96;
    static final int SCALAR_COST = 80;
    /** A String (header and array) beside its characters, counted two bytes each. */
    static final int STRING_COST = 48;
    /**
     * A node of an item taken by the sink: the node itself is garbage once the item is bound, and what stays
     * is the model's share of it (its texts are counted apart).
     */
    static final int STREAMED_COST = 24;

    /** No limit to the memory a library may take (tests); else reading stops with {@link ProblemCode#MODEL_TOO_LARGE}. */
    static final long UNBOUNDED = Long.MAX_VALUE;

    /** Thrown where the tree outgrows its budget; caught by {@link #read}. */
    private static final class OverBudget extends RuntimeException {
        final int line;
        final int column;

        OverBudget(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
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
    /** The memory the whole library may take while read: the file's bytes, its tree, and the model bound. */
    private final long memory;
    /** What the tree has cost so far (see {@link #OBJECT_COST}), and what it may cost. */
    private long spent;
    private long limit;
    /** Above zero while the items read go to the sink rather than into the tree. */
    private int streamedItems;

    JsonTreeReader() {
        this(LoadMonitor.NONE, 0, 1, ItemSink.NONE, UNBOUNDED);
    }

    JsonTreeReader(LoadMonitor monitor, double progressFrom, double progressSpan, ItemSink sink, long memory) {
        this.monitor = monitor;
        this.sink = sink;
        this.progressFrom = progressFrom;
        this.progressSpan = progressSpan;
        this.memory = memory;
    }

    Result read(String file, byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        if (bytes.length - start == 0) {
            return new Result(null, new ArrayList<>(List.of(problem(file, 1, 1, ProblemCode.EMPTY_FILE))));
        }
        // Checked before Jackson reads: it would take UTF-16 for a JSON encoding, and overlong forms as ASCII.
        Problem encoding = Utf8Check.problem(file, bytes, start);
        if (encoding != null) {
            return new Result(null, new ArrayList<>(List.of(encoding)));
        }
        TextPositions positions = new TextPositions(bytes, start);
        FastReadFailure failure = new FastReadFailure();
        // The bytes are held all along; the tree and the model bound from it share what is left.
        long budget = memory == UNBOUNDED ? UNBOUNDED : memory - bytes.length;
        try {
            spent = 0;
            limit = budget;
            Result fast = readBytes(file, bytes, start, positions, failure);
            if (fast != null) {
                return fast;
            }
            // The careful way holds the text as characters too, two bytes each, beside the bytes.
            long chars = 2L * (bytes.length - start);
            if (budget != UNBOUNDED && chars >= budget) {
                return new Result(null, new ArrayList<>(List.of(failure.problem(file, positions))));
            }
            spent = 0;
            limit = budget == UNBOUNDED ? UNBOUNDED : budget - chars;
            return readChars(file, bytes, start);
        } catch (OverBudget e) {
            return new Result(null, new ArrayList<>(List.of(problem(file, e.line, e.column, ProblemCode.MODEL_TOO_LARGE,
                    String.valueOf(memory >> 20), LibraryLoader.megabytes(bytes.length)))));
        }
    }

    /**
     * The fast way, for well-formed files: Jackson reads the UTF-8 bytes itself, and columns are turned
     * into characters only for the problems reported. Returns null when the JSON itself is broken: the
     * careful way then finds and words the problem.
     */
    private Result readBytes(String file, byte[] bytes, int start, TextPositions positions, FastReadFailure failure) {
        if (bytes.length - start >= 3 && hasBom(java.util.Arrays.copyOfRange(bytes, start, start + 3))) {
            return null; // Jackson would skip a second byte order mark too; the careful way reports it
        }
        List<Problem> problems = new ProblemList();
        totalLength = Math.max(1, bytes.length - start);
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            try {
                if (parser.nextToken() == null) {
                    return null; // blanks only: the file is empty
                }
                JsonNode root = readValue(file, parser, positions, null, null, -1, problems);
                // Whatever follows the root, a value or a stray word, is content after it, from its first byte.
                failure.trailing(parser.currentLocation(), bytes);
                if (parser.nextToken() != null) {
                    return null;
                }
                return new Result(root, problems);
            } catch (IOException e) {
                failure.failed(e, parser.currentLocation());
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The careful way: strict decoding, then parsing characters, wording every way the text is broken. */
    private Result readChars(String file, byte[] bytes, int start) {
        sink.restart();
        List<Problem> problems = new ProblemList();
        CharBuffer decoded = decode(bytes, start);
        char[] array = decoded.array();
        int length = decoded.position();
        totalLength = Math.max(1, length);
        // The parser reads the array; the messages look around a spot in it through this view.
        CharSequence chars = CharBuffer.wrap(array, 0, length);
        try (JsonParser parser = factory.createParser(array, 0, length)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    problems.add(problem(file, 1, 1, ProblemCode.EMPTY_FILE));
                    return new Result(null, problems);
                }
                JsonNode root = readValue(file, parser, null, null, null, -1, problems);
                Problem trailing = JsonProblems.trailingContent(file, chars, parser.currentLocation());
                if (trailing != null) {
                    problems.add(trailing);
                }
                return new Result(root, problems);
            } catch (StreamConstraintsException e) {
                problems.add(JsonProblems.limitProblem(file, e, parser, chars));
            }
        } catch (JsonParseException e) {
            problems.add(JsonProblems.syntaxProblem(file, e, chars));
        } catch (IOException e) {
            problems.add(problem(file, 1, 1, ProblemCode.UNREADABLE, String.valueOf(e.getMessage())));
        }
        return new Result(null, problems);
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
        spend(token, p, key, line, column, offset, positions);
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
        streamedItems++;
        try {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                sink.item(key, readValue(file, p, positions, array, null, i++, problems));
            }
        } finally {
            streamedItems--;
        }
        return array;
    }

    /** Adds what the value costs to what the tree has cost; stops the reading where it would cost too much. */
    private void spend(JsonToken token, JsonParser p, String key, int line, int column, long offset, TextPositions positions) throws IOException {
        long node = streamedItems > 0 ? STREAMED_COST : switch (token) {
            case START_OBJECT -> OBJECT_COST;
            case START_ARRAY -> ARRAY_COST;
            default -> SCALAR_COST;
        };
        long cost = node + switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> STRING_COST + 2L * p.getTextLength();
            default -> 0;
        };
        // A key costs its string and its slot, whether or not the name is shared with other objects.
        if (key != null) cost += STRING_COST + 2L * key.length();
        spent += cost;
        if (spent > limit) {
            throw new OverBudget(line, positions == null ? column : positions.charColumn(column, offset));
        }
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

    /** The text, known to be well-formed UTF-8 (see {@link Utf8Check}), decoded into one array. */
    private static CharBuffer decode(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start), out, true);
        decoder.flush(out);
        return out;
    }

    static Problem problem(String file, int line, int column, ProblemCode code, String... args) {
        return new Problem(file, line, column, "", code, List.of(args));
    }
}
