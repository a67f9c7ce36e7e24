package org.missionreader.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader types into the index's query: in every field, the words (stop words aside) that must
 * match, or any of them; the whole input as a phrase that ranks higher and is marked as one run; each field
 * weighted by its part of the record. An entry's best field counts, the others add a little.
 */
final class Queries {

    /** How much more an entry scores when it holds the words as typed, side by side. */
    private static final float PHRASE_BONUS = 1.5f;

    private final Analyzer french = Analyzers.french();
    private final Analyzer english = Analyzers.english();
    private final Analyzer frenchWords = Analyzers.frenchQuery();
    private final Analyzer englishWords = Analyzers.englishQuery();

    Query build(String text, QueryParser.Operator operator) {
        List<Query> perField = new ArrayList<>();
        boolean phrase = text.indexOf('"') < 0 && text.strip().split("\\s+").length > 1;
        for (Field field : Field.values()) {
            Analyzer all = field.french ? french : english;
            Query words = parse(field.name, field.french ? frenchWords : englishWords, text, operator);
            if (words instanceof MatchNoDocsQuery) {
                // Only stop words were typed ("en"): they are what the reader looks for.
                words = parse(field.name, all, text, operator);
            }
            if (words instanceof MatchNoDocsQuery) continue;
            Query asTyped = phrase ? new QueryBuilder(all).createPhraseQuery(field.name, text) : null;
            if (asTyped instanceof PhraseQuery || asTyped instanceof MultiPhraseQuery) {
                words = new BooleanQuery.Builder()
                        .add(words, BooleanClause.Occur.MUST)
                        .add(new BoostQuery(asTyped, PHRASE_BONUS), BooleanClause.Occur.SHOULD)
                        .build();
            }
            perField.add(new BoostQuery(words, field.part().weight));
        }
        return perField.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(perField, 0.1f);
    }

    private static Query parse(String field, Analyzer analyzer, String text, QueryParser.Operator operator) {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(operator);
        parser.setSplitOnWhitespace(true);
        try {
            return orNothing(parser.parse(text));
        } catch (ParseException | RuntimeException e) {
            try {
                return orNothing(parser.parse(QueryParser.escape(text)));
            } catch (ParseException | RuntimeException again) {
                return new MatchNoDocsQuery();
            }
        }
    }

    private static Query orNothing(Query query) {
        // A query of only punctuation (or stop words) analyses to nothing: null, or an empty boolean.
        if (query == null || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return query;
    }
}
