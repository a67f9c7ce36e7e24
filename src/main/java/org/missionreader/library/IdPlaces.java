package org.missionreader.library;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each id of a library file stands (line and column of its value), by kind: "mission",
 * "document", "event". Kept from loading, so a problem found later (an id already open in another
 * file) can point at its spot without reading the file again.
 */
public final class IdPlaces {

    /** A 1-based line and column in the file. */
    public record Place(int line, int column) {
    }

    /** No places known (a library that did not come from a file). */
    public static final IdPlaces NONE = new IdPlaces();

    /** Line in the high half, column in the low: one long per id, not an object. */
    private final Map<String, Map<String, Long>> byKind = new HashMap<>();

    void put(String kind, String id, int line, int column) {
        ids(kind).putIfAbsent(id, pack(line, column));
    }

    /**
     * The ids of a kind with where each stands ({@link #pack packed}), for a loader that records them and
     * looks them up as it binds: one map serves both.
     */
    Map<String, Long> ids(String kind) {
        return byKind.computeIfAbsent(kind, k -> new HashMap<>());
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFFFFFFL);
    }

    /** Where the first item of that kind with that id stands. */
    public Optional<Place> of(String kind, String id) {
        Long packed = byKind.getOrDefault(kind, Map.of()).get(id);
        return packed == null ? Optional.empty() : Optional.of(new Place((int) (packed >>> 32), (int) (long) packed));
    }
}
