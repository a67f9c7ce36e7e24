package org.missionreader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.missionreader.library.Document;
import org.missionreader.library.Library;
import org.missionreader.library.TimelineEvent;

/**
 * A full-text index of a library, in memory: one entry per document paragraph and one per event title in
 * each language, each analysed in its own language. Build it off the UI thread ({@link #build}); searching
 * is thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

    static final String FRENCH_TEXT = "text_fr";
    static final String ENGLISH_TEXT = "text_en";
    private static final String[] TEXT_FIELDS = {FRENCH_TEXT, ENGLISH_TEXT};
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

    /** What an index entry stands for, and its text (the library's string itself); kept beside the index. */
    private record Entry(SearchHit.Kind kind, String documentId, String eventId, String missionId, int paragraph,
                         String field, String text) {
    }

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer french = Analyzers.french();
    private final Analyzer english = Analyzers.english();
    private final Analyzer perField;
    private final OffsetHighlighter highlighter;
    private final List<Entry> entries;
    /** The entry of each Lucene document id. */
    private final int[] entryOf;

    private SearchIndex(ByteBuffersDirectory directory, List<Entry> entries) throws IOException {
        this.directory = directory;
        this.entries = entries;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.perField = perFieldAnalyzer();
        this.entryOf = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ENTRY);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                entryOf[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        this.highlighter = new OffsetHighlighter(this, UnifiedHighlighter.builder(searcher, perField)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(2_000_000)
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(true));
    }

    /** Indexes every paragraph and event title of a library. */
    public static SearchIndex build(Library library) {
        Analyzer analyzer = perFieldAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Entry> entries = new ArrayList<>();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64).setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Document doc : library.documents()) {
                String field = fieldFor(doc.language());
                List<String> paragraphs = doc.paragraphs();
                for (int i = 0; i < paragraphs.size(); i++) {
                    add(writer, entries, new Entry(SearchHit.Kind.PARAGRAPH, doc.id(), null, doc.missionId(), i,
                            field, paragraphs.get(i)));
                }
            }
            for (TimelineEvent event : library.events()) {
                String linked = event.documentIds().isEmpty() ? null : event.documentIds().get(0);
                if (event.title().fr() != null) {
                    add(writer, entries, new Entry(SearchHit.Kind.EVENT, linked, event.id(), event.missionId(), -1,
                            FRENCH_TEXT, event.title().fr()));
                }
                if (event.title().en() != null) {
                    add(writer, entries, new Entry(SearchHit.Kind.EVENT, linked, event.id(), event.missionId(), -1,
                            ENGLISH_TEXT, event.title().en()));
                }
            }
            writer.commit();
            return new SearchIndex(directory, entries);
        } catch (IOException e) {
            // The directory is in memory: an I/O error here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
    }

    private static void add(IndexWriter writer, List<Entry> entries, Entry entry) throws IOException {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new Field(entry.field(), entry.text(), TEXT_TYPE));
        d.add(new NumericDocValuesField(ENTRY, entries.size()));
        entries.add(entry);
        writer.addDocument(d);
    }

    private static String fieldFor(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH_TEXT : FRENCH_TEXT;
    }

    private static Analyzer perFieldAnalyzer() {
        return new PerFieldAnalyzerWrapper(Analyzers.french(), Map.of(ENGLISH_TEXT, Analyzers.english()));
    }

    /** How many entries (paragraphs and event titles) the index holds. */
    public int size() {
        return entries.size();
    }

    /**
     * The best hits for a query typed by a reader, best first, at most {@code limit}; an event found in
     * both of its titles comes once. Every word must match; when no entry has them all, any word will do.
     * Quotes make a phrase; characters of the query syntax that do not parse are taken literally.
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
        List<Query> perLanguage = new ArrayList<>();
        perLanguage.add(parse(FRENCH_TEXT, french, text, operator));
        perLanguage.add(parse(ENGLISH_TEXT, english, text, operator));
        // The best language for an entry counts; the other adds a little, as a tie-breaker.
        return new DisjunctionMaxQuery(perLanguage, 0.1f);
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
        // A query of only punctuation analyses to nothing; the parser then gives null or an empty boolean.
        if (query == null || query instanceof BooleanQuery b && b.clauses().isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return query;
    }

    private List<SearchHit> hits(Query query, TopDocs top, int limit) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) ids[i] = docs[i].doc;
        Map<String, Object[]> snippets = highlighter.highlight(TEXT_FIELDS, query, ids, new int[] {1, 1});
        List<SearchHit> hits = new ArrayList<>();
        Set<String> eventsSeen = new HashSet<>();
        for (int i = 0; i < docs.length && hits.size() < limit; i++) {
            Entry entry = entries.get(entryOf[docs[i].doc]);
            if (entry.kind() == SearchHit.Kind.EVENT && !eventsSeen.add(entry.eventId())) {
                continue;
            }
            Object highlighted = snippets.get(entry.field())[i];
            List<Span> matches = highlighted instanceof SnippetFormatter.Matches m ? m.spans() : List.of();
            hits.add(hit(entry, docs[i].score, entry.text(), matches));
        }
        return hits;
    }

    private static SearchHit hit(Entry entry, float score, String content, List<Span> matches) {
        Span window = Snippets.window(content, matches, SNIPPET_CHARS);
        List<Span> inSnippet = matches.stream()
                .filter(s -> s.start() >= window.start() && s.end() <= window.end())
                .map(s -> s.shift(-window.start())).toList();
        return new SearchHit(entry.kind(), entry.documentId(), entry.eventId(), entry.missionId(), entry.paragraph(),
                score, content.substring(window.start(), window.end()), window.start(), inSnippet, matches, content.length());
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
                    texts[f] = fields[f].equals(entry.field()) ? entry.text() : "";
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
