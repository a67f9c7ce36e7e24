package org.missionreader.notes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notes file's format (docs/notes.md), read and written with Jackson's streaming API: an object with
 * {@code "schemaVersion": 1}, {@code "notes"} and {@code "bookmarks"}. Paragraphs are written 1-based, as the
 * reader shows them ("§ 3" is {@code "paragraph": 3}); instants as ISO-8601 UTC. An entry that cannot be used
 * is not dropped silently: it is named in {@link Read#unusable}, and its caller keeps a copy of the file.
 */
public final class NotesJson {

    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32).maxStringLength(4 << 20).maxNumberLength(40).build())
            .build();

    /** Why a whole file cannot be used. */
    public enum Why { NOT_JSON, NOT_NOTES, NEWER }

    /** A file that is not a notes file, or one this reader is too old for; the message says where and why. */
    public static final class NotNotes extends IOException {
        private final Why why;

        NotNotes(Why why, String message) {
            super(message);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    /** What a file gave: the notebook of the usable entries, and a line for each entry that was not usable. */
    public record Read(Notebook notebook, List<String> unusable) {
        public Read {
            unusable = List.copyOf(unusable);
        }
    }

    private NotesJson() {
    }

    /** Reads a notes file's bytes; throws {@link NotNotes} when nothing in them can be a notes file. */
    public static Read read(byte[] bytes) throws NotNotes {
        Object root;
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new NotNotes(Why.NOT_JSON, "the file is empty");
            root = value(p, first);
            if (p.nextToken() != null) {
                throw new NotNotes(Why.NOT_JSON, where(p) + "content after the notes object");
            }
        } catch (NotNotes e) {
            throw e;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
            throw new NotNotes(Why.NOT_JSON, where + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotNotes(Why.NOT_JSON, String.valueOf(e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> top)) throw new NotNotes(Why.NOT_NOTES, "the file is not a JSON object");
        Object version = top.get("schemaVersion");
        if (!(version instanceof Long v)) throw new NotNotes(Why.NOT_NOTES, "no \"schemaVersion\" number");
        if (v > SCHEMA_VERSION) {
            throw new NotNotes(Why.NEWER, "schemaVersion " + v + " is newer than this reader's (" + SCHEMA_VERSION + ")");
        }
        if (v < 1) throw new NotNotes(Why.NOT_NOTES, "schemaVersion " + v + " is not a version");
        Object notesValue = top.containsKey("notes") ? top.get("notes") : List.of();
        Object bookmarksValue = top.containsKey("bookmarks") ? top.get("bookmarks") : List.of();
        if (!(notesValue instanceof List<?> notesList)) throw new NotNotes(Why.NOT_NOTES, "\"notes\" is not an array");
        if (!(bookmarksValue instanceof List<?> bookmarksList)) throw new NotNotes(Why.NOT_NOTES, "\"bookmarks\" is not an array");
        List<String> unusable = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < notesList.size(); i++) {
            try {
                Note note = note(notesList.get(i));
                if (!ids.add(note.id())) throw new IllegalArgumentException("a second note with id " + note.id());
                notes.add(note);
            } catch (RuntimeException e) {
                unusable.add("notes[" + i + "]: " + e.getMessage());
            }
        }
        List<Bookmark> bookmarks = new ArrayList<>();
        ids.clear();
        for (int i = 0; i < bookmarksList.size(); i++) {
            try {
                Bookmark bookmark = bookmark(bookmarksList.get(i));
                if (!ids.add(bookmark.id())) throw new IllegalArgumentException("a second bookmark with id " + bookmark.id());
                bookmarks.add(bookmark);
            } catch (RuntimeException e) {
                unusable.add("bookmarks[" + i + "]: " + e.getMessage());
            }
        }
        return new Read(new Notebook(notes, bookmarks), unusable);
    }

    private static Note note(Object value) {
        Map<?, ?> o = object(value, "note");
        int paragraph = paragraph(o);
        int start = count(o, "start");
        int end = count(o, "end");
        if (end < start) throw new IllegalArgumentException("\"end\" " + end + " is before \"start\" " + start);
        Anchor anchor = new Anchor(text(o, "document", false), paragraph - 1, start, end, text(o, "quote", true));
        String colourName = text(o, "colour", false);
        NoteColour colour = NoteColour.fromJson(colourName);
        if (colour == null) throw new IllegalArgumentException("\"colour\" \"" + colourName + "\" is none of yellow, green, blue, pink");
        String text = o.containsKey("text") ? text(o, "text", true) : "";
        return new Note(text(o, "id", false), anchor, colour, text, instant(o, "created"), instant(o, "modified"));
    }

    private static Bookmark bookmark(Object value) {
        Map<?, ?> o = object(value, "bookmark");
        String label = o.containsKey("label") ? text(o, "label", true) : "";
        return new Bookmark(text(o, "id", false), text(o, "document", false), paragraph(o) - 1, label, instant(o, "created"));
    }

    private static Map<?, ?> object(Object value, String what) {
        if (value instanceof Map<?, ?> o) return o;
        throw new IllegalArgumentException("a " + what + " is a JSON object, not " + describe(value));
    }

    private static String text(Map<?, ?> o, String key, boolean mayBeEmpty) {
        Object v = o.get(key);
        if (!(v instanceof String s)) throw new IllegalArgumentException("\"" + key + "\" is not a string (" + describe(v) + ")");
        if (!mayBeEmpty && s.isBlank()) throw new IllegalArgumentException("\"" + key + "\" is empty");
        return s;
    }

    private static int paragraph(Map<?, ?> o) {
        int p = count(o, "paragraph");
        if (p < 1) throw new IllegalArgumentException("\"paragraph\" is " + p + ": paragraphs are counted from 1 (§ 1)");
        return p;
    }

    private static int count(Map<?, ?> o, String key) {
        Object v = o.get(key);
        if (!(v instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("\"" + key + "\" is not a whole number from 0 (" + describe(v) + ")");
        }
        return n.intValue();
    }

    private static Instant instant(Map<?, ?> o, String key) {
        String s = text(o, key, false);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + key + "\" \"" + s + "\" is not an ISO-8601 instant");
        }
    }

    private static String describe(Object v) {
        if (v == null) return "null or missing";
        if (v instanceof Map) return "an object";
        if (v instanceof List) return "an array";
        if (v instanceof String) return "a string";
        if (v instanceof Boolean) return "a boolean";
        return v.toString();
    }

    private static String where(JsonParser p) {
        return p.currentLocation().getLineNr() + ":" + p.currentLocation().getColumnNr() + ": ";
    }

    /** One JSON value as plain Java: maps, lists, strings, longs (whole numbers), doubles, booleans, null. */
    private static Object value(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                if (t != JsonToken.END_OBJECT) throw new NotNotes(Why.NOT_JSON, where(p) + "unexpected " + t);
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw new NotNotes(Why.NOT_JSON, where(p) + "the file ends inside an array");
                    list.add(value(p, t));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getDoubleValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new NotNotes(Why.NOT_JSON, where(p) + "unexpected " + token);
        };
    }

    /** Writes the notebook in the notes file's format, UTF-8, indented. */
    public static void write(Notebook notebook, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeArrayFieldStart("notes");
            for (Note n : notebook.notes()) {
                g.writeStartObject();
                g.writeStringField("id", n.id());
                g.writeStringField("document", n.documentId());
                g.writeNumberField("paragraph", n.anchor().paragraph() + 1);
                g.writeNumberField("start", n.anchor().start());
                g.writeNumberField("end", n.anchor().end());
                g.writeStringField("quote", n.anchor().quote());
                g.writeStringField("colour", n.colour().jsonName());
                g.writeStringField("text", n.text());
                g.writeStringField("created", n.created().toString());
                g.writeStringField("modified", n.modified().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bookmarks");
            for (Bookmark b : notebook.bookmarks()) {
                g.writeStartObject();
                g.writeStringField("id", b.id());
                g.writeStringField("document", b.documentId());
                g.writeNumberField("paragraph", b.paragraph() + 1);
                g.writeStringField("label", b.label());
                g.writeStringField("created", b.created().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
