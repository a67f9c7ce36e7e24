package org.missionreader.ui.searchbox;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.missionreader.library.Document;
import org.missionreader.notes.Note;
import org.missionreader.ui.application.I18n;
import org.missionreader.ui.application.ReaderModel;

/** A note among the search results: its document and paragraph, the quote, and the note. */
final class NoteHitCell extends ListCell<Note> {

    private final ReaderModel model;
    private final I18n i18n;
    private final Label where = new Label();
    private final Label quote = new Label();
    private final Label text = new Label();
    private final VBox box = new VBox(2, where, quote, text);

    NoteHitCell(ReaderModel model, I18n i18n, ObservableDoubleValue listWidth) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().addAll("search-hit-cell", "search-note-cell");
        setPrefWidth(0);
        where.getStyleClass().add("search-hit-where");
        quote.getStyleClass().add("search-note-quote");
        quote.setWrapText(true);
        text.getStyleClass().add("search-note-text");
        text.setWrapText(true);
        box.maxWidthProperty().bind(Bindings.subtract(listWidth, 44));
    }

    @Override
    protected void updateItem(Note note, boolean empty) {
        super.updateItem(note, empty);
        setText(null);
        if (empty || note == null) {
            setGraphic(null);
            return;
        }
        Document doc = model.library().document(note.documentId()).orElse(null);
        String title = doc == null ? note.documentId() : doc.title();
        where.setText(i18n.get("search.note", title, note.anchor().paragraph() + 1));
        quote.setText(i18n.get("note.quoted", note.anchor().quote()));
        text.setText(note.text());
        text.setVisible(note.hasText());
        text.setManaged(note.hasText());
        setGraphic(box);
    }
}
