package org.missionreader.library;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Library} as a library file in the documented format (docs/format.md, schema version 1):
 * localized texts as {@code fr}/{@code en} objects, dates at their own precision, every source, links to a
 * paragraph as {@code {"id", "paragraph"}} counted from 1. What is unknown (null) is left out, never
 * written as null. {@link LibraryLoader} reads the result back to an equal model.
 */
public final class LibraryWriter {

    /** The library format's version this writer writes. */
    public static final int SCHEMA_VERSION = LibraryBinder.SCHEMA_VERSION;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private LibraryWriter() {
    }

    /** The library as UTF-8 JSON bytes, indented. */
    public static byte[] toBytes(Library library) {
        return toBytes(library, Map.of());
    }

    /**
     * The library as UTF-8 JSON bytes, with extra top-level fields written after {@code schemaVersion}
     * (values: strings or integers), such as the user's library's marker.
     */
    public static byte[] toBytes(Library library, Map<String, ?> header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(library, header, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Writes the library to the stream (left open), with extra top-level fields as {@link #toBytes(Library, Map)}. */
    public static void write(Library library, Map<String, ?> header, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", LibraryBinder.SCHEMA_VERSION);
            for (Map.Entry<String, ?> e : header.entrySet()) {
                g.writeFieldName(e.getKey());
                if (e.getValue() instanceof Number n) g.writeNumber(n.longValue());
                else g.writeString(String.valueOf(e.getValue()));
            }
            g.writeArrayFieldStart("missions");
            for (Mission m : library.missions()) mission(g, m);
            g.writeEndArray();
            g.writeArrayFieldStart("documents");
            for (Document d : library.documents()) document(g, d);
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (TimelineEvent e : library.events()) event(g, e);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void mission(JsonGenerator g, Mission m) throws IOException {
        g.writeStartObject();
        string(g, "id", m.id());
        localized(g, "acronym", m.acronym());
        localized(g, "name", m.name());
        localized(g, "country", m.country());
        date(g, "start", m.start());
        date(g, "end", m.end());
        date(g, "plannedEnd", m.plannedEnd());
        if (m.establishedBy() != null) {
            g.writeObjectFieldStart("establishedBy");
            g.writeArrayFieldStart("resolutions");
            for (String n : m.establishedBy().numbers()) g.writeString(n);
            g.writeEndArray();
            date(g, "date", m.establishedBy().date());
            g.writeEndObject();
        }
        if (!m.mandates().isEmpty()) {
            g.writeArrayFieldStart("mandates");
            for (Mandate mandate : m.mandates()) {
                g.writeStartObject();
                string(g, "resolution", mandate.resolution());
                date(g, "date", mandate.date());
                source(g, "source", mandate.source());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (m.status() != null || m.statusAsOf() != null || m.statusNote() != null) {
            g.writeObjectFieldStart("status");
            if (m.status() != null) string(g, "state", m.status().jsonName());
            date(g, "asOf", m.statusAsOf());
            localized(g, "note", m.statusNote());
            g.writeEndObject();
        }
        sources(g, m.sources());
        g.writeEndObject();
    }

    private static void document(JsonGenerator g, Document d) throws IOException {
        g.writeStartObject();
        string(g, "id", d.id());
        string(g, "mission", d.missionId());
        if (d.kind() != null) string(g, "kind", d.kind().jsonName());
        string(g, "title", d.title());
        date(g, "date", d.date());
        if (d.speaker() != null) {
            g.writeObjectFieldStart("speaker");
            string(g, "name", d.speaker().name());
            string(g, "role", d.speaker().role());
            g.writeEndObject();
        }
        string(g, "symbol", d.symbol());
        string(g, "language", d.language());
        g.writeArrayFieldStart("paragraphs");
        for (String p : d.paragraphs()) g.writeString(p);
        g.writeEndArray();
        source(g, "source", d.source());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, TimelineEvent e) throws IOException {
        g.writeStartObject();
        string(g, "id", e.id());
        string(g, "mission", e.missionId());
        date(g, "date", e.date());
        date(g, "end", e.end());
        localized(g, "title", e.title());
        localized(g, "place", e.place());
        if (!e.documentIds().isEmpty()) {
            g.writeArrayFieldStart("documents");
            for (String id : e.documentIds()) {
                int paragraph = e.paragraphIn(id);
                if (paragraph < 0) {
                    g.writeString(id);
                } else {
                    g.writeStartObject();
                    string(g, "id", id);
                    g.writeNumberField("paragraph", paragraph + 1);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        sources(g, e.sources());
        g.writeEndObject();
    }

    private static void sources(JsonGenerator g, List<Source> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (Source s : sources) source(g, null, s);
        g.writeEndArray();
    }

    private static void source(JsonGenerator g, String field, Source s) throws IOException {
        if (s == null) return;
        if (field != null) g.writeObjectFieldStart(field);
        else g.writeStartObject();
        string(g, "name", s.name());
        string(g, "url", s.url());
        g.writeEndObject();
    }

    private static void localized(JsonGenerator g, String field, LocalizedText text) throws IOException {
        if (text == null) return;
        g.writeObjectFieldStart(field);
        string(g, "fr", text.fr());
        string(g, "en", text.en());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String field, PartialDate date) throws IOException {
        if (date != null) g.writeStringField(field, date.toString());
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) g.writeStringField(field, value);
    }
}
