package org.missionreader.library;

import java.util.List;

/** What loading a library file gave: the items that are usable, and every problem found on the way. */
public record LoadResult(Library library, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
