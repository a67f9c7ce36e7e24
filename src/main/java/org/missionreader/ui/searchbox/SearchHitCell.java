package org.missionreader.ui.searchbox;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

/** A search result: where it was found, then the snippet with the hits drawn in bold, as plain text runs. */
final class SearchHitCell extends ListCell<SearchHit> {

    private final ReaderModel model;
    private final I18n i18n;

    SearchHitCell(ReaderModel model, I18n i18n, javafx.beans.value.ObservableDoubleValue listWidth) {
        this.model = model;
        this.i18n = i18n;
        this.listWidth = listWidth;
        getStyleClass().add("search-hit-cell");
        // The cell takes the list's width rather than asking for its text's: the snippet wraps inside it.
        setPrefWidth(0);
    }

    private final javafx.beans.value.ObservableDoubleValue listWidth;

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        setText(null);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        Label where = new Label(where(hit));
        where.getStyleClass().add("search-hit-where");
        TextFlow snippet = new TextFlow(runs(hit).toArray(Text[]::new));
        snippet.getStyleClass().add("search-hit-snippet");
        snippet.prefWidthProperty().bind(javafx.beans.binding.Bindings.subtract(listWidth, 44));
        snippet.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(2, where, snippet);
        setGraphic(box);
    }

    private String where(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.EVENT) {
            TimelineEvent event = model.library().events().stream()
                    .filter(e -> e.id().equals(hit.eventId())).findFirst().orElse(null);
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
