package org.missionreader.library;

import java.util.List;

/**
 * What loading a library file gave: the items that are usable, every problem found on the way, and where
 * each id stands in the file.
 */
public record LoadResult(Library library, List<Problem> problems, IdPlaces idPlaces) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** A result with no id places (a load that failed, or a library not read from a file). */
    public LoadResult(Library library, List<Problem> problems) {
        this(library, problems, IdPlaces.NONE);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
