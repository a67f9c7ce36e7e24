package org.missionreader.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionreader.library.JsonNode.ArrayNode;
import org.missionreader.library.JsonNode.ObjectNode;
import org.missionreader.library.JsonNode.ScalarNode;

/**
 * Binds one mission, document or event object to its model record, checking each field against the
 * format of schema version 1 and collecting every problem. Unknown properties are ignored, so that later
 * additions to the format stay readable by this version.
 */
final class ItemBinder {

    private final String file;
    private final ProblemList problems = new ProblemList();
    /** Problems that make an item unusable; warnings (unsafe characters removed, duplicate keys) don't count. */
    private int errors;
    /** How many paragraphs each document bound so far has, for the events' links to a paragraph. */
    private final Map<String, Integer> paragraphCounts = new java.util.HashMap<>();

    ItemBinder(String file) {
        this.file = file;
    }

    /** How many paragraphs a document of this file bound so far has, or -1. */
    int paragraphsOf(String documentId) {
        return paragraphCounts.getOrDefault(documentId, -1);
    }

    List<Problem> problems() {
        return problems;
    }

    /** Problems found beyond the ones kept. */
    long droppedProblems() {
        return problems.dropped();
    }

    /** How many blocking problems were found so far: an item that adds none is kept. */
    int errors() {
        return errors;
    }

    Mission mission(ObjectNode o) {
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

    Document document(ObjectNode o, Map<String, ?> missionIds) {
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
        if (id != null) paragraphCounts.putIfAbsent(id, paragraphs.size());
        return new Document(id, mission, kind, title, date, speaker, language, paragraphs, source, symbol);
    }

    /**
     * An event. A link in its {@code documents} is a document's id, or an object naming the document and
     * the paragraph that tells of the event, counted from 1 as the reader shows it (§ 1):
     * {@code {"id": "...", "paragraph": 3}}; {@code paragraphsOf} gives a linked document's paragraph count
     * (-1 when it is not known), against which the paragraph is checked.
     */
    TimelineEvent event(ObjectNode o, Map<String, ?> missionIds, Map<String, ?> documentIds,
                        java.util.function.ToIntFunction<String> paragraphsOf) {
        String id = id(o);
        String mission = link(o, "mission", missionIds, ProblemCode.UNKNOWN_MISSION);
        PartialDate date = date(o, "date", true);
        PartialDate end = date(o, "end", false);
        notBefore(o, "end", end, date);
        LocalizedText title = localized(o, "title", true);
        LocalizedText place = localized(o, "place", false);
        List<String> documents = new ArrayList<>();
        Map<String, Integer> paragraphs = new java.util.HashMap<>();
        JsonNode docsNode = o.get("documents");
        if (docsNode != null && !isNull(docsNode)) {
            if (docsNode instanceof ArrayNode array) {
                for (JsonNode item : array.items) {
                    ObjectNode link = item instanceof ObjectNode object ? object : null;
                    String docId;
                    if (link != null) {
                        docId = text(link, "id", true);
                    } else if (item instanceof ScalarNode s && s.kind == ScalarNode.Kind.STRING) {
                        docId = scalarText(item);
                    } else {
                        wrongType(item, "stringOrObject");
                        continue;
                    }
                    if (docId == null) {
                        continue;
                    }
                    if (!documentIds.containsKey(docId)) {
                        error(link != null ? link.get("id") : item, ProblemCode.UNKNOWN_DOCUMENT, docId);
                        continue;
                    }
                    if (link != null && link.get("paragraph") != null && !isNull(link.get("paragraph"))) {
                        int paragraph = paragraph(link.get("paragraph"), docId, paragraphsOf.applyAsInt(docId));
                        if (paragraph < 0) continue;
                        paragraphs.putIfAbsent(docId, paragraph);
                    }
                    documents.add(docId);
                }
            } else {
                wrongType(docsNode, "array");
            }
        }
        List<Source> sources = sources(o, "sources");
        return new TimelineEvent(id, mission, date, end, title, place, documents, sources, paragraphs);
    }

    /** A link's paragraph, from 1, as a 0-based index; -1 (and a problem) when it is not one of the document's. */
    private int paragraph(JsonNode node, String docId, int count) {
        if (!(node instanceof ScalarNode s) || s.kind != ScalarNode.Kind.NUMBER || !s.text.matches("[0-9]{1,9}")
                || Integer.parseInt(s.text) < 1) {
            error(node, ProblemCode.BAD_PARAGRAPH, node instanceof ScalarNode s2 ? s2.text : "type." + node.typeKey());
            return -1;
        }
        int number = Integer.parseInt(s.text);
        if (count >= 0 && number > count) {
            error(node, ProblemCode.PARAGRAPH_OUT_OF_RANGE, docId, String.valueOf(count), String.valueOf(number));
            return -1;
        }
        return number - 1;
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

    private String link(ObjectNode o, String field, Map<String, ?> known, ProblemCode unknown) {
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

    static boolean isNull(JsonNode node) {
        return node instanceof ScalarNode s && s.kind == ScalarNode.Kind.NULL;
    }

    void wrongType(JsonNode node, String expected) {
        error(node, ProblemCode.WRONG_TYPE, "type." + expected, "type." + node.typeKey());
    }

    private void unknownValue(JsonNode node, String value, List<String> allowed) {
        error(node, ProblemCode.UNKNOWN_VALUE, value, allowed.stream().collect(Collectors.joining(", ")));
    }

    void error(JsonNode node, ProblemCode code, String... args) {
        errors++;
        warn(node, code, args);
    }

    private void warn(JsonNode node, ProblemCode code, String... args) {
        problems.add(new Problem(file, node.line, node.column(), node.path(), code, List.of(args)));
    }
}
