package org.missionreader.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.missionreader.i18n.Messages;
import org.missionreader.library.LibraryLoader;
import org.missionreader.library.LoadResult;
import org.missionreader.search.SearchHit;
import org.missionreader.search.SearchIndex;

/**
 * {@code --search QUERY}: searches the bundled library and prints one line per hit, in the window's ranking,
 * {@code DOCUMENT_ID<TAB>WHERE<TAB>snippet}; WHERE is {@code title}, {@code byline}, {@code details},
 * {@code §N} (a paragraph) or {@code event:EVENT_ID}; a hit in an event's title that links no document
 * prints {@code event:EVENT_ID} in the first column too. No hit prints nothing on standard output.
 */
final class SearchCommand {

    /** As many lines as a reader would scan; the window shows the same number. */
    static final int LIMIT = 50;

    private final Locale locale;

    SearchCommand(Locale locale) {
        this.locale = locale;
    }

    int run(String query, PrintStream out, PrintStream err) {
        LoadResult loaded = new LibraryLoader().loadBundled();
        List<SearchHit> hits;
        try (SearchIndex index = SearchIndex.build(loaded.library())) {
            hits = index.search(query, LIMIT);
        }
        for (SearchHit hit : hits) {
            out.println(firstColumn(hit) + "\t" + where(hit) + "\t" + hit.snippetOneLine());
        }
        if (hits.isEmpty()) {
            err.println(Messages.get(locale, "cli.search.none", query));
        }
        return 0;
    }

    /** Where in the record the hit is, in words a script can match whatever the interface language. */
    static String where(SearchHit hit) {
        return switch (hit.kind()) {
            case TITLE -> "title";
            case BYLINE -> "byline";
            case DETAILS -> "details";
            case PARAGRAPH -> "§" + (hit.paragraphIndex() + 1);
            case EVENT -> "event:" + hit.eventId();
        };
    }

    static String firstColumn(SearchHit hit) {
        return hit.documentId() != null ? hit.documentId() : "event:" + hit.eventId();
    }
}
