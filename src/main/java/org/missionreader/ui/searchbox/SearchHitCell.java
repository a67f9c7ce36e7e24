package org.missionreader.ui.searchbox;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.missionreader.library.DateText;
import org.missionreader.i18n.Typography;
import org.missionreader.library.Document;
import org.missionreader.library.TimelineEvent;
import org.missionreader.search.SearchHit;
import org.missionreader.search.Span;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;

/**
 * A search result: where it was found, then the snippet with the hits drawn in bold, as plain text runs.
 * The cell's nodes are made once; each result it is given only changes their text.
 */
final class SearchHitCell extends ListCell<SearchHit> {

    private final ReaderModel model;
    private final SearchService service;
    private final I18n i18n;
    private final Label where = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, where, snippet);

    SearchHitCell(ReaderModel model, SearchService service, I18n i18n, ObservableDoubleValue listWidth) {
        this.model = model;
        this.service = service;
        this.i18n = i18n;
        getStyleClass().add("search-hit-cell");
        // The cell takes the list's width rather than asking for its text's: the snippet wraps inside it.
        setPrefWidth(0);
        where.getStyleClass().add("search-hit-where");
        snippet.getStyleClass().add("search-hit-snippet");
        snippet.prefWidthProperty().bind(Bindings.subtract(listWidth, 44));
        snippet.setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        setText(null);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        where.setText(where(hit));
        snippet.getChildren().setAll(runs(hit));
        setGraphic(box);
    }

    private String where(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.EVENT) {
            TimelineEvent event = service.event(hit.eventId());
            String date = event == null ? "" : DateText.format(event.date(), i18n.locale());
            return i18n.get("search.event", date);
        }
        Document doc = model.library().document(hit.documentId()).orElse(null);
        if (doc == null) return hit.documentId();
        String title = doc.title();
        String date = DateText.format(doc.date(), i18n.locale());
        return switch (hit.kind()) {
            case TITLE -> i18n.get("search.title", title, date);
            case BYLINE -> i18n.get("search.byline", title, date);
            case DETAILS -> i18n.get("search.details", title, date);
            default -> i18n.get("search.paragraph", title, date, hit.paragraphIndex() + 1);
        };
    }

    /** The snippet as runs: plain text, and the hits in their own style; an ellipsis where text was cut. */
    static List<Text> runs(SearchHit hit) {
        List<Text> runs = new ArrayList<>();
        // Set as the reader sets it (no break inside a date...): same length, so the spans still fit.
        String snippet = Typography.keepTogether(hit.snippet());
        if (hit.snippetStart() > 0) runs.add(run("… ", "search-snippet-text"));
        int at = 0;
        for (Span span : hit.snippetSpans()) {
            if (span.start() > at) runs.add(run(snippet.substring(at, span.start()), "search-snippet-text"));
            runs.add(run(snippet.substring(span.start(), span.end()), "search-snippet-hit"));
            at = span.end();
        }
        if (at < snippet.length()) runs.add(run(snippet.substring(at), "search-snippet-text"));
        if (hit.cutAtEnd()) runs.add(run(" …", "search-snippet-text"));
        return runs;
    }

    private static Text run(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
