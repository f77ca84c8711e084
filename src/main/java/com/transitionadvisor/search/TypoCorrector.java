package com.transitionadvisor.search;

import static com.transitionadvisor.search.IndexFields.BODY;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Mends a question's mistyped words against the words the guides use: "kubernets", "terrafom" and "netwroking"
 * find the passages that say Kubernetes, Terraform and networking. Only a word no guide has is mended, to the
 * guide word one typing slip away (two for long words), so a real word is never swapped for another.
 */
final class TypoCorrector {
    private static final int MIN_LENGTH = 5;
    private static final int TWO_SLIPS_FROM = 8;
    private static final int MENDED_TEXTS = 1_024;
    /** One slip in five letters, two in eight. */
    private static final float ACCURACY = 0.75f;

    private final IndexReader reader;
    private final Analyzer query;
    private final Predicate<String> realWord;
    private final DirectSpellChecker oneSlip = checker(1);
    private final DirectSpellChecker twoSlips = checker(2);
    /** A question is searched in several guides, and for several readings: its words are mended once. */
    private final LoadingCache<String, String> mendedTexts = Caffeine.newBuilder().maximumSize(MENDED_TEXTS).build(this::mend);

    /** @param realWord whether a word is a real one (a word no guide uses, such as "office", is still no typo) */
    TypoCorrector(IndexReader reader, Analyzer query, Predicate<String> realWord) {
        this.reader = reader;
        this.query = query;
        this.realWord = realWord;
    }

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setAccuracy(ACCURACY);
        return checker;
    }

    /** The text with each word that no guide has replaced by the guide word it is a slip of, when there is one. */
    String corrected(String text) {
        return mendedTexts.get(text);
    }

    private String mend(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        try (StandardTokenizer words = new StandardTokenizer()) {
            words.setReader(new StringReader(text));
            CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            words.reset();
            while (words.incrementToken()) {
                String word = term.toString().toLowerCase(Locale.ROOT);
                if (word.length() >= MIN_LENGTH && word.chars().allMatch(Character::isLetter)) {
                    mended(word).ifPresent(better -> {
                        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                        replacements.add(better);
                    });
                }
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a question failed", e);
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            out.replace(spans.get(i)[0], spans.get(i)[1], replacements.get(i));
        }
        return out.toString();
    }

    /** The guide word that {@code word} is a slip of, if no guide has {@code word} itself (as analysed). */
    private java.util.Optional<String> mended(String word) throws IOException {
        List<String> stems = analysed(word);
        if (stems.size() != 1 || stems.get(0).length() < MIN_LENGTH || realWord.test(word)) {
            return java.util.Optional.empty(); // a stop word, a question word, or a synonym: nothing to mend
        }
        Term asked = new Term(BODY, stems.get(0));
        if (reader.docFreq(asked) > 0) {
            return java.util.Optional.empty();
        }
        DirectSpellChecker checker = stems.get(0).length() >= TWO_SLIPS_FROM ? twoSlips : oneSlip;
        SuggestWord[] suggestions = checker.suggestSimilar(asked, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(suggestions[0].string);
    }

    private List<String> analysed(String word) throws IOException {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = query.tokenStream(BODY, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        }
        return stems;
    }
}
