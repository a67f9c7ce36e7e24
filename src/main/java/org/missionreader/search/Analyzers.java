package org.missionreader.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The language analysis of the search: French (elision, case, accents, light stemming) and English
 * (possessives, case, accents, minimal stemming). Filters only, no char filters, so every token keeps the
 * offsets of the original text and highlights land on it exactly.
 *
 * <p>The index keeps every word, stop words included, so that a phrase ("mise en œuvre") matches as written.
 * Queries are analysed twice: without stop words for the words that must match (so "en" alone neither
 * filters nor is marked), and with them for the phrase that ranks and marks the words together.
 *
 * <p>French stemming: Lucene's light French stemmer. Measured against its minimal stemmer and Snowball's
 * French on word pairs of the bundled texts (docs/search.md), it conflates most inflections (plurals,
 * feminines, past participles: "parapher" finds "paraphé") with the fewest unrelated words joined.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /**
     * French: "l’accord" and "l'accord" give "accord" (Lucene's elision filter cuts at both the ASCII and
     * the typographic apostrophe), "Sécurité" gives "securite", "œuvre" gives "oeuvre", plurals fall away.
     */
    public static Analyzer french() {
        return french(null);
    }

    /** French for the words of a query: as {@link #french()}, without its stop words ("en", "de", "la"). */
    public static Analyzer frenchQuery() {
        return french(FrenchAnalyzer.getDefaultStopSet());
    }

    private static Analyzer french(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                if (stopWords != null) stream = new StopFilter(stream, stopWords);
                stream = new ASCIIFoldingFilter(stream);
                stream = new FrenchLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
            }
        };
    }

    /** English: "Council's" gives "council", "negotiations" gives "negotiation", accents fold away. */
    public static Analyzer english() {
        return english(null);
    }

    /** English for the words of a query: as {@link #english()}, without its stop words ("the", "of"). */
    public static Analyzer englishQuery() {
        return english(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    private static Analyzer english(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                if (stopWords != null) stream = new StopFilter(stream, stopWords);
                stream = new ASCIIFoldingFilter(stream);
                stream = new EnglishMinimalStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
