package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.vocabulary.SearchWords;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.stream.Collectors;
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
 * The two analyzers: guides are indexed with English stemming; questions additionally get the synonyms and the
 * question words of {@code search.yml} (words that say nothing about the content, never searched for).
 */
final class Analyzers {
    private Analyzers() {
    }

    static Analyzer index() {
        return new EnglishAnalyzer();
    }

    /** Questions are read without {@code words}' question words, and with their synonyms. */
    static Analyzer query(SearchWords words) {
        SynonymMap synonyms = synonyms(words.synonyms());
        CharArraySet stop = CharArraySet.copy(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stop.addAll(words.questionWords());
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

    /** Each group, every word or phrase of it meaning all the others (validated: no commas or arrows in them). */
    private static SynonymMap synonyms(List<List<String>> groups) {
        String solrFormat = groups.stream().map(group -> String.join(", ", group)).collect(Collectors.joining("\n"));
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, synonymAnalyzer());
            parser.parse(new StringReader(solrFormat));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search synonyms", e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("a synonym group of search.yml cannot be read: " + e.getMessage(), e);
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
