package com.transitionadvisor.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The two analyzers: guides are indexed with English stemming; questions additionally get synonyms and a
 * larger stop list (question words and filler that say nothing about the content).
 */
final class Analyzers {
    private static final List<String> QUESTION_WORDS = List.of("how", "what", "whats", "when", "where", "which",
            "who", "whom", "will", "would", "should", "could", "can", "do", "does", "did", "doing", "i", "im", "ive",
            "me", "my", "mine", "myself", "you", "your", "we", "our", "us", "am", "been", "being", "have", "has", "had",
            "get", "getting", "got", "go", "going", "take", "takes", "taking", "want", "wanting", "wanna", "like",
            "need", "needs", "really", "much", "many", "lot", "lots", "about", "also", "any", "some", "more", "most",
            "just", "still", "so", "than", "too", "very", "from", "make", "making", "move", "moving", "switch",
            "switching", "change", "changing", "transition", "transitioning", "career", "become", "becoming", "job",
            "role", "roles", "work", "working", "thing", "things", "good", "best", "tell", "know", "think", "please",
            "thanks", "thank", "hi", "hello", "hey", "ok", "okay", "yes", "no", "one", "someone", "person", "people",
            "there", "here", "again", "other", "way", "around", "new", "current", "currently", "now", "then", "and",
            "or", "but", "if", "all", "well", "long", "realistically", "typically", "usually", "actually", "thinking",
            "think", "thought", "considering", "consider", "wants", "wanted", "wondering", "wonder", "developer",
            "developers", "development", "engineer", "engineers", "engineering", "dev", "devs", "guy", "someone",
            "anyone", "folks", "somebody", "maybe", "perhaps", "probably", "say", "said", "mean", "does", "doe");

    private Analyzers() {
    }

    static Analyzer index() {
        return new EnglishAnalyzer();
    }

    static Analyzer query() {
        SynonymMap synonyms = loadSynonyms();
        CharArraySet stop = CharArraySet.copy(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stop.addAll(QUESTION_WORDS);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stop);
                stream = new SynonymGraphFilter(stream, synonyms, true);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static SynonymMap loadSynonyms() {
        try (Reader reader = new InputStreamReader(
                Analyzers.class.getResourceAsStream("/search/synonyms.txt"), StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, synonymAnalyzer());
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search synonyms", e);
        } catch (ParseException e) {
            throw new IllegalStateException("search/synonyms.txt is malformed at line " + e.getErrorOffset(), e);
        }
    }

    /** Synonym entries are tokenized like queries, before stemming, so they line up with query tokens. */
    private static Analyzer synonymAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

}
