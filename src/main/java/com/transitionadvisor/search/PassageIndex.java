package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.understanding.Topic;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An in-memory Lucene index over every passage of every guide. Text is matched with BM25 on English stems
 * (plus synonyms at query time); topic tags add a fixed boost so that "how long" finds the timeline even when
 * the timeline's wording differs from the question's.
 */
public final class PassageIndex implements AutoCloseable {
    private static final String GUIDE = "guide";
    private static final String TOPIC = "topic";
    private static final String WEAK_TOPIC = "weak_topic";
    private static final String SECTION = "section";
    private static final String BODY = "body";
    private static final String TITLE = "title";
    private static final String ID = "id";
    private static final float TOPIC_BOOST = 3f;
    private static final float SECONDARY_TOPIC_BOOST = 1.5f;
    private static final float WEAK_TOPIC_BOOST = 1f;
    private static final float TITLE_BOOST = 1.5f;
    /**
     * Content words searched for; a question's words beyond these are left out. Keeps every query inside Lucene's
     * limits (1,024 clauses, and the synonym graph's recursion depth), which a long question repeating a word with
     * multi-word synonyms ("aws aws aws …") exceeded. Real questions have fewer than 25 words.
     */
    private static final int MAX_QUERY_WORDS = 40;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<Passage> passages;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries;

    private PassageIndex(List<Passage> passages) throws IOException {
        this.passages = List.copyOf(passages);
        Analyzer index = Analyzers.index();
        // Built once in memory and never updated: merging segments or packing them into compound files buys nothing.
        IndexWriterConfig config = new IndexWriterConfig(index).setRAMBufferSizeMB(256)
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE).setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // IndexWriter is thread-safe: analysis, the costly part, runs on every core.
            java.util.stream.IntStream.range(0, this.passages.size()).parallel().forEach(i -> {
                try {
                    writer.addDocument(document(i, this.passages.get(i)));
                } catch (IOException e) {
                    throw new UncheckedIOException("indexing a passage failed", e);
                }
            });
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.queries = new QueryBuilder(Analyzers.query());
    }

    public static PassageIndex build(List<Guide> guides, PassageExtractor extractor) {
        List<Passage> passages = guides.parallelStream().flatMap(guide -> extractor.passages(guide).stream()).toList();
        try {
            return new PassageIndex(passages);
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index failed", e);
        }
    }

    public int size() {
        return passages.size();
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
            qualifies.add(new BoostQuery(new TermQuery(new Term(TOPIC, topic.name())), boost), Occur.SHOULD);
            qualifies.add(new BoostQuery(new TermQuery(new Term(WEAK_TOPIC, topic.name())), WEAK_TOPIC_BOOST), Occur.SHOULD);
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
            for (ScoreDoc doc : top.scoreDocs) {
                int id = searcher.storedFields().document(doc.doc).getField(ID).numericValue().intValue();
                hits.add(new PassageHit(passages.get(id), doc.score));
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

    private static int clauseCount(Query query) {
        return query instanceof BooleanQuery bool ? bool.clauses().size() : 1;
    }

    private static Document document(int id, Passage passage) {
        Document doc = new Document();
        doc.add(new StoredField(ID, id));
        doc.add(new StringField(GUIDE, passage.guide().id(), Field.Store.NO));
        doc.add(new StringField(SECTION, passage.section().key(), Field.Store.NO));
        passage.topics().forEach(topic -> doc.add(new StringField(TOPIC, topic.name(), Field.Store.NO)));
        passage.weakTopics().forEach(topic -> doc.add(new StringField(WEAK_TOPIC, topic.name(), Field.Store.NO)));
        doc.add(new TextField(TITLE, passage.title(), Field.Store.NO));
        doc.add(new TextField(BODY, passage.title() + "\n" + passage.text(), Field.Store.NO));
        return doc;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
