package com.transitionadvisor.search.semantic;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * all-MiniLM-L6-v2, quantised, run in process on ONNX Runtime. The model and its tokenizer ship inside a Maven
 * artifact, so nothing is downloaded. Loading takes about a second, so one instance serves the whole app; the same
 * text (a repeated question, a passage shared by many guides) is embedded once while it stays in the cache.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final String MODEL_ID = "all-MiniLM-L6-v2-q/langchain4j-1.19.0-beta29";
    private static final int CACHED_TEXTS = 4_096;
    private static final String NOTHING_TO_READ = "?";

    /**
     * Loading on a thread of its own, started with the embedder: the second it takes overlaps with reading the guides
     * and their index, and a restart with nothing to embed never waits for it before the first question.
     */
    private final CompletableFuture<SingleThreadedMiniLm> model = loading();
    private final LoadingCache<String, float[]> cache;
    /** Read on the first question searched for (its words are weighed by how everyday they are), not at start-up. */
    private volatile ModelWords words;

    public MiniLmEmbedder() {
        this(CACHED_TEXTS);
    }

    /** @param cachedTexts how many texts' vectors to keep; 0 runs the model for every call (benchmarks) */
    public MiniLmEmbedder(int cachedTexts) {
        this.cache = Caffeine.newBuilder().maximumSize(cachedTexts).build(text -> unit(model().embed(text).content().vector()));
    }

    private static CompletableFuture<SingleThreadedMiniLm> loading() {
        CompletableFuture<SingleThreadedMiniLm> loaded = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loaded.complete(new SingleThreadedMiniLm());
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, "sentence-model-loader");
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    /** The model, once loaded; a model that could not be loaded fails every call with the reason it failed. */
    private SingleThreadedMiniLm model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Waits until the model is loaded, so that the next call is as fast as any; fails as {@link #embed} would. */
    public MiniLmEmbedder awaitModel() {
        model();
        return this;
    }

    /**
     * The text as the tokenizer can take it: control characters and lone surrogates out, and a stand-in for text
     * with no letter or digit at all (the model refuses what it sees as empty).
     */
    private static String readable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        boolean meaningful = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !Character.isISOControl(c)) {
                kept.append(c);
                meaningful |= Character.isLetterOrDigit(c);
            }
        }
        return meaningful ? kept.toString() : NOTHING_TO_READ;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    @Override
    public float[] embed(String text) {
        return cache.get(readable(text)).clone();
    }

    @Override
    public boolean knowsWord(String word) {
        return words().contains(word);
    }

    @Override
    public boolean isEverydayWord(String word) {
        return words().everyday(word);
    }

    private ModelWords words() {
        ModelWords known = words;
        if (known == null) {
            synchronized (this) {
                known = words == null ? ModelWords.fromTokenizer(SingleThreadedMiniLm.TOKENIZER) : words;
                words = known;
            }
        }
        return known;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }
}
