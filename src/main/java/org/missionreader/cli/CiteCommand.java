package org.missionreader.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.missionreader.cite.CitationFormat;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.LibraryLoader;

/**
 * {@code --cite DOCUMENT_ID [--format text|bibtex|ris|csl-json]}: a document of the bundled library's citation
 * on standard output, consulted today; plain text in the interface language.
 */
final class CiteCommand {

    private final Locale locale;
    private final LocalDate today;

    CiteCommand(Locale locale, LocalDate today) {
        this.locale = locale;
        this.today = today;
    }

    int run(String documentId, CitationFormat format, PrintStream out, PrintStream err) {
        Library library = new LibraryLoader().loadBundled().library();
        Optional<Document> doc = DocumentArgument.find(library, documentId, locale, err);
        if (doc.isEmpty()) return 1;
        String citation = format.format(doc.get(), library, locale, today);
        out.print(citation.endsWith("\n") ? citation : citation + "\n");
        out.flush();
        return 0;
    }
}
