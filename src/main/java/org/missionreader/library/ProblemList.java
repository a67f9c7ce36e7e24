package org.missionreader.library;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one file as they are found: the first {@link #KEPT} are kept, the rest only counted, so
 * that a file of ten million bad items costs ten million counts, not ten million problems in memory.
 */
final class ProblemList extends AbstractList<Problem> {

    /** More than anyone reads; a file with more has one mistake repeated, and its first ones show it. */
    static final int KEPT = 1000;

    private final List<Problem> kept = new ArrayList<>();
    private long dropped;

    @Override
    public Problem get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** Appends (or inserts) while fewer than {@link #KEPT} are kept, else counts the problem as dropped. */
    @Override
    public void add(int index, Problem problem) {
        if (kept.size() < KEPT) {
            kept.add(index, problem);
        } else {
            dropped++;
        }
    }

    /** How many problems were found but not kept. */
    long dropped() {
        return dropped;
    }
}
