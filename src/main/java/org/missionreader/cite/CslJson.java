package org.missionreader.cite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.missionreader.library.PartialDate;

/**
 * CSL-JSON (Citation Style Language's item data, which pandoc, Zotero and citeproc read): an array of one
 * {@code report} item. Names are literal (kept whole); dates are date-parts at their own precision; the title
 * is kept as written with CSL's "nocase" markup.
 */
final class CslJson {

    private static final JsonFactory JSON = new JsonFactory();

    private CslJson() {
    }

    static String write(CitedRecord r) {
        return write(r, null);
    }

    /** With paragraphs: CSL's cite-item locator and its label, which citeproc-js and pandoc read in item data too. */
    static String write(CitedRecord r, Locator at) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("type", "report");
            if (r.author() != null) {
                json.writeArrayFieldStart("author");
                json.writeStartObject();
                json.writeStringField("literal", r.author());
                json.writeEndObject();
                json.writeEndArray();
            }
            // The title as written: marked so that no style changes its case (an English one would be title-cased).
            if (r.title() != null) json.writeStringField("title", "<span class=\"nocase\">" + r.title() + "</span>");
            if (r.date() != null) date(json, "issued", r.date());
            field(json, "genre", r.genre());
            field(json, "number", r.symbol());
            field(json, "note", r.note());
            field(json, "language", r.language());
            field(json, "URL", r.sourceUrl());
            if (at != null) {
                json.writeStringField("locator", at.range());
                json.writeStringField("label", "paragraph");
            }
            if (r.accessed() != null) {
                LocalDate a = r.accessed();
                date(json, "accessed", PartialDate.ofDay(a.getYear(), a.getMonthValue(), a.getDayOfMonth()));
            }
            json.writeEndObject();
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) json.writeStringField(name, value);
    }

    private static void date(JsonGenerator json, String name, PartialDate date) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeArrayFieldStart("date-parts");
        json.writeStartArray();
        json.writeNumber(date.year());
        if (date.precision() != org.missionreader.library.Precision.YEAR) json.writeNumber(date.month());
        if (date.precision() == org.missionreader.library.Precision.DAY) json.writeNumber(date.day());
        json.writeEndArray();
        json.writeEndArray();
        json.writeEndObject();
    }
}
