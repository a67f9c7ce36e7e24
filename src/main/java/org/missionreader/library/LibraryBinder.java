package org.missionreader.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.missionreader.library.JsonNode.ArrayNode;
import org.missionreader.library.JsonNode.ObjectNode;
import org.missionreader.library.JsonNode.ScalarNode;

/**
 * Turns a JSON tree into the library model, checking it against the format of schema version 1 and
 * collecting every problem rather than stopping at the first. An item with a blocking problem is left
 * out; the rest of the file still loads.
 *
 * <p>In a library written in the usual order (schema version, then missions, documents, events) each
 * item is bound as soon as the reader has read it ({@link JsonTreeReader.ItemSink}): it is still in the
 * processor's caches, and its nodes can go at once. Items that come before what they depend on are kept
 * in the tree and bound at the end, with the same checks and problems.
 */
final class LibraryBinder implements JsonTreeReader.ItemSink {

    static final int SCHEMA_VERSION = 1;
    /** Reading and parsing take about this share of a load; binding the rest. */
    static final double BIND_PROGRESS_FROM = 0.7;

    private final String file;
    private final LoadMonitor monitor;
    private ItemBinder checks;
    private IdPlaces idPlaces;
    private Kind<Mission> missions;
    private Kind<Document> documents;
    private Kind<TimelineEvent> events;
    private int itemsBound;
    private int itemCount = 1;

    LibraryBinder(String file) {
        this(file, LoadMonitor.NONE);
    }

    LibraryBinder(String file, LoadMonitor monitor) {
        this(file, monitor, Library.empty());
    }

    /**
     * A binder for a file added to {@code open} (the libraries already open): its documents and events may
     * name a mission, and its events a document, of those as well as of its own, and join them.
     */
    LibraryBinder(String file, LoadMonitor monitor, Library open) {
        this.file = file;
        this.monitor = monitor;
        this.open = open == null ? Library.empty() : open;
        restart();
    }

    private final Library open;

    /** The ids a link may name: this file's of that kind, then those already open. */
    private static Map<String, ?> linkable(Map<String, Long> own, java.util.function.Predicate<String> open) {
        return new java.util.AbstractMap<String, Long>() {
            @Override
            public boolean containsKey(Object key) {
                return own.containsKey(key) || key instanceof String id && open.test(id);
            }

            @Override
            public java.util.Set<Map.Entry<String, Long>> entrySet() {
                return own.entrySet();
            }
        };
    }

    /** The items of one kind: those bound so far, and where the first of each id stands (line, column). */
    private static final class Kind<T> {
        final String name;
        final String field;
        final Function<ObjectNode, T> binder;
        /** Where the first item of each id stands: the load result's {@link IdPlaces} themselves. */
        final Map<String, Long> ids;
        final List<T> bound = new ArrayList<>();
        /** Whether its array was bound while read, rather than from the tree. */
        boolean streamed;

        Kind(String name, String field, Function<ObjectNode, T> binder, IdPlaces places) {
            this.name = name;
            this.ids = places.ids(name);
            this.field = field;
            this.binder = binder;
        }
    }

    @Override
    public void restart() {
        checks = new ItemBinder(file);
        idPlaces = new IdPlaces();
        missions = new Kind<>("mission", "missions", o -> checks.mission(o), idPlaces);
        Map<String, ?> missionLinks = linkable(missions.ids, id -> open.mission(id).isPresent());
        documents = new Kind<>("document", "documents", o -> checks.document(o, missionLinks), idPlaces);
        Map<String, ?> documentLinks = linkable(documents.ids, id -> open.document(id).isPresent());
        ItemBinder binder = checks;
        java.util.function.ToIntFunction<String> paragraphsOf = id -> {
            int own = binder.paragraphsOf(id);
            return own >= 0 ? own : open.document(id).map(d -> d.paragraphs().size()).orElse(-1);
        };
        events = new Kind<>("event", "events", o -> checks.event(o, missionLinks, documentLinks, paragraphsOf), idPlaces);
        itemsBound = 0;
        itemCount = 1;
    }

    List<Problem> problems() {
        return checks.problems();
    }

    /** Problems found beyond the ones kept (see {@link ProblemList}). */
    long droppedProblems() {
        return checks.droppedProblems();
    }

    IdPlaces idPlaces() {
        return idPlaces;
    }

    /**
     * Whether the items of a root field can be bound as they are read: the schema version is known and
     * supported, and everything they link to is already bound.
     */
    @Override
    public boolean streams(String field, ObjectNode root) {
        if (!(root.get("schemaVersion") instanceof ScalarNode version) || version.kind != ScalarNode.Kind.NUMBER
                || !String.valueOf(SCHEMA_VERSION).equals(version.text)) {
            return false;
        }
        Kind<?> kind = kind(field);
        if (kind == null || kind == documents && !missions.streamed
                || kind == events && !(missions.streamed && documents.streamed)) {
            return false;
        }
        kind.streamed = true;
        return true;
    }

    @Override
    public void item(String field, JsonNode item) {
        Kind<?> kind = kind(field);
        if (item instanceof ObjectNode o) {
            bindOne(kind, o);
        } else {
            checks.wrongType(item, "object");
        }
    }

    private Kind<?> kind(String field) {
        return switch (field) {
            case "missions" -> missions;
            case "documents" -> documents;
            case "events" -> events;
            default -> null;
        };
    }

    Library bind(JsonNode root) {
        if (!(root instanceof ObjectNode object)) {
            checks.error(root, ProblemCode.NOT_A_LIBRARY);
            return Library.empty();
        }
        if (!schemaVersionSupported(object)) {
            return Library.empty();
        }
        List<ObjectNode> missionNodes = items(object, missions, true);
        List<ObjectNode> documentNodes = items(object, documents, false);
        List<ObjectNode> eventNodes = items(object, events, false);

        itemCount = Math.max(1, missionNodes.size() + documentNodes.size() + eventNodes.size());
        // Missions are all bound before the documents that name them, documents before the events.
        bindAll(missions, missionNodes);
        bindAll(documents, documentNodes);
        bindAll(events, eventNodes);
        return new Library(missions.bound, documents.bound, events.bound);
    }

    private boolean schemaVersionSupported(ObjectNode root) {
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            checks.error(root, ProblemCode.MISSING_SCHEMA_VERSION, String.valueOf(SCHEMA_VERSION));
            return false;
        }
        if (!(version instanceof ScalarNode s) || s.kind != ScalarNode.Kind.NUMBER) {
            checks.wrongType(version, "number");
            return false;
        }
        if (!String.valueOf(SCHEMA_VERSION).equals(s.text)) {
            checks.error(version, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, s.text, String.valueOf(SCHEMA_VERSION));
            return false;
        }
        return true;
    }

    /** The objects of an array field not bound while read; anything else in it is reported. */
    private List<ObjectNode> items(ObjectNode parent, Kind<?> kind, boolean required) {
        List<ObjectNode> result = new ArrayList<>();
        if (kind.streamed) {
            return result;
        }
        JsonNode node = parent.get(kind.field);
        if (node == null || ItemBinder.isNull(node)) {
            if (required) checks.error(parent, ProblemCode.MISSING_FIELD, kind.field);
            return result;
        }
        if (!(node instanceof ArrayNode array)) {
            checks.wrongType(node, "array");
            return result;
        }
        for (JsonNode item : array.items) {
            if (item instanceof ObjectNode o) {
                result.add(o);
            } else {
                checks.wrongType(item, "object");
            }
        }
        return result;
    }

    private void bindAll(Kind<?> kind, List<ObjectNode> nodes) {
        for (ObjectNode node : nodes) {
            if (++itemsBound % 1024 == 0) {
                monitor.step(BIND_PROGRESS_FROM + (1 - BIND_PROGRESS_FROM) * itemsBound / itemCount);
            }
            bindOne(kind, node);
        }
    }

    /**
     * Binds one item, checked first for an id that an earlier one already has (reported where it is
     * repeated, with where it was first given; such an item is checked like the others, then left out).
     * Where each id stands is also kept for the load's result.
     */
    private <T> void bindOne(Kind<T> kind, ObjectNode node) {
        boolean unique = true;
        if (node.get("id") instanceof ScalarNode s && s.kind == ScalarNode.Kind.STRING) {
            Long first = kind.ids.get(s.text);
            if (first == null) {
                kind.ids.put(s.text, IdPlaces.pack(s.line, s.column()));
            } else {
                checks.error(s, ProblemCode.DUPLICATE_ID, s.text, String.valueOf(first >>> 32), String.valueOf((int) (long) first));
                unique = false;
            }
        }
        int before = checks.errors();
        T item = kind.binder.apply(node);
        if (checks.errors() == before && item != null && unique) {
            kind.bound.add(item);
        }
    }
}
