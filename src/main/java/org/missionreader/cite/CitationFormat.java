package org.missionreader.cite;

import java.time.LocalDate;
import java.util.Locale;
import org.missionreader.cite.CitationText;
import org.missionreader.library.Document;
import org.missionreader.library.Library;

/** The formats a citation is written in: plain text for a reader, and the files reference managers read. */
public enum CitationFormat {
    TEXT("text"), BIBTEX("bibtex"), RIS("ris"), CSL_JSON("csl-json");

    private final String cliName;

    CitationFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name the command line takes ({@code --format bibtex}). */
    public String cliName() {
        return cliName;
    }

    /** The format of that command-line name, or null. */
    public static CitationFormat named(String name) {
        for (CitationFormat f : values()) {
            if (f.cliName.equals(name)) return f;
        }
        return null;
    }

    /**
     * A document's citation in this format; plain text is in the interface language {@code locale}, the
     * other formats give the record's own words (its kind and mission in the document's language).
     */
    public String format(Document doc, Library library, Locale locale, LocalDate accessed) {
        return format(doc, library, locale, accessed, null);
    }

    /** A citation of paragraphs of a document ({@code at}; null cites the whole document). */
    public String format(Document doc, Library library, Locale locale, LocalDate accessed, Locator at) {
        CitedRecord record = CitedRecord.of(doc, library, accessed);
        return switch (this) {
            case TEXT -> CitationText.format(doc, locale, accessed, at);
            case BIBTEX -> BibTex.write(record, at);
            case RIS -> Ris.write(record, at);
            case CSL_JSON -> CslJson.write(record, at);
        };
    }
}
