package com.transitionadvisor.search.semantic;

/**
 * The real model, loaded once for the whole test run: loading takes about a second, and every app a test builds
 * would otherwise load its own copy.
 */
public final class TestEmbedder {
    private static final class Holder {
        private static final SentenceEmbedder SHARED = new MiniLmEmbedder();
    }

    private TestEmbedder() {
    }

    public static SentenceEmbedder shared() {
        return Holder.SHARED;
    }
}
