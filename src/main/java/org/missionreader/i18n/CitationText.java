package org.missionreader.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionreader.library.Document;
import org.missionreader.library.Source;

/**
 * A document's citation as plain text, in the interface language: speaker and role, the title in quotation
 * marks, the date (or "n.d."), the document symbol, then the source. Only what the library knows is cited.
 */
public final class CitationText {

    private CitationText() {
    }

    public static String format(Document doc, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (doc.speaker() != null) {
            parts.add(doc.speaker().name());
            if (doc.speaker().role() != null && !doc.speaker().role().isBlank()) {
                parts.add(doc.speaker().role());
            }
        }
        parts.add(Messages.get(locale, "citation.title", doc.title()));
        parts.add(doc.date() == null ? Messages.get(locale, "citation.undated") : DateText.format(doc.date(), locale));
        if (doc.symbol() != null && !doc.symbol().isBlank()) {
            parts.add(doc.symbol());
        }
        String citation = String.join(", ", parts) + ".";
        Source source = doc.source();
        if (source != null && source.name() != null) {
            String where = source.url() == null ? source.name() : source.name() + " (" + source.url() + ")";
            citation += " " + Messages.get(locale, "citation.source", where);
        }
        return citation;
    }
}
