package org.missionreader.ui.searchbox;

import java.util.ArrayList;
import java.util.List;
import org.missionreader.i18n.TextFold;
import org.missionreader.notes.Note;
import org.missionreader.notes.Notebook;

/** "Your notes" in the search box: the notes whose text or quote hold every word of the query, case and accents aside. */
final class NoteHits {

    /** The most notes listed; the notes panel lists them all. */
    static final int LIMIT = 20;

    private NoteHits() {
    }

    static List<Note> matching(Notebook notebook, String query) {
        List<Note> hits = new ArrayList<>();
        String[] words = TextFold.fold(query).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return hits;
        for (Note note : notebook.notes()) {
            String text = TextFold.fold(note.text() + " " + note.anchor().quote());
            boolean all = true;
            for (String word : words) all &= text.contains(word);
            if (all) hits.add(note);
            if (hits.size() == LIMIT) break;
        }
        return hits;
    }
}
