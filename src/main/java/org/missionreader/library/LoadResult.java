package org.missionreader.library;

import java.util.List;

/**
 * What loading a library file gave: the items that are usable, the problems found on the way (the first
 * ones of a file that has very many, in reading order, and how many more there were), and where each id
 * stands in the file.
 */
public record LoadResult(Library library, List<Problem> problems, IdPlaces idPlaces, long moreProblems) {
    public LoadResult {
        problems = List.copyOf(problems);
        moreProblems = Math.max(0, moreProblems);
    }

    /** A result that holds every problem found. */
    public LoadResult(Library library, List<Problem> problems, IdPlaces idPlaces) {
        this(library, problems, idPlaces, 0);
    }

    /** A result with no id places (a load that failed, or a library not read from a file). */
    public LoadResult(Library library, List<Problem> problems) {
        this(library, problems, IdPlaces.NONE);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem found, the ones held and the ones only counted. */
    public long problemCount() {
        return problems.size() + moreProblems;
    }
}
