package org.missionreader.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    JsonNode(Spot spot, JsonNode parent, String key, int index) {
        this.line = spot.line();
        this.rawColumn = spot.column();
        this.byteOffset = spot.byteOffset();
        this.positions = spot.positions();
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** Where a value starts: line, column (in bytes when positions can convert it), byte offset. */
    record Spot(int line, int column, long byteOffset, TextPositions positions) {
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

    static final class ObjectNode extends JsonNode {
        final Map<String, JsonNode> fields = new LinkedHashMap<>();

        ObjectNode(Spot spot, JsonNode parent, String key, int index) {
            super(spot, parent, key, index);
        }

        @Override
        String typeKey() {
            return "object";
        }
    }

    static final class ArrayNode extends JsonNode {
        final List<JsonNode> items = new ArrayList<>();

        ArrayNode(Spot spot, JsonNode parent, String key, int index) {
            super(spot, parent, key, index);
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

        ScalarNode(Spot spot, JsonNode parent, String key, int index, Kind kind, String text) {
            super(spot, parent, key, index);
            this.kind = kind;
            this.text = text;
        }

        @Override
        String typeKey() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
