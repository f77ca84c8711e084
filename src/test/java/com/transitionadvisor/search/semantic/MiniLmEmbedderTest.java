package com.transitionadvisor.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    private static final String QUESTION = "how long will it take to become a data engineer?";

    @Test
    void callsMadeWhileTheModelIsStillLoading_waitForIt_andGetTheVectorsOfTheLoadedModel() throws Exception {
        float[] expected = TestEmbedder.shared().embed(QUESTION);
        MiniLmEmbedder loading = new MiniLmEmbedder(0);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<float[]>> vectors = callers.invokeAll(List.of(() -> loading.embed(QUESTION),
                    () -> loading.embed(QUESTION), () -> loading.embed(QUESTION)));
            for (Future<float[]> vector : vectors) {
                assertArrayEquals(expected, vector.get(), 1e-5f);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void awaitModel_returnsOnceLoaded_andTheNextCallEmbedsAsAlways() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        assertSame(embedder, embedder.awaitModel());
        float[] vector = embedder.embed(QUESTION);
        assertEquals(384, vector.length);
        assertArrayEquals(TestEmbedder.shared().embed(QUESTION), vector, 1e-5f);
    }
}
