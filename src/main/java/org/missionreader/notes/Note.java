package org.missionreader.notes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A highlight the reader made on a passage, with an optional note ({@code text}, empty when there is
 * none). {@code id} is unique and stable; {@code modified} orders two editions of the same note.
 */
public record Note(String id, Anchor anchor, NoteColour colour, String text, Instant created, Instant modified) {
    public Note {
        Objects.requireNonNull(id);
        Objects.requireNonNull(anchor);
        Objects.requireNonNull(colour);
        text = text == null ? "" : text;
        Objects.requireNonNull(created);
        Objects.requireNonNull(modified);
    }

    /** A new highlight made now. */
    public static Note create(Anchor anchor, NoteColour colour, String text) {
        Instant now = Instant.now();
        return new Note(UUID.randomUUID().toString(), anchor, colour, text, now, now);
    }

    public String documentId() {
        return anchor.documentId();
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    public Note withText(String newText) {
        return new Note(id, anchor, colour, newText, created, Instant.now());
    }

    public Note withColour(NoteColour newColour) {
        return new Note(id, anchor, newColour, text, created, Instant.now());
    }

    public Note withAnchor(Anchor newAnchor) {
        return new Note(id, newAnchor, colour, text, created, Instant.now());
    }
}
