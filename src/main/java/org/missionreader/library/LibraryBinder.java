package org.missionreader.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionreader.library.JsonNode.ArrayNode;
import org.missionreader.library.JsonNode.ObjectNode;
import org.missionreader.library.JsonNode.ScalarNode;

/**
 * Turns a JSON tree into the library model, checking it against the format of schema version 1 and
 * collecting every problem rather than stopping at the first. An item with a blocking problem is left
 * out; the rest of the file still loads. Unknown properties are ignored, so that later additions to the
 * format stay readable by this version.
 */
final class LibraryBinder {

    static final int SCHEMA_VERSION = 1;
    /** Reading and parsing take about this share of a load; binding the rest. */
    static final double BIND_PROGRESS_FROM = 0.7;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Problems that make an item unusable; warnings (unsafe characters removed, duplicate keys) don't count. */
    private int errors;

    private final LoadMonitor monitor;
    private final IdPlaces idPlaces = new IdPlaces();
    private int itemsBound;
    private int itemCount = 1;

    LibraryBinder(String file) {
        this(file, LoadMonitor.NONE);
    }

    LibraryBinder(String file, LoadMonitor monitor) {
        this.file = file;
        this.monitor = monitor;
    }

    List<Problem> problems() {
        return problems;
    }

    IdPlaces idPlaces() {
        return idPlaces;
    }

    Library bind(JsonNode root) {
        if (!(root instanceof ObjectNode object)) {
            error(root, ProblemCode.NOT_A_LIBRARY);
            return Library.empty();
        }
        if (!schemaVersionSupported(object)) {
            return Library.empty();
        }
        List<ObjectNode> missionNodes = items(object, "missions", true);
        List<ObjectNode> documentNodes = items(object, "documents", false);
        List<ObjectNode> eventNodes = items(object, "events", false);

        itemCount = Math.max(1, missionNodes.size() + documentNodes.size() + eventNodes.size());
        // Missions are all bound before the documents that name them, documents before the events.
        Map<String, JsonNode> missionIds = new HashMap<>();
        Map<String, JsonNode> documentIds = new HashMap<>();
        List<Mission> missions = bindAll("mission", missionNodes, missionIds, this::mission);
        List<Document> documents = bindAll("document", documentNodes, documentIds, n -> document(n, missionIds));
        List<TimelineEvent> events = bindAll("event", eventNodes, new HashMap<>(), n -> event(n, missionIds, documentIds));
        return new Library(missions, documents, events);
    }

    private boolean schemaVersionSupported(ObjectNode root) {
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            error(root, ProblemCode.MISSING_SCHEMA_VERSION, String.valueOf(SCHEMA_VERSION));
            return false;
        }
        if (!(version instanceof ScalarNode s) || s.kind != ScalarNode.Kind.NUMBER) {
            wrongType(version, "number");
            return false;
        }
        if (!String.valueOf(SCHEMA_VERSION).equals(s.text)) {
            error(version, ProblemCode.UNSUPPORTED_SCHEMA_VERSION, s.text, String.valueOf(SCHEMA_VERSION));
            return false;
        }
        return true;
    }

    /** The objects of an array field; anything else in it is reported. */
    private List<ObjectNode> items(ObjectNode parent, String field, boolean required) {
        JsonNode node = parent.get(field);
        List<ObjectNode> result = new ArrayList<>();
        if (node == null || isNull(node)) {
            if (required) error(parent, ProblemCode.MISSING_FIELD, field);
            return result;
        }
        if (!(node instanceof ArrayNode array)) {
            wrongType(node, "array");
            return result;
        }
        for (JsonNode item : array.items) {
            if (item instanceof ObjectNode o) {
                result.add(o);
            } else {
                wrongType(item, "object");
            }
        }
        return result;
    }

    /**
     * Binds the items of one kind, each checked for an id that an earlier one already has (reported where
     * it is repeated, with where it was first given; such an item is checked like the others, then left
     * out). Each item's id is looked at just before the item is bound, while it is in the processor's
     * caches; where each id stands is also kept for the load's result.
     */
    private <T> List<T> bindAll(String kind, List<ObjectNode> nodes, Map<String, JsonNode> ids, Function<ObjectNode, T> binder) {
        List<T> result = new ArrayList<>(nodes.size());
        for (ObjectNode node : nodes) {
            if (++itemsBound % 1024 == 0) {
                monitor.step(BIND_PROGRESS_FROM + (1 - BIND_PROGRESS_FROM) * itemsBound / itemCount);
            }
            boolean unique = uniqueId(kind, node, ids);
            int before = errors;
            T item = binder.apply(node);
            if (errors == before && item != null && unique) {
                result.add(item);
            }
        }
        return result;
    }

    /** Whether the item's id (when it has a string one) is not already an earlier item's. */
    private boolean uniqueId(String kind, ObjectNode node, Map<String, JsonNode> ids) {
        if (node.get("id") instanceof ScalarNode s && s.kind == ScalarNode.Kind.STRING) {
            JsonNode first = ids.putIfAbsent(s.text, s);
            if (first == null) {
                idPlaces.put(kind, s.text, s.line, s.column());
                return true;
            }
            error(s, ProblemCode.DUPLICATE_ID, s.text, String.valueOf(first.line), String.valueOf(first.column()));
            return false;
        }
        return true;
    }

    private Mission mission(ObjectNode o) {
        String id = id(o);
        LocalizedText acronym = localized(o, "acronym", true);
        LocalizedText name = localized(o, "name", true);
        LocalizedText country = localized(o, "country", true);
        PartialDate start = date(o, "start", true);
        PartialDate end = date(o, "end", false);
        PartialDate plannedEnd = date(o, "plannedEnd", false);
        notBefore(o, "end", end, start);
        notBefore(o, "plannedEnd", plannedEnd, start);
        Resolution establishedBy = resolution(o, "establishedBy");
        MissionStatus status = null;
        PartialDate asOf = null;
        LocalizedText note = null;
        ObjectNode statusNode = object(o, "status", true);
        if (statusNode != null) {
            String state = text(statusNode, "state", true);
            if (state != null) {
                status = MissionStatus.fromJson(state);
                if (status == null) {
                    unknownValue(statusNode.get("state"), state, Arrays.stream(MissionStatus.values()).map(MissionStatus::jsonName).toList());
                }
            }
            asOf = date(statusNode, "asOf", true);
            note = localized(statusNode, "note", false);
        }
        List<Source> sources = sources(o, "sources");
        List<Mandate> mandates = mandates(o, end);
        return new Mission(id, acronym, name, country, start, end, plannedEnd, establishedBy, status, asOf, note, sources,
                mandates);
    }

    private Document document(ObjectNode o, Map<String, JsonNode> missionIds) {
        String id = id(o);
        String mission = link(o, "mission", missionIds, ProblemCode.UNKNOWN_MISSION);
        DocumentKind kind = null;
        String kindName = text(o, "kind", true);
        if (kindName != null) {
            kind = DocumentKind.fromJson(kindName);
            if (kind == null) {
                unknownValue(o.get("kind"), kindName, Arrays.stream(DocumentKind.values()).map(DocumentKind::jsonName).toList());
            }
        }
        String title = text(o, "title", true);
        PartialDate date = date(o, "date", false);
        Speaker speaker = null;
        ObjectNode speakerNode = object(o, "speaker", false);
        if (speakerNode != null) {
            String speakerName = text(speakerNode, "name", true);
            speaker = new Speaker(speakerName, text(speakerNode, "role", false));
        }
        String language = text(o, "language", true);
        if (language != null && !isLanguageCode(language)) {
            error(o.get("language"), ProblemCode.UNKNOWN_VALUE, language, "ISO 639 (fr, en, ar...)");
        }
        List<String> paragraphs = strings(o, "paragraphs", true);
        Source source = source(object(o, "source", true));
        String symbol = text(o, "symbol", false);
        return new Document(id, mission, kind, title, date, speaker, language, paragraphs, source, symbol);
    }

    private TimelineEvent event(ObjectNode o, Map<String, JsonNode> missionIds, Map<String, JsonNode> documentIds) {
        String id = id(o);
        String mission = link(o, "mission", missionIds, ProblemCode.UNKNOWN_MISSION);
        PartialDate date = date(o, "date", true);
        PartialDate end = date(o, "end", false);
        notBefore(o, "end", end, date);
        LocalizedText title = localized(o, "title", true);
        LocalizedText place = localized(o, "place", false);
        List<String> documents = new ArrayList<>();
        JsonNode docsNode = o.get("documents");
        if (docsNode != null && !isNull(docsNode)) {
            if (docsNode instanceof ArrayNode array) {
                for (JsonNode item : array.items) {
                    String docId = scalarText(item);
                    if (docId == null) {
                        continue;
                    }
                    if (!documentIds.containsKey(docId)) {
                        error(item, ProblemCode.UNKNOWN_DOCUMENT, docId);
                    } else {
                        documents.add(docId);
                    }
                }
            } else {
                wrongType(docsNode, "array");
            }
        }
        List<Source> sources = sources(o, "sources");
        return new TimelineEvent(id, mission, date, end, title, place, documents, sources);
    }

    // ---- field readers: each reports its own problems and returns null when the value can't be used

    private String id(ObjectNode o) {
        String id = text(o, "id", true);
        if (id != null && !isId(id)) {
            error(o.get("id"), ProblemCode.BAD_ID, id);
            return null;
        }
        return id;
    }

    /** Letters and digits, then also ".", "_" and "-", 128 at most (by hand: it runs for every item). */
    static boolean isId(String id) {
        int n = id.length();
        if (n == 0 || n > 128) return false;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != '-')) return false;
        }
        return true;
    }

    /** An ISO 639 code: two or three lowercase letters. */
    static boolean isLanguageCode(String code) {
        if (code.length() < 2 || code.length() > 3) return false;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < 'a' || code.charAt(i) > 'z') return false;
        }
        return true;
    }

    private String link(ObjectNode o, String field, Map<String, JsonNode> known, ProblemCode unknown) {
        String target = text(o, field, true);
        if (target != null && !known.containsKey(target)) {
            error(o.get(field), unknown, target);
            return null;
        }
        return target;
    }

    private String text(ObjectNode o, String field, boolean required) {
        JsonNode node = o.get(field);
        if (node == null || isNull(node)) {
            if (required) error(o, ProblemCode.MISSING_FIELD, field);
            return null;
        }
        return scalarText(node);
    }

    /** A string value, cleaned of unsafe characters (with a warning), or null with a problem. */
    private String scalarText(JsonNode node) {
        if (!(node instanceof ScalarNode s) || s.kind != ScalarNode.Kind.STRING) {
            wrongType(node, "string");
            return null;
        }
        if (s.blank) {
            error(node, ProblemCode.EMPTY_VALUE);
            return null;
        }
        int unsafe = s.firstUnsafe;
        if (unsafe >= 0) {
            warn(node, ProblemCode.UNSAFE_CHARACTER, String.format("U+%04X", (int) s.text.charAt(unsafe)), String.valueOf(unsafe + 1));
            String clean = SafeText.clean(s.text);
            if (clean.isBlank()) {
                // Nothing readable was left: as blank as a blank value.
                error(node, ProblemCode.EMPTY_VALUE);
                return null;
            }
            return clean;
        }
        return s.text;
    }

    private ObjectNode object(ObjectNode o, String field, boolean required) {
        JsonNode node = o.get(field);
        if (node == null || isNull(node)) {
            if (required) error(o, ProblemCode.MISSING_FIELD, field);
            return null;
        }
        if (node instanceof ObjectNode child) {
            return child;
        }
        wrongType(node, "object");
        return null;
    }

    private LocalizedText localized(ObjectNode o, String field, boolean required) {
        ObjectNode node = object(o, field, required);
        if (node == null) {
            return null;
        }
        String fr = text(node, "fr", false);
        String en = text(node, "en", false);
        if (fr == null && en == null) {
            if (!node.has("fr") && !node.has("en")) {
                error(node, ProblemCode.MISSING_FIELD, "fr / en");
            }
            return null;
        }
        return new LocalizedText(fr, en);
    }

    private PartialDate date(ObjectNode o, String field, boolean required) {
        String text = text(o, field, required);
        if (text == null) {
            return null;
        }
        JsonNode node = o.get(field);
        if (!PartialDate.hasDateForm(text)) {
            error(node, ProblemCode.BAD_DATE_FORM, text);
            return null;
        }
        return PartialDate.parse(text).orElseGet(() -> {
            error(node, ProblemCode.IMPOSSIBLE_DATE, text);
            return null;
        });
    }

    /** Reports an end that lies wholly before its start; a month-only end in the start's month is fine. */
    private void notBefore(ObjectNode o, String field, PartialDate end, PartialDate start) {
        if (end != null && start != null && end.lastDay().isBefore(start.firstDay())) {
            error(o.get(field), ProblemCode.END_BEFORE_START, end.toString(), start.toString());
        }
    }

    private Resolution resolution(ObjectNode o, String field) {
        ObjectNode node = object(o, field, false);
        if (node == null) {
            return null;
        }
        List<String> numbers = strings(node, "resolutions", true);
        PartialDate date = date(node, "date", true);
        return new Resolution(numbers, date);
    }

    /** The optional mandate renewals: each with its resolution, date and source, in date order. */
    private List<Mandate> mandates(ObjectNode o, PartialDate missionEnd) {
        JsonNode node = o.get("mandates");
        List<Mandate> result = new ArrayList<>();
        if (node == null || isNull(node)) {
            return result;
        }
        if (!(node instanceof ArrayNode array)) {
            wrongType(node, "array");
            return result;
        }
        PartialDate previous = null;
        for (JsonNode item : array.items) {
            if (!(item instanceof ObjectNode m)) {
                wrongType(item, "object");
                continue;
            }
            String resolution = text(m, "resolution", true);
            PartialDate date = date(m, "date", true);
            Source source = source(object(m, "source", true));
            if (date != null) {
                // A period runs from one resolution to the next, so they must follow each other in time.
                if (previous != null && !date.firstDay().isAfter(previous.lastDay())) {
                    error(m.get("date"), ProblemCode.MANDATE_ORDER, date.toString(), previous.toString());
                }
                if (missionEnd != null && date.firstDay().isAfter(missionEnd.lastDay())) {
                    error(m.get("date"), ProblemCode.MANDATE_AFTER_END, date.toString(), missionEnd.toString());
                }
                previous = date;
            }
            if (resolution != null && date != null && source != null) {
                result.add(new Mandate(resolution, date, source));
            }
        }
        return result;
    }

    private List<String> strings(ObjectNode o, String field, boolean required) {
        JsonNode node = o.get(field);
        List<String> result = new ArrayList<>();
        if (node == null || isNull(node)) {
            if (required) error(o, ProblemCode.MISSING_FIELD, field);
            return result;
        }
        if (!(node instanceof ArrayNode array)) {
            wrongType(node, "array");
            return result;
        }
        if (required && array.items.isEmpty()) {
            error(node, ProblemCode.EMPTY_VALUE);
        }
        for (JsonNode item : array.items) {
            String text = scalarText(item);
            if (text != null) result.add(text);
        }
        return result;
    }

    private List<Source> sources(ObjectNode o, String field) {
        JsonNode node = o.get(field);
        List<Source> result = new ArrayList<>();
        if (node == null || isNull(node)) {
            error(o, ProblemCode.MISSING_FIELD, field);
            return result;
        }
        if (!(node instanceof ArrayNode array)) {
            wrongType(node, "array");
            return result;
        }
        if (array.items.isEmpty()) {
            error(node, ProblemCode.EMPTY_VALUE);
        }
        for (JsonNode item : array.items) {
            if (item instanceof ObjectNode s) {
                Source source = source(s);
                if (source != null) result.add(source);
            } else {
                wrongType(item, "object");
            }
        }
        return result;
    }

    private Source source(ObjectNode node) {
        if (node == null) {
            return null;
        }
        String name = text(node, "name", true);
        String url = text(node, "url", false);
        return name == null ? null : new Source(name, url);
    }

    // ---- problems

    private static boolean isNull(JsonNode node) {
        return node instanceof ScalarNode s && s.kind == ScalarNode.Kind.NULL;
    }

    private void wrongType(JsonNode node, String expected) {
        error(node, ProblemCode.WRONG_TYPE, "type." + expected, "type." + node.typeKey());
    }

    private void unknownValue(JsonNode node, String value, List<String> allowed) {
        error(node, ProblemCode.UNKNOWN_VALUE, value, allowed.stream().collect(Collectors.joining(", ")));
    }

    private void error(JsonNode node, ProblemCode code, String... args) {
        errors++;
        warn(node, code, args);
    }

    private void warn(JsonNode node, ProblemCode code, String... args) {
        problems.add(new Problem(file, node.line, node.column(), node.path(), code, List.of(args)));
    }
}
