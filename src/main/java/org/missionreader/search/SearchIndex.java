package org.missionreader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.missionreader.library.Library;
import org.missionreader.search.Entries.Entry;

/**
 * A full-text index of a library, in memory. It holds every part of a record a reader may know it by: each
 * document's title, byline (speaker and role), details (mission, kind, dates in both languages, symbol) and
 * paragraphs, and each event's title and place in each language; every part analysed in its own language
 * and weighted by what it is ({@link Field}). Build it off the UI thread ({@link #build}); searching is
 * thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

    private static final String[] FIELDS = Field.names();
    private static final String ENTRY = "entry";
    /** Snippets aim at about two lines of a results list. */
    private static final int SNIPPET_CHARS = 160;
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        // Not stored: the index points into the library's own strings, so the text is held once.
        TEXT_TYPE.setStored(false);
        // Offsets in the postings let the highlighter place hits without analysing the text again.
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Queries queries = new Queries();
    private final OffsetHighlighter highlighter;
    private final List<Entry> entries;
    /** The entry of each Lucene document id. */
    private final int[] entryOf;

    private SearchIndex(ByteBuffersDirectory directory, List<Entry> entries) throws IOException {
        this.directory = directory;
        this.entries = entries;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new PooledSearcher(reader);
        searcher.setSimilarity(similarity());
        this.entryOf = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ENTRY);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                entryOf[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        this.highlighter = new OffsetHighlighter(this, UnifiedHighlighter.builder(searcher, perFieldAnalyzer())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(2_000_000)
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(true)
                .withHandleMultiTermQuery(true));
    }

    /** Indexes every part of every document and event of a library. */
    public static SearchIndex build(Library library) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Entry> entries = new ArrayList<>();
        IndexWriterConfig config = new IndexWriterConfig(perFieldAnalyzer()).setSimilarity(similarity())
                .setRAMBufferSizeMB(64).setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            IOException[] failure = new IOException[1];
            Entries.of(library, entry -> {
                if (failure[0] != null) return;
                try {
                    add(writer, entries, entry);
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) throw failure[0];
            writer.commit();
            return new SearchIndex(directory, entries);
        } catch (IOException e) {
            // The directory is in memory: an I/O error here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
    }

    private static void add(IndexWriter writer, List<Entry> entries, Entry entry) throws IOException {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        for (Field field : entry.fields()) {
            d.add(new org.apache.lucene.document.Field(field.name, entry.text(), TEXT_TYPE));
        }
        d.add(new NumericDocValuesField(ENTRY, entries.size()));
        entries.add(entry);
        writer.addDocument(d);
    }

    private static Analyzer perFieldAnalyzer() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        Analyzer english = Analyzers.english();
        for (Field field : Field.values()) {
            if (!field.french) analyzers.put(field.name, english);
        }
        return new PerFieldAnalyzerWrapper(Analyzers.french(), analyzers);
    }

    /** BM25 in every field, with the length normalisation of its part of the record. */
    private static Similarity similarity() {
        Map<String, Similarity> byField = new HashMap<>();
        for (Field field : Field.values()) {
            byField.put(field.name, new BM25Similarity(1.2f, field.part().lengthNorm));
        }
        Similarity fallback = new BM25Similarity();
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String name) {
                return byField.getOrDefault(name, fallback);
            }
        };
    }

    /** How many entries (titles, bylines, details, paragraphs and event titles) the index holds. */
    public int size() {
        return entries.size();
    }

    /**
     * The best hits for a query typed by a reader, best first, at most {@code limit}; an event found in
     * both of its titles comes once. Every word must match; when no entry has them all, any word will do.
     * Stop words ("en", "the") need not match on their own; words typed side by side rank higher where they
     * stand so in the text, and are marked there as one run. Quotes make a phrase; characters of the query
     * syntax that do not parse are taken literally.
     */
    public List<SearchHit> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        try {
            Query query = parse(text, QueryParser.Operator.AND);
            TopDocs top = searcher.search(query, limit * 2);
            if (top.scoreDocs.length == 0) {
                query = parse(text, QueryParser.Operator.OR);
                top = searcher.search(query, limit * 2);
            }
            return hits(query, top, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String text, QueryParser.Operator operator) {
        return queries.build(text, operator);
    }

    private List<SearchHit> hits(Query query, TopDocs top, int limit) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) ids[i] = docs[i].doc;
        int[] passages = new int[FIELDS.length];
        Arrays.fill(passages, 1);
        Map<String, Object[]> snippets = highlighter.highlight(FIELDS, query, ids, passages);
        List<SearchHit> hits = new ArrayList<>();
        Set<String> eventsSeen = new HashSet<>();
        for (int i = 0; i < docs.length && hits.size() < limit; i++) {
            Entry entry = entries.get(entryOf[docs[i].doc]);
            if (entry.kind() == SearchHit.Kind.EVENT && !eventsSeen.add(entry.eventId())) {
                continue;
            }
            List<Span> matches = List.of();
            for (Field field : entry.fields()) {
                // An entry analysed in both languages is marked where its best language found it.
                if (snippets.get(field.name)[i] instanceof SnippetFormatter.Matches m && m.spans().size() > matches.size()) {
                    matches = m.spans();
                }
            }
            hits.add(hit(entry, docs[i].score, entry.text(), matches));
        }
        return hits;
    }

    private static SearchHit hit(Entry entry, float score, String content, List<Span> matches) {
        Span found = Snippets.window(content, matches, SNIPPET_CHARS);
        if (entry.kind() == SearchHit.Kind.DETAILS && content.startsWith(Entries.SEPARATOR.stripLeading(), found.start())) {
            // A cut through a record's details starts at an item, not at the dot between two.
            int start = found.start() + Entries.SEPARATOR.stripLeading().length();
            found = new Span(Math.min(start, found.end()), found.end());
        }
        Span window = found;
        List<Span> inSnippet = matches.stream()
                .filter(s -> s.start() >= window.start() && s.end() <= window.end())
                .map(s -> s.shift(-window.start())).toList();
        return new SearchHit(entry.kind(), entry.documentId(), entry.eventId(), entry.missionId(), entry.paragraph(),
                score, content.substring(window.start(), window.end()), window.start(), inSnippet, matches, content.length());
    }

    /**
     * A bare Lucene query for comparison (the benchmark): the words parsed in the French paragraphs' field
     * alone, every one required, the top {@code n} ids found; no other field, phrase, weights or snippets.
     */
    TopDocs bare(String text, int n) throws IOException {
        QueryParser parser = new QueryParser(Field.TEXT_FR.name, Analyzers.french());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return searcher.search(parser.parse(QueryParser.escape(text.replace("\"", ""))), n);
        } catch (org.apache.lucene.queryparser.classic.ParseException e) {
            return searcher.search(new org.apache.lucene.search.MatchNoDocsQuery(), n);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the highlighter's offsets-returning entry point, which Lucene keeps protected, and gives it the
     * texts from the entries, since the index does not store them.
     */
    private static final class OffsetHighlighter extends UnifiedHighlighter {
        private final SearchIndex index;

        OffsetHighlighter(SearchIndex index, Builder builder) {
            super(builder);
            this.index = index;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Entry entry = index.entries.get(index.entryOf[doc]);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    texts[f] = entry.fields().contains(Field.named(fields[f])) ? entry.text() : "";
                }
                values.add(texts);
            }
            return values;
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }
}
