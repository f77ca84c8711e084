package com.transitionadvisor.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.Settings;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.search.IndexedKnowledge;
import com.transitionadvisor.search.IndexedKnowledgeLoader;
import com.transitionadvisor.search.semantic.MiniLmEmbedder;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.understanding.TopicDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Start-up benchmark: how long a fresh JVM takes from nothing to an app ready to answer ({@code Application.start}:
 * load, validate and index the knowledge base, wire everything), and how much heap the running app holds then.
 * Every measurement runs in a JVM of its own, so nothing is warm. Three situations per size:
 * <ul>
 *   <li><b>first start</b>: no search index yet (the first run, or the first after a new build): every guide is
 *       parsed, validated and indexed;</li>
 *   <li><b>restart</b>: the index is there and no guide changed;</li>
 *   <li><b>one guide edited</b>: the index is there and one guide file changed since.</li>
 * </ul>
 *
 * <pre>
 * StartupBenchmark [--forks N] SIZE...         generate (once) and measure each size N times, print a table
 * StartupBenchmark --kept [--forks N] SIZE...  (or --options=kept) restarts only, on the data folder the benchmarks keep per size
 *                                              (BenchKnowledge.dataFolder: LatencyBenchmark's index), no first start
 * StartupBenchmark --measure DIR DATA_DIR      one start in this JVM; prints one RESULT line
 * </pre>
 *
 * Extra options for the measured JVMs go in {@code -Dbench.startup.jvmArgs="-Xmx256m ..."}.
 */
public final class StartupBenchmark {
    private static final String RESULT = "RESULT ";

    private StartupBenchmark() {
    }

    /** One cold JVM start. */
    record Measurement(int guides, double readyMs, double uptimeMs, long heapAfter, int unchanged, int read) {
        String line() {
            return String.format(Locale.ROOT, RESULT + "%d %.1f %.1f %d %d %d", guides, readyMs, uptimeMs, heapAfter,
                    unchanged, read);
        }

        static Measurement parse(String line) {
            String[] f = line.substring(RESULT.length()).split(" ");
            return new Measurement(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Long.parseLong(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--measure")) {
            System.out.println(measure(Path.of(args[1]), Path.of(args[2])).line());
            return;
        }
        int forks = 3;
        boolean kept = false;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--kept") || args[i].equals("--options=kept")) {
                kept = true;
            } else if (args[i].equals("--options=")) {
                // the bench profile's default (no -Dbench.startup.options): a full run
            } else if (args[i].equals("--forks")) {
                forks = Integer.parseInt(args[++i]);
            } else {
                Arrays.stream(args[i].split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(Integer::parseInt).forEach(sizes::add);
            }
        }
        if (sizes.isEmpty()) {
            System.err.println("usage: StartupBenchmark [--kept] [--forks N] SIZE[,SIZE...] | --measure DIR DATA_DIR");
            System.exit(2);
        }
        String loadBefore = LoadAverage.read();
        String jvmArgs = System.getProperty("bench.startup.jvmArgs", "").strip();
        List<String> report = new ArrayList<>();
        report.add("| guides | first start, no index (ms) | heap (MB) | restart, nothing changed (ms) | heap (MB) "
                + "| restart, one guide edited (ms) | heap (MB) | JVM uptime at ready, restart (ms) |");
        report.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            Path folder = BenchKnowledge.folder(size);
            Path dataDir = kept ? BenchKnowledge.dataFolder(size) : Files.createTempDirectory("startup-bench-");
            try {
                List<Measurement> first = new ArrayList<>();
                for (int fork = 0; !kept && fork < forks; fork++) {
                    BenchKnowledge.deleteRecursively(dataDir);
                    first.add(fork("first start", folder, dataDir, fork));
                }
                List<Measurement> restart = new ArrayList<>();
                for (int fork = 0; fork < forks; fork++) {
                    restart.add(fork("restart", folder, dataDir, fork));
                }
                List<Measurement> edited = new ArrayList<>();
                Path guide = KnowledgeBaseLoader.guideFiles(folder).get(0);
                byte[] original = Files.readAllBytes(guide);
                try {
                    for (int fork = 0; fork < forks; fork++) {
                        Files.writeString(guide, new String(original, StandardCharsets.UTF_8) + "\n# edited " + fork + "\n",
                                StandardCharsets.UTF_8);
                        edited.add(fork("one guide edited", folder, dataDir, fork));
                    }
                } finally {
                    Files.write(guide, original);
                }
                if (kept) {
                    // the kept index holds the edited guide now: one more start puts the original back into it
                    fork("original guide restored", folder, dataDir, 0);
                }
                report.add(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s |", restart.get(0).guides(),
                        kept ? "not run (--kept)" : spread(first, Measurement::readyMs), kept ? "–" : spreadMb(first),
                        spread(restart, Measurement::readyMs), spreadMb(restart), spread(edited, Measurement::readyMs),
                        spreadMb(edited), spread(restart, Measurement::uptimeMs)));
            } finally {
                if (!kept) {
                    BenchKnowledge.deleteRecursively(dataDir);
                }
            }
        }
        report.add("");
        report.add("Median of " + forks + " fresh JVMs (min–max)" + (jvmArgs.isEmpty() ? ", default heap settings" : ", JVM options " + jvmArgs)
                + ". Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + LoadAverage.read());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println();
        out.println("Start-up:");
        report.forEach(out::println);
        Path file = Path.of(System.getProperty("bench.startup.report", "target/bench/startup.md"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, report, StandardCharsets.UTF_8);
    }

    /** Starts the app as {@code Application.start} does for Slack or the console, minus the database. */
    static Measurement measure(Path folder, Path dataDir) {
        Settings settings = BenchKnowledge.settings(folder, dataDir);
        long started = System.nanoTime();
        // as Main does: the model starts loading first, then Application.start (with the loader's report kept)
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        TopicDetector topics = new TopicDetector(new VocabularyLoader().load(folder));
        long vocabulary = System.nanoTime();
        IndexedKnowledge knowledge = new IndexedKnowledgeLoader(new PassageExtractor(topics), embedder).open(folder, settings.indexDir());
        long loaded = System.nanoTime();
        Application app = Application.of(knowledge, topics, new InMemoryQuestionLog(), Clock.systemUTC(), Ticker.systemTicker(), null);
        long wired = System.nanoTime();
        // ready means ready for a question too: the model is loaded
        embedder.awaitModel();
        long ready = System.nanoTime();
        System.err.printf(Locale.ROOT, "phases: vocabulary %.0f ms, guides and index %.0f ms, app wired %.0f ms, "
                        + "then waited %.0f ms for the sentence model%n", (vocabulary - started) / 1e6,
                (loaded - vocabulary) / 1e6, (wired - loaded) / 1e6, (ready - wired) / 1e6);
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long heapAfter = heapUsedAfterGc();
        Reference.reachabilityFence(app);
        return new Measurement(app.knowledge().size(), (ready - started) / 1e6, uptime, heapAfter,
                knowledge.update().unchanged(), knowledge.update().read());
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Measurement fork(String situation, Path folder, Path dataDir, int fork) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getProperty("bench.startup.jvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                // the loader's one line per start says where its time went
                "-Dorg.slf4j.simpleLogger.log." + IndexedKnowledgeLoader.class.getName() + "=info", "-cp", System.getProperty("java.class.path"),
                StartupBenchmark.class.getName(), "--measure", folder.toString(), dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the measured JVM for " + folder + " exited with " + exit);
        }
        Measurement m = Measurement.parse(result);
        System.err.printf(Locale.ROOT, "startup %,d guides, %s, fork %d: ready in %.0f ms (%d guides read, %d unchanged), heap %.1f MB%n",
                m.guides(), situation, fork + 1, m.readyMs(), m.read(), m.unchanged(), mb(m.heapAfter()));
        return m;
    }

    private static String spread(List<Measurement> runs, ToDoubleFunction<Measurement> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        return String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static String spreadMb(List<Measurement> runs) {
        double[] sorted = runs.stream().mapToDouble(m -> mb(m.heapAfter())).sorted().toArray();
        return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static double mb(double bytes) {
        return bytes / (1024 * 1024);
    }
}
