package org.missionreader.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file (1-based line and column) and how to reach it
 * (its JSON path), so that every problem found later can say where it is.
 */
abstract class JsonNode {

    final int line;
    /** The column as the parser gave it: in characters, or in bytes when {@code positions} is set. */
    private final int rawColumn;
    private final long byteOffset;
    private final TextPositions positions;
    private final JsonNode parent;
    private final String key;
    private final int index;

    /**
     * @param line where the value starts, 1-based
     * @param rawColumn 1-based, in bytes when {@code positions} can turn it into characters
     * @param byteOffset where the value starts, used with {@code positions}
     */
    JsonNode(int line, int rawColumn, long byteOffset, TextPositions positions, JsonNode parent, String key, int index) {
        this.line = line;
        this.rawColumn = rawColumn;
        this.byteOffset = byteOffset;
        this.positions = positions;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** The 1-based column in characters, as an editor counts it. */
    int column() {
        return positions == null ? rawColumn : positions.charColumn(rawColumn, byteOffset);
    }

    /** The JSON path of this value, such as {@code $.documents[1].date}; built only when a problem needs it. */
    String path() {
        if (parent == null) {
            return "$";
        }
        String up = parent.path();
        if (key != null) {
            return isPlainName(key) ? up + "." + key : up + "['" + key.replace("'", "\\'") + "']";
        }
        return up + "[" + index + "]";
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.length() > 64) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** The kind of value, as a key of the translated type names ("type.object" ...). */
    abstract String typeKey();

    /**
     * An object, its fields in two parallel arrays searched in order: objects of a library have a dozen
     * fields at most, and a map per object costs more to build than all the look-ups it would save.
     */
    static final class ObjectNode extends JsonNode {
        /** Beyond this many fields (never in a library, only in hostile input) a map finds them. */
        private static final int MAX_SEARCHED = 16;

        private String[] names = new String[8];
        private JsonNode[] values = new JsonNode[8];
        private int size;
        private Map<String, JsonNode> many;

        ObjectNode(int line, int rawColumn, long byteOffset, TextPositions positions, JsonNode parent, String key, int index) {
            super(line, rawColumn, byteOffset, positions, parent, key, index);
        }

        /** The value of a field, or null when there is none. */
        JsonNode get(String name) {
            if (many != null) {
                return many.get(name);
            }
            // Parsed names and the binder's literals are both interned: identity nearly always decides.
            for (int i = 0; i < size; i++) {
                if (names[i] == name) return values[i];
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) return values[i];
            }
            return null;
        }

        boolean has(String name) {
            return get(name) != null;
        }

        /** Adds a field the object does not have yet. */
        void put(String name, JsonNode value) {
            if (many != null) {
                many.put(name, value);
                return;
            }
            if (size == MAX_SEARCHED) {
                many = new HashMap<>();
                for (int i = 0; i < size; i++) many.put(names[i], values[i]);
                many.put(name, value);
                names = null;
                values = null;
                return;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        @Override
        String typeKey() {
            return "object";
        }
    }

    static final class ArrayNode extends JsonNode {
        final List<JsonNode> items = new ArrayList<>();

        ArrayNode(int line, int rawColumn, long byteOffset, TextPositions positions, JsonNode parent, String key, int index) {
            super(line, rawColumn, byteOffset, positions, parent, key, index);
        }

        @Override
        String typeKey() {
            return "array";
        }
    }

    /** A string, number, boolean or null, kept as its text. */
    static final class ScalarNode extends JsonNode {
        enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        final Kind kind;
        final String text;
        /**
         * For a string, whether it is blank and where its first unsafe character is ({@link SafeText}), -1
         * when none. Looked at while the parser has just written the text, rather than by the binder once
         * tens of megabytes later it has left the processor's caches.
         */
        final boolean blank;
        final int firstUnsafe;

        ScalarNode(int line, int rawColumn, long byteOffset, TextPositions positions, JsonNode parent, String key, int index,
                   Kind kind, String text, int firstUnsafe) {
            super(line, rawColumn, byteOffset, positions, parent, key, index);
            this.kind = kind;
            this.text = text;
            this.blank = kind == Kind.STRING && text.isBlank();
            this.firstUnsafe = firstUnsafe;
        }

        @Override
        String typeKey() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
