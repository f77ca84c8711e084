package com.transitionadvisor.search;

import static com.transitionadvisor.search.IndexFields.BODY;
import static com.transitionadvisor.search.IndexFields.FILE;
import static com.transitionadvisor.search.IndexFields.FINGERPRINT;
import static com.transitionadvisor.search.IndexFields.FROM;
import static com.transitionadvisor.search.IndexFields.GUIDE;
import static com.transitionadvisor.search.IndexFields.GUIDE_FILE;
import static com.transitionadvisor.search.IndexFields.GUIDE_ID;
import static com.transitionadvisor.search.IndexFields.GUIDE_KIND;
import static com.transitionadvisor.search.IndexFields.KIND;
import static com.transitionadvisor.search.IndexFields.MEANING;
import static com.transitionadvisor.search.IndexFields.PASSAGE_KIND;
import static com.transitionadvisor.search.IndexFields.POSITION;
import static com.transitionadvisor.search.IndexFields.SECTION;
import static com.transitionadvisor.search.IndexFields.STORED_GUIDE;
import static com.transitionadvisor.search.IndexFields.SUMMARY;
import static com.transitionadvisor.search.IndexFields.TIMELINE_SUMMARY;
import static com.transitionadvisor.search.IndexFields.TITLE;
import static com.transitionadvisor.search.IndexFields.TO;
import static com.transitionadvisor.search.IndexFields.TOPIC;
import static com.transitionadvisor.search.IndexFields.WEAK_TOPIC;

import com.transitionadvisor.knowledge.Guide;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import com.transitionadvisor.search.semantic.SentenceEmbedder;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Writes one guide file's documents: the stored guide and its passages, replacing whatever the file had before. */
final class GuideDocuments {
    /**
     * Analysed text without positions: nothing searches for phrases (multi-word synonyms become conjunctions, not
     * phrase queries), and leaving positions out makes indexing faster and the index smaller.
     */
    private static final FieldType WORDS = words();

    private final PassageExtractor extractor;
    private final GuideCodec codec;
    private final SentenceEmbedder embedder;

    GuideDocuments(PassageExtractor extractor, GuideCodec codec, SentenceEmbedder embedder) {
        this.extractor = extractor;
        this.codec = codec;
        this.embedder = embedder;
    }

    void write(IndexWriter writer, String file, String fingerprint, Guide guide) throws IOException {
        List<Document> documents = new ArrayList<>();
        documents.add(guideDocument(file, fingerprint, guide));
        for (Passage passage : extractor.passages(guide)) {
            documents.add(passageDocument(file, passage));
        }
        writer.updateDocuments(new Term(FILE, file), documents);
    }

    private Document guideDocument(String file, String fingerprint, Guide guide) {
        Document doc = new Document();
        doc.add(new StringField(KIND, GUIDE_KIND, Field.Store.NO));
        doc.add(new StringField(FILE, file, Field.Store.NO));
        doc.add(new SortedDocValuesField(GUIDE_FILE, new BytesRef(file)));
        doc.add(new StringField(GUIDE_ID, guide.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(GUIDE_ID, new BytesRef(guide.id())));
        doc.add(new SortedDocValuesField(FINGERPRINT, new BytesRef(fingerprint)));
        doc.add(new SortedDocValuesField(FROM, new BytesRef(guide.from().id())));
        doc.add(new SortedDocValuesField(TO, new BytesRef(guide.to().id())));
        doc.add(new BinaryDocValuesField(SUMMARY, new BytesRef(guide.summary())));
        doc.add(new BinaryDocValuesField(TIMELINE_SUMMARY, new BytesRef(guide.timeline().summary())));
        doc.add(new StoredField(STORED_GUIDE, codec.write(guide)));
        return doc;
    }

    private Document passageDocument(String file, Passage passage) {
        Document doc = new Document();
        doc.add(new StringField(KIND, PASSAGE_KIND, Field.Store.NO));
        doc.add(new StringField(FILE, file, Field.Store.NO));
        doc.add(new StringField(GUIDE, passage.guide().id(), Field.Store.YES));
        doc.add(new StoredField(POSITION, passage.position()));
        doc.add(new StringField(SECTION, passage.section().key(), Field.Store.NO));
        passage.topics().forEach(topic -> doc.add(new StringField(TOPIC, topic.id(), Field.Store.NO)));
        passage.weakTopics().forEach(topic -> doc.add(new StringField(WEAK_TOPIC, topic.id(), Field.Store.NO)));
        doc.add(new Field(TITLE, passage.title(), WORDS));
        String searched = passage.searchedText();
        doc.add(new Field(BODY, searched, WORDS));
        // computed once per changed guide file, kept on disk with the rest of the index
        doc.add(new KnnFloatVectorField(MEANING, embedder.embed(searched), VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    private static FieldType words() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }
}
