package org.missionreader.notes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A place the reader bookmarked: a document and a paragraph of it (0-based), with the paragraph's first
 * words when it was made ({@code label}), which the bookmarks menu shows and a later edition is matched by.
 */
public record Bookmark(String id, String documentId, int paragraph, String label, Instant created) {
    public Bookmark {
        Objects.requireNonNull(id);
        Objects.requireNonNull(documentId);
        if (paragraph < 0) throw new IllegalArgumentException("paragraph " + paragraph);
        label = label == null ? "" : label;
        Objects.requireNonNull(created);
    }

    public static Bookmark create(String documentId, int paragraph, String label) {
        return new Bookmark(UUID.randomUUID().toString(), documentId, paragraph, label, Instant.now());
    }
}
