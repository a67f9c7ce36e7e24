package org.missionreader.library.synthetic;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a deterministic synthetic library of any size: N missions, M documents of French and English
 * prose with accents and typographic punctuation, K events linked to documents. The same sizes and seed
 * always give the same bytes, so benchmarks and tests can compare runs. Streams its output, so a library
 * of 100,000 documents needs no more memory than a small one.
 */
public final class SyntheticLibrary {

    /** How big a library to write. */
    public record Size(int missions, int documents, int events) {
        public Size {
            if (missions < 1 || documents < 0 || events < 0) {
                throw new IllegalArgumentException("a library needs at least one mission");
            }
        }
    }

    private static final String[] KINDS = {"press-elements", "press-statement", "presidential-statement",
        "resolution", "report", "letter", "speech", "notice"};
    private static final String[] COUNTRIES_FR = {"Mali", "Haïti", "Liban", "République centrafricaine",
        "Soudan du Sud", "Sahara occidental", "Chypre", "Côte d’Ivoire"};
    private static final String[] COUNTRIES_EN = {"Mali", "Haiti", "Lebanon", "Central African Republic",
        "South Sudan", "Western Sahara", "Cyprus", "Côte d’Ivoire"};
    private static final String[] PLACES = {"Bamako", "Alger", "Gao", "Tombouctou", "Kidal", "Mopti", "New York",
        "Genève", "Bangui", "Juba", "Nicosie", "Abidjan"};

    private final long seed;

    public SyntheticLibrary(long seed) {
        this.seed = seed;
    }

    /** Writes a library of the given size as UTF-8 JSON (schema version 1) to the stream, which stays open. */
    public void write(Size size, OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Prose prose = new Prose(random);
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeArrayFieldStart("missions");
            for (int m = 0; m < size.missions(); m++) {
                writeMission(json, m, random);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("documents");
            for (int d = 0; d < size.documents(); d++) {
                writeDocument(json, d, size.missions(), random, prose);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (int e = 0; e < size.events(); e++) {
                writeEvent(json, e, size, random, prose);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static String missionId(int m) {
        return "synthetic-mission-" + m;
    }

    private static String documentId(int d) {
        return "synthetic-doc-" + d;
    }

    private static void writeMission(JsonGenerator json, int m, SplittableRandom random) throws IOException {
        int country = m % COUNTRIES_FR.length;
        LocalDate start = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12_000));
        json.writeStartObject();
        json.writeStringField("id", missionId(m));
        localized(json, "acronym", "MISYN" + m, "SYNMIS" + m);
        localized(json, "name", "Mission synthétique n° " + m + " des Nations Unies au " + COUNTRIES_FR[country],
                "United Nations synthetic mission no. " + m + " in " + COUNTRIES_EN[country]);
        localized(json, "country", COUNTRIES_FR[country], COUNTRIES_EN[country]);
        json.writeStringField("start", start.toString());
        boolean closed = random.nextBoolean();
        if (closed) {
            json.writeStringField("end", start.plusDays(365 + random.nextInt(5000)).toString());
        }
        json.writeObjectFieldStart("status");
        json.writeStringField("state", closed ? "closed" : "ongoing");
        json.writeStringField("asOf", "2025");
        json.writeEndObject();
        sources(json, "sources");
        json.writeEndObject();
    }

    private static void writeDocument(JsonGenerator json, int d, int missions, SplittableRandom random, Prose prose)
            throws IOException {
        boolean french = random.nextInt(3) > 0;
        json.writeStartObject();
        json.writeStringField("id", documentId(d));
        json.writeStringField("mission", missionId(random.nextInt(missions)));
        json.writeStringField("kind", KINDS[random.nextInt(KINDS.length)]);
        json.writeStringField("title", prose.title(french));
        json.writeStringField("date", date(random));
        if (random.nextInt(4) > 0) {
            json.writeObjectFieldStart("speaker");
            json.writeStringField("name", prose.name());
            json.writeStringField("role", french ? "Président du Conseil de sécurité" : "President of the Security Council");
            json.writeEndObject();
        }
        json.writeStringField("language", french ? "fr" : "en");
        json.writeArrayFieldStart("paragraphs");
        int paragraphs = 3 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            json.writeString(prose.paragraph(french));
        }
        json.writeEndArray();
        json.writeObjectFieldStart("source");
        json.writeStringField("name", "Synthetic text generated for testing (seeded)");
        json.writeEndObject();
        if (random.nextInt(3) == 0) {
            json.writeStringField("symbol", "S/" + (2000 + random.nextInt(26)) + "/" + random.nextInt(1000));
        }
        json.writeEndObject();
    }

    private static void writeEvent(JsonGenerator json, int e, Size size, SplittableRandom random, Prose prose)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", "synthetic-event-" + e);
        json.writeStringField("mission", missionId(random.nextInt(size.missions())));
        String date = date(random);
        json.writeStringField("date", date);
        if (random.nextInt(10) == 0 && date.length() == 10) {
            json.writeStringField("end", LocalDate.parse(date).plusDays(1 + random.nextInt(400)).toString());
        }
        localized(json, "title", prose.title(true), prose.title(false));
        String place = PLACES[random.nextInt(PLACES.length)];
        localized(json, "place", place, place);
        if (size.documents() > 0 && random.nextBoolean()) {
            json.writeArrayFieldStart("documents");
            json.writeString(documentId(random.nextInt(size.documents())));
            json.writeEndArray();
        }
        sources(json, "sources");
        json.writeEndObject();
    }

    /** A date at a random precision: mostly days, some months, a few years only. */
    private static String date(SplittableRandom random) {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(13_000));
        int precision = random.nextInt(20);
        if (precision == 0) return String.format("%04d", day.getYear());
        if (precision < 3) return String.format("%04d-%02d", day.getYear(), day.getMonthValue());
        return day.toString();
    }

    private static void localized(JsonGenerator json, String field, String fr, String en) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("fr", fr);
        json.writeStringField("en", en);
        json.writeEndObject();
    }

    private static void sources(JsonGenerator json, String field) throws IOException {
        json.writeArrayFieldStart(field);
        json.writeStartObject();
        json.writeStringField("name", "Synthetic data generated for testing (seeded)");
        json.writeEndObject();
        json.writeEndArray();
    }
}
