package org.missionreader.importer;

import java.util.List;
import org.missionreader.library.DocumentKind;
import org.missionreader.library.PartialDate;
import org.missionreader.library.Source;

/**
 * What an imported file gave, before the reader checks it: its paragraphs, and what could be read of its
 * title, kind, date (at its precision), speaker, UN symbol and language. Every field but the paragraphs and
 * the source may be null: nothing is invented, what is not known stays empty. {@code missionId} is the
 * reader's choice (null until made). {@code unread} names the fields the file did not give.
 */
public record ImportDraft(String title, DocumentKind kind, PartialDate date, String speakerName, String speakerRole,
                          String symbol, String language, String missionId, Source source, List<String> paragraphs,
                          List<Field> unread) {

    /** The fields a draft proposes, as the import form and {@code --import} name them. */
    public enum Field { TITLE, KIND, DATE, SPEAKER, SYMBOL, LANGUAGE, MISSION }

    public ImportDraft {
        paragraphs = List.copyOf(paragraphs);
        unread = List.copyOf(unread);
    }
}
