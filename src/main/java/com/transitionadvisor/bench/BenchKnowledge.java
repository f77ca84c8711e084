package com.transitionadvisor.bench;

import com.transitionadvisor.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The synthetic knowledge folders the benchmarks run on, written once per size and reused: generating 10,000
 * guides takes longer than loading them, and every benchmark run must see the same bytes.
 */
public final class BenchKnowledge {
    /** The seed of every benchmark figure; change it only together with docs/BENCHMARKS.md. */
    public static final long SEED = 42;
    /** Where the folders go unless {@code -Dbench.knowledge=DIR} says otherwise. */
    public static final String DEFAULT_ROOT = "target/bench/knowledge";
    /** Bump whenever {@link SyntheticKnowledge} writes different bytes, so cached folders are not reused. */
    private static final int GENERATOR_VERSION = 2;
    private static final String COMPLETE = ".complete";

    private BenchKnowledge() {
    }

    public static Path root() {
        return Path.of(System.getProperty("bench.knowledge", DEFAULT_ROOT));
    }

    /** The folder holding {@code guides} synthetic guides, generated on first use, with today's vocabulary. */
    public static Path folder(int guides) {
        Path folder = root().resolve(guides + "-guides-seed" + SEED + "-v" + GENERATOR_VERSION);
        try {
            if (Files.exists(folder.resolve(COMPLETE))) {
                // the guides are kept; the vocabulary is the repository's of today (a stale copy would not load)
                SyntheticKnowledge.copyVocabulary(folder);
                return folder;
            }
            Files.createDirectories(root());
            Path partial = Files.createTempDirectory(root(), guides + "-guides-partial-");
            long started = System.nanoTime();
            SyntheticKnowledge.write(partial, guides, SEED);
            Files.writeString(partial.resolve(COMPLETE), "");
            deleteRecursively(folder);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("generated %,d synthetic guides in %s (%.1f s)%n", guides, folder,
                    (System.nanoTime() - started) / 1e9);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder, e);
        }
    }

    /**
     * The data folder the benchmarks keep for {@code guides} guides: {@code LatencyBenchmark} writes its search index
     * there, and {@code StartupBenchmark --kept} restarts on it, so an index built once (55 minutes at 10,000 guides
     * with vectors) serves every later run.
     */
    public static Path dataFolder(int guides) {
        return root().resolve(guides + "-guides-data");
    }

    /** The app's settings for {@code folder} and {@code dataFolder}, as {@code Main} would make them, minus Slack and the database. */
    public static Settings settings(Path folder, Path dataFolder) {
        return new Settings(Optional.empty(), Optional.empty(), folder, dataFolder, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
