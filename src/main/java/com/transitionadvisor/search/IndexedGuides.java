package com.transitionadvisor.search;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Full guides read back from the index's stored fields when they are shown, the most recently shown ones kept
 * in memory. Keeps the heap small however many guides there are.
 */
final class IndexedGuides implements GuideSource {
    private final IndexSearcher searcher;
    private final GuideCodec codec;
    private final LoadingCache<String, Optional<Guide>> recent;

    IndexedGuides(IndexSearcher searcher, GuideCodec codec, int cachedGuides) {
        this.searcher = searcher;
        this.codec = codec;
        this.recent = Caffeine.newBuilder().maximumSize(cachedGuides).build(this::read);
    }

    @Override
    public Optional<Guide> guide(String id) {
        return recent.get(id);
    }

    private Optional<Guide> read(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.GUIDE_ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            BytesRef stored = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.STORED_GUIDE))
                    .getBinaryValue(IndexFields.STORED_GUIDE);
            return Optional.of(codec.read(stored.bytes, stored.offset, stored.length));
        } catch (IOException e) {
            throw new UncheckedIOException("reading guide " + id + " from the index failed", e);
        }
    }
}
