package com.transitionadvisor.search;

import static com.transitionadvisor.search.IndexFields.BODY;
import static com.transitionadvisor.search.IndexFields.GUIDE;
import static com.transitionadvisor.search.IndexFields.KIND;
import static com.transitionadvisor.search.IndexFields.MEANING;
import static com.transitionadvisor.search.IndexFields.PASSAGE_KIND;
import static com.transitionadvisor.search.IndexFields.POSITION;
import static com.transitionadvisor.search.IndexFields.SECTION;
import static com.transitionadvisor.search.IndexFields.TITLE;
import static com.transitionadvisor.search.IndexFields.TOPIC;
import static com.transitionadvisor.search.IndexFields.WEAK_TOPIC;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideSource;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.search.semantic.SentenceEmbedder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A Lucene index over every passage of every guide. Text is matched with BM25 on English stems (plus synonyms at
 * query time); topic tags add a fixed boost so that "how long" finds the timeline even when the timeline's wording
 * differs from the question's. The index keeps only which guide and position a passage has; the passage itself is
 * re-made from its guide (read through a {@link GuideSource}) when it is a hit, so the heap does not grow with the
 * number of guides.
 */
public final class PassageIndex implements AutoCloseable {
    private static final float TOPIC_BOOST = 3f;
    /**
     * How much an everyday word a passage shares with the question counts beside a word that names something: within
     * two guides a common word may look rare ("expect" in one tip), while English at large says it is not.
     */
    private static final float EVERYDAY_WORD_WEIGHT = 0.5f;
    /** Questions asked of a guide whose lexical evidence is kept, so ranking one twice costs one search. */
    private static final int ASKED_KEPT = 1_024;
    /** A word in at most this many passages of a guide names something specific. */
    private static final int RARE_WORD_PASSAGES = 2;
    /** The share of its BM25 score a passage keeps when it has fewer than half the question's words and no rare one. */
    private static final float FEW_WORDS_SHARE = 0.25f;
    private static final float SECONDARY_TOPIC_BOOST = 1.5f;
    private static final float WEAK_TOPIC_BOOST = 1f;
    private static final float TITLE_BOOST = 1.5f;
    /** Guides whose passages are kept made up, most recently hit first. */
    static final int CACHED_GUIDES = 256;
    /** Segments up to this size are merged when the index is updated in place; bigger ones are left alone. */
    private static final double SMALL_SEGMENT_MB = 16;
    /**
     * Content words searched for; a question's words beyond these are left out. Keeps every query inside Lucene's
     * limits (1,024 clauses, and the synonym graph's recursion depth), which a long question repeating a word with
     * multi-word synonyms ("aws aws aws …") exceeded. Real questions have fewer than 25 words.
     */
    private static final int MAX_QUERY_WORDS = 40;
    private static final Set<String> STORED_PASSAGE_FIELDS = Set.of(GUIDE, POSITION);
    /** More passages than any guide has (the real ones have about 60): every passage of a guide is scored. */
    private static final int MAX_PASSAGES_PER_GUIDE = 400;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries;
    private final LoadingCache<String, List<Passage>> passagesByGuide;
    private final int size;
    private final SentenceEmbedder embedder;
    private final GuideSource guides;
    private final PassageExtractor extractor;
    private final TypoCorrector typos;
    private final LoadingCache<Asked, LexicalEvidence> lexicalEvidence;

    PassageIndex(Directory directory, DirectoryReader reader, GuideSource guides, PassageExtractor extractor,
                 SentenceEmbedder embedder) throws IOException {
        this.directory = directory;
        this.embedder = embedder;
        this.guides = guides;
        this.extractor = extractor;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        Analyzer query = Analyzers.query(extractor.vocabulary().search());
        this.queries = new QueryBuilder(query);
        this.typos = new TypoCorrector(reader, query, embedder::knowsWord);
        this.lexicalEvidence = Caffeine.newBuilder().maximumSize(ASKED_KEPT).build(this::lexical);
        this.passagesByGuide = Caffeine.newBuilder().maximumSize(CACHED_GUIDES)
                .build(id -> guides.guide(id).map(extractor::passages).orElse(List.of()));
        this.size = searcher.count(new TermQuery(new Term(KIND, PASSAGE_KIND)));
    }

    /** An index in memory over these guides; for a knowledge base that is already in memory. */
    public static PassageIndex build(List<Guide> guides, PassageExtractor extractor, SentenceEmbedder embedder) {
        Map<String, Guide> byId = guides.stream().collect(Collectors.toMap(Guide::id, guide -> guide, (a, b) -> a));
        GuideDocuments documents = new GuideDocuments(extractor, new GuideCodec(), embedder);
        Directory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory, writerConfig(true))) {
                // IndexWriter is thread-safe: analysis, the costly part, runs on every core.
                guides.parallelStream().forEach(guide -> {
                    try {
                        documents.write(writer, guide.id(), "", guide);
                    } catch (IOException e) {
                        throw new UncheckedIOException("indexing guide " + guide.id() + " failed", e);
                    }
                });
            }
            return new PassageIndex(directory, DirectoryReader.open(directory), id -> Optional.ofNullable(byId.get(id)), extractor,
                    embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index failed", e);
        }
    }

    /**
     * How the index is written. A new index is written once and then only read: merging its segments or packing
     * them into compound files buys nothing. An index updated in place merges only the small segments that
     * updates add, so they do not pile up and an edited guide never sets off a merge of the whole index.
     */
    static IndexWriterConfig writerConfig(boolean fresh) {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.index()).setRAMBufferSizeMB(64).setUseCompoundFile(false);
        if (fresh) {
            return config.setMergePolicy(NoMergePolicy.INSTANCE);
        }
        LogByteSizeMergePolicy smallOnly = new LogByteSizeMergePolicy();
        smallOnly.setMaxMergeMB(SMALL_SEGMENT_MB);
        return config.setMergePolicy(smallOnly);
    }

    /** How many passages are indexed. */
    public int size() {
        return size;
    }

    /**
     * The best passages, best first. A passage qualifies by carrying one of the topics or by containing at
     * least half of the content words; an empty list means nothing qualifies.
     */
    public List<PassageHit> search(SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        request.guideId().ifPresent(id -> query.add(new TermQuery(new Term(GUIDE, id)), Occur.FILTER));
        request.section().ifPresent(s -> query.add(new TermQuery(new Term(SECTION, s.key())), Occur.FILTER));
        BooleanQuery.Builder qualifies = new BooleanQuery.Builder();
        boolean strongest = true;
        for (Topic topic : request.topics()) {
            float boost = strongest ? TOPIC_BOOST : SECONDARY_TOPIC_BOOST;
            qualifies.add(new BoostQuery(new TermQuery(new Term(TOPIC, topic.id())), boost), Occur.SHOULD);
            qualifies.add(new BoostQuery(new TermQuery(new Term(WEAK_TOPIC, topic.id())), WEAK_TOPIC_BOOST), Occur.SHOULD);
            strongest = false;
        }
        Query content = content(request.contentText(), BODY, request.strictContent());
        Query title = content(request.contentText(), TITLE, false);
        if (content != null) {
            // strict: with two or more content words, topics only rank and the content itself must match
            boolean contentRequired = request.strictContent() && clauseCount(content) >= 2;
            qualifies.add(content, contentRequired ? Occur.MUST : Occur.SHOULD);
            query.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
        }
        BooleanQuery qualifying = qualifies.build();
        if (qualifying.clauses().isEmpty()) {
            return List.of();
        }
        query.add(qualifying, Occur.MUST);
        try {
            TopDocs top = searcher.search(query.build(), request.limit());
            List<PassageHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : top.scoreDocs) {
                Document fields = stored.document(doc.doc, STORED_PASSAGE_FIELDS);
                List<Passage> passages = passagesByGuide.get(fields.get(GUIDE));
                int position = fields.getField(POSITION).numericValue().intValue();
                if (position < passages.size()) {
                    hits.add(new PassageHit(passages.get(position), doc.score));
                }
            }
            // Documents are indexed in parallel, so equal scores are ordered by the guides' own order, not doc ids.
            hits.sort(java.util.Comparator.comparing(PassageHit::score, java.util.Comparator.reverseOrder())
                    .thenComparing(hit -> hit.passage().guide().id())
                    .thenComparingInt(hit -> hit.passage().position()));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    /**
     * The question's content words; a passage must match at least half of them, or all but a quarter when
     * strict (each synonym group counts once).
     */
    private Query content(String text, String field, boolean strict) {
        Query query = queries.createBooleanQuery(field, firstWords(text), Occur.SHOULD);
        if (query instanceof BooleanQuery bool) {
            int clauses = bool.clauses().size();
            int needed = strict ? clauses - clauses / 4 : (clauses + 1) / 2;
            BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(needed);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    /**
     * The same index, with questions embedded by {@code questions}: the latency benchmark runs the model for every
     * question instead of answering repeats from a cache. Both share the index; close only one.
     */
    public PassageIndex withEmbedder(SentenceEmbedder questions) {
        try {
            return new PassageIndex(directory, reader, guides, extractor, questions);
        } catch (IOException e) {
            throw new UncheckedIOException("reopening the search index failed", e);
        }
    }

    /** Every passage of a guide, in the guide's order (a passage's position is its index here). */
    public List<Passage> passagesOf(String guideId) {
        return passagesByGuide.get(guideId);
    }

    /** The question's meaning as the passages' vectors were made: one embedding, by the same model. */
    public float[] meaningOf(String text) {
        return embedder.embed(text);
    }

    /**
     * BM25 scores of the passages of one guide that contain the text's words (stems and synonyms), by position: half
     * of all its words (in the text or the title), half of those that are not everyday words ("vpcs", "subnets",
     * "overkill" in a long question of everyday ones), or a rare word; a passage with fewer of them keeps a quarter
     * of its score. An everyday word counts half as much as one that names something, and a word in a passage's
     * title counts more. No topic is involved: this is the words' own evidence.
     */
    public LexicalEvidence lexicalScores(String guideId, String asked) {
        return lexicalEvidence.get(new Asked(guideId, asked));
    }

    /** A question's words asked of one guide: the guide and a question are often ranked together more than once. */
    private record Asked(String guideId, String words) {
    }

    private LexicalEvidence lexical(Asked asked) {
        String text = firstWords(typos.corrected(asked.words()));
        Query body = content(text, BODY, false);
        if (body == null) {
            return LexicalEvidence.NONE;
        }
        List<String> words = words(text);
        String uncommonWords = words.stream().filter(word -> !embedder.isEverydayWord(word)).collect(Collectors.joining(" "));
        String everydayWords = words.stream().filter(embedder::isEverydayWord).collect(Collectors.joining(" "));
        Query inGuide = new TermQuery(new Term(GUIDE, asked.guideId()));
        // a passage qualifies with half of all the words in its text or in its title, or half of those that are not
        // everyday words; every word it has then counts
        BooleanQuery.Builder halfOfAll = new BooleanQuery.Builder().add(body, Occur.SHOULD);
        Query titled = content(text, TITLE, false);
        if (titled != null) {
            halfOfAll.add(titled, Occur.SHOULD);
        }
        Query halfOfThem = halfOfAll.build();
        Query uncommon = content(uncommonWords, BODY, false);
        Query qualifies = uncommon == null ? halfOfThem
                : new BooleanQuery.Builder().add(halfOfThem, Occur.SHOULD).add(uncommon, Occur.SHOULD).build();
        // what a passage scores by: the words that name things, everyday words at a discount, words in its title
        List<Query> scoring = new ArrayList<>();
        Optional.ofNullable(queries.createBooleanQuery(BODY, uncommonWords, Occur.SHOULD)).ifPresent(scoring::add);
        Optional.ofNullable(queries.createBooleanQuery(BODY, everydayWords, Occur.SHOULD))
                .ifPresent(everyday -> scoring.add(new BoostQuery(everyday, EVERYDAY_WORD_WEIGHT)));
        Optional.ofNullable(queries.createBooleanQuery(TITLE, text, Occur.SHOULD))
                .ifPresent(title -> scoring.add(new BoostQuery(title, TITLE_BOOST)));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(inGuide, Occur.FILTER).add(qualifies, Occur.FILTER);
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder().add(inGuide, Occur.FILTER);
        for (Query clause : scoring) {
            query.add(clause, Occur.SHOULD);
            anyWord.add(clause, Occur.SHOULD);
        }
        Map<Integer, Float> scores = new HashMap<>(scoresByPosition(query.build()));
        Map<Integer, Float> loose = scoresByPosition(anyWord.setMinimumNumberShouldMatch(1).build());
        // found without half of all the words: by the words that name things, or by a rare one alone
        Set<Integer> byFewWords = new HashSet<>(scores.keySet());
        if (uncommon != null) {
            byFewWords.removeAll(scoresByPosition(new BooleanQuery.Builder().add(inGuide, Occur.FILTER)
                    .add(halfOfThem, Occur.FILTER).build()).keySet());
        } else {
            byFewWords.clear();
        }
        rareWords(inGuide, uncommonWords).ifPresent(rare -> scoresByPosition(rare).forEach((position, score) -> {
            if (scores.putIfAbsent(position, score) == null) {
                byFewWords.add(position);
            }
        }));
        // sharing fewer of the words still counts, for a fraction: "we keep secrets in env vars in our node services
        // … what's the cloud-side version of that?" shares one word with "Environment variable and secrets management"
        loose.forEach((position, score) -> {
            if (scores.putIfAbsent(position, score * FEW_WORDS_SHARE) == null) {
                byFewWords.add(position);
            }
        });
        return new LexicalEvidence(scores, byFewWords);
    }

    /**
     * BM25 scores by passage position, and the positions that share only a rare word or two with the question (they
     * rank, but need to mean more of the same before they answer).
     */
    public record LexicalEvidence(Map<Integer, Float> scores, Set<Integer> rareWordsOnly) {
        static final LexicalEvidence NONE = new LexicalEvidence(Map.of(), Set.of());

        public LexicalEvidence {
            scores = Map.copyOf(scores);
            rareWordsOnly = Set.copyOf(rareWordsOnly);
        }
    }

    /**
     * The question's words that only one or two passages of the guide contain ("liveness probes", "Boto3"): a
     * passage with such a word is evidence even when it shares few of the question's other words, which a long
     * question would otherwise need half of.
     */
    private Optional<Query> rareWords(Query inGuide, String uncommonWords) {
        Query words = queries.createBooleanQuery(BODY, uncommonWords, Occur.SHOULD);
        if (words == null) {
            return Optional.empty();
        }
        List<Query> each = words instanceof BooleanQuery bool
                ? bool.clauses().stream().map(BooleanClause::getQuery).toList() : List.of(words);
        BooleanQuery.Builder rare = new BooleanQuery.Builder().add(inGuide, Occur.FILTER);
        int kept = 0;
        try {
            for (Query word : each) {
                int passages = searcher.count(new BooleanQuery.Builder().add(inGuide, Occur.FILTER)
                        .add(word, Occur.MUST).build());
                if (passages >= 1 && passages <= RARE_WORD_PASSAGES) {
                    rare.add(word, Occur.SHOULD);
                    kept++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
        return kept == 0 ? Optional.empty() : Optional.of(rare.setMinimumNumberShouldMatch(1).build());
    }

    /** The cosine similarity of each passage of one guide to {@code meaning}, by position. */
    public Map<Integer, Float> semanticScores(String guideId, float[] meaning) {
        Query nearest = new KnnFloatVectorQuery(MEANING, meaning, MAX_PASSAGES_PER_GUIDE, new TermQuery(new Term(GUIDE, guideId)));
        Map<Integer, Float> scores = scoresByPosition(nearest);
        // Lucene scores a dot product as (1 + cosine) / 2
        scores.replaceAll((position, score) -> 2 * score - 1);
        return scores;
    }

    /** The scores of a query that keeps to one guide, by passage position. */
    private Map<Integer, Float> scoresByPosition(Query query) {
        try {
            TopDocs top = searcher.search(query, MAX_PASSAGES_PER_GUIDE);
            StoredFields stored = searcher.storedFields();
            Map<Integer, Float> scores = new HashMap<>();
            for (ScoreDoc doc : top.scoreDocs) {
                Document fields = stored.document(doc.doc, STORED_PASSAGE_FIELDS);
                scores.put(fields.getField(POSITION).numericValue().intValue(), doc.score);
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    /** Whether the text has any word to search for once question words and stop words are set aside. */
    public boolean hasContentWords(String text) {
        return queries.createBooleanQuery(BODY, firstWords(text), Occur.SHOULD) != null;
    }

    /** The text up to the end of its {@value #MAX_QUERY_WORDS}th word. */
    private static String firstWords(String text) {
        try (StandardTokenizer words = new StandardTokenizer()) {
            words.setReader(new StringReader(text));
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            words.reset();
            int count = 0;
            int end = text.length();
            while (words.incrementToken()) {
                if (++count == MAX_QUERY_WORDS) {
                    end = offset.endOffset();
                    break;
                }
            }
            words.end();
            return text.substring(0, end);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a question failed", e);
        }
    }

    /** The text's words in lower case, as the tokenizer splits them. */
    private static List<String> words(String text) {
        try (StandardTokenizer tokens = new StandardTokenizer()) {
            tokens.setReader(new StringReader(text));
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            List<String> words = new ArrayList<>();
            while (tokens.incrementToken()) {
                words.add(term.toString().toLowerCase(Locale.ROOT));
            }
            tokens.end();
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a question failed", e);
        }
    }

    private static int clauseCount(Query query) {
        return query instanceof BooleanQuery bool ? bool.clauses().size() : 1;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
