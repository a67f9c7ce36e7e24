package org.missionreader.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.missionreader.i18n.Messages;
import org.missionreader.library.Document;
import org.missionreader.library.Library;

/** A document id given on the command line (--export-pdf, --print): the document, or why there is none. */
public final class DocumentArgument {

    private DocumentArgument() {
    }

    /** The library's document with that id; if there is none, says so on {@code err}, naming the known ones. */
    public static Optional<Document> find(Library library, String id, Locale locale, PrintStream err) {
        Optional<Document> doc = library.document(id);
        if (doc.isEmpty()) {
            String known = library.documents().stream().map(Document::id).collect(Collectors.joining(", "));
            err.println(Messages.get(locale, "cli.export.unknownDocument", id, known));
        }
        return doc;
    }
}
