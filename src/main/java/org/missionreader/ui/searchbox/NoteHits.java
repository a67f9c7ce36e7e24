package org.missionreader.ui.searchbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.missionreader.i18n.TextFold;
import org.missionreader.notes.Note;
import org.missionreader.notes.Notebook;

/**
 * "Your notes" in the search box: the notes whose text or quote hold every word of the query, case and accents
 * aside. Run in the search box's query job, off the JavaFX thread. Each note is folded once, and folded again
 * only when its text or quote changed: a query matches words against the folded texts kept.
 */
final class NoteHits {

    /** The most notes listed; the notes panel lists them all. */
    static final int LIMIT = 20;

    /** Told of each note folded ("fold") and each query matched ("match"), and whether on the JavaFX thread; for tests. */
    static volatile BiConsumer<String, Boolean> probe = (work, onFxThread) -> { };

    /** A note's text and quote as they were folded, and the folded text. */
    private record Folded(String text, String quote, String folded) {
        boolean of(Note note) {
            return text.equals(note.text()) && quote.equals(note.anchor().quote());
        }
    }

    /** By note id; a superseded query may still run beside the next one, hence concurrent. */
    private final Map<String, Folded> folded = new ConcurrentHashMap<>();

    /** The notes that hold every word of the query, in the notebook's order, {@link #LIMIT} at most; empty when cancelled. */
    List<Note> matching(Notebook notebook, String query, BooleanSupplier cancelled) {
        probe.accept("match", Platform.isFxApplicationThread());
        List<Note> hits = new ArrayList<>();
        String[] words = TextFold.fold(query).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return hits;
        for (Note note : notebook.notes()) {
            if (cancelled.getAsBoolean()) return List.of();
            String text = foldedText(note);
            boolean all = true;
            for (String word : words) all &= text.contains(word);
            if (all) hits.add(note);
            if (hits.size() == LIMIT) break;
        }
        forgetOthers(notebook);
        return hits;
    }

    private String foldedText(Note note) {
        Folded kept = folded.get(note.id());
        if (kept != null && kept.of(note)) return kept.folded();
        probe.accept("fold", Platform.isFxApplicationThread());
        Folded now = new Folded(note.text(), note.anchor().quote(), TextFold.fold(note.text() + " " + note.anchor().quote()));
        folded.put(note.id(), now);
        return now.folded();
    }

    /** Drops the folded texts of notes the notebook no longer holds. */
    private void forgetOthers(Notebook notebook) {
        if (folded.size() <= notebook.notes().size()) return;
        Set<String> ids = new HashSet<>();
        for (Note note : notebook.notes()) ids.add(note.id());
        folded.keySet().retainAll(ids);
    }
}
