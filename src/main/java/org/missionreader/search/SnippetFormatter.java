package org.missionreader.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passage (the whole text: the index uses a whole-text break iterator) into offsets
 * rather than markup, so the caller cuts the snippet from the original text and draws the hits itself.
 */
final class SnippetFormatter extends PassageFormatter {

    /** Every match in the text, in order, as offsets of the original text. */
    record Matches(List<Span> spans) {
    }


    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        List<Span> matches = new ArrayList<>();
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        int lastEnd = -1;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(starts[i], lastEnd);
            int end = Math.min(ends[i], content.length());
            if (end > start) {
                // Overlapping matches (a phrase and its words) merge into one run.
                if (!matches.isEmpty() && start <= matches.get(matches.size() - 1).end()) {
                    Span last = matches.remove(matches.size() - 1);
                    matches.add(new Span(last.start(), Math.max(last.end(), end)));
                } else {
                    matches.add(new Span(start, end));
                }
                lastEnd = Math.max(lastEnd, end);
            }
        }
        return new Matches(matches);
    }
}
