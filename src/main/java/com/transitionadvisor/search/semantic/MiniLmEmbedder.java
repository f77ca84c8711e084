package com.transitionadvisor.search.semantic;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantised, run in process on ONNX Runtime. The model and its tokenizer ship inside a Maven
 * artifact, so nothing is downloaded. Loading takes about a second, so one instance serves the whole app; the same
 * text (a repeated question, a passage shared by many guides) is embedded once while it stays in the cache.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final String MODEL_ID = "all-MiniLM-L6-v2-q/langchain4j-1.19.0-beta29";
    private static final int DIMENSION = 384;
    private static final int CACHED_TEXTS = 4_096;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final LoadingCache<String, float[]> cache = Caffeine.newBuilder().maximumSize(CACHED_TEXTS)
            .build(text -> model.embed(text).content().vector());

    @Override
    public float[] embed(String text) {
        return cache.get(text.isBlank() ? "?" : text).clone();
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
