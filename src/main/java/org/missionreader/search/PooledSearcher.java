package org.missionreader.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * A searcher whose word rarity (BM25's idf) is that of the whole library in the field's language, not of
 * the field alone: otherwise a word would weigh more in the few event titles than in the many paragraphs,
 * only because there are fewer titles, and the parts' weights ({@link Field.Part}) would mean nothing. Each
 * field keeps its own average length, so that its length normalisation is its own.
 */
final class PooledSearcher extends IndexSearcher {

    PooledSearcher(IndexReader reader) {
        super(reader);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        Field field = Field.named(term.field());
        if (field == null) return super.termStatistics(term, docFreq, totalTermFreq);
        long pooledDocFreq = 0;
        long pooledTotal = 0;
        for (Field other : Field.values()) {
            if (other.french != field.french) continue;
            Term same = new Term(other.name, term.bytes());
            pooledDocFreq += getIndexReader().docFreq(same);
            pooledTotal += getIndexReader().totalTermFreq(same);
        }
        // The term is in this field (the caller saw it there), so the pooled counts are at least 1.
        return new TermStatistics(term.bytes(), Math.max(1, pooledDocFreq), Math.max(pooledDocFreq, pooledTotal));
    }

    @Override
    public CollectionStatistics collectionStatistics(String name) throws IOException {
        CollectionStatistics own = super.collectionStatistics(name);
        Field field = Field.named(name);
        if (own == null || field == null) return own;
        long docCount = 0;
        for (Field other : Field.values()) {
            if (other.french != field.french) continue;
            CollectionStatistics stats = super.collectionStatistics(other.name);
            if (stats != null) docCount += stats.docCount();
        }
        // As many entries as the whole language has, each as long on average as this field's own.
        double scale = (double) docCount / own.docCount();
        long sumTotal = Math.max(docCount, Math.round(own.sumTotalTermFreq() * scale));
        long sumDocFreq = Math.min(sumTotal, Math.max(docCount, Math.round(own.sumDocFreq() * scale)));
        return new CollectionStatistics(name, Math.max(own.maxDoc(), docCount), docCount, sumTotal, sumDocFreq);
    }
}
