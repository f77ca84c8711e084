package com.transitionadvisor.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
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

/**
 * Start-up benchmark: how long a fresh JVM takes to load, validate and index a knowledge base, and how much heap
 * the running app holds afterwards. Each measurement runs in a JVM of its own, so nothing is warm.
 *
 * <pre>
 * StartupBenchmark [--forks N] SIZE...   generate (once) and measure each size N times, print a table
 * StartupBenchmark --measure DIR         one measurement in this JVM; prints one RESULT line
 * </pre>
 *
 * Extra options for the measured JVMs go in {@code -Dbench.startup.jvmArgs="-Xmx256m ..."}.
 */
public final class StartupBenchmark {
    private static final String RESULT = "RESULT ";

    private StartupBenchmark() {
    }

    /** One cold start. */
    record Measurement(int guides, double loadMs, double indexMs, double uptimeMs, long heapBefore, long heapAfter) {
        double totalMs() {
            return loadMs + indexMs;
        }

        String line() {
            return String.format(Locale.ROOT, RESULT + "%d %.1f %.1f %.1f %d %d", guides, loadMs, indexMs, uptimeMs,
                    heapBefore, heapAfter);
        }

        static Measurement parse(String line) {
            String[] f = line.substring(RESULT.length()).split(" ");
            return new Measurement(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--measure")) {
            System.out.println(measure(Path.of(args[1])).line());
            return;
        }
        int forks = 3;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--forks")) {
                forks = Integer.parseInt(args[++i]);
            } else {
                Arrays.stream(args[i].split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(Integer::parseInt).forEach(sizes::add);
            }
        }
        if (sizes.isEmpty()) {
            System.err.println("usage: StartupBenchmark [--forks N] SIZE[,SIZE...] | --measure DIR");
            System.exit(2);
        }
        List<Path> folders = sizes.stream().map(BenchKnowledge::folder).toList();
        String loadBefore = LoadAverage.read();
        List<String> report = new ArrayList<>();
        report.add("| guides | load + validate (ms) | index (ms) | total (ms) | JVM uptime when ready (ms) | heap after load (MB) | empty-JVM heap (MB) |");
        report.add("|---:|---:|---:|---:|---:|---:|---:|");
        for (Path folder : folders) {
            List<Measurement> runs = new ArrayList<>();
            for (int fork = 0; fork < forks; fork++) {
                Measurement m = fork(folder);
                System.err.printf(Locale.ROOT, "startup %,d guides, fork %d: load %.0f ms, index %.0f ms, heap %.1f MB%n",
                        m.guides(), fork + 1, m.loadMs(), m.indexMs(), mb(m.heapAfter()));
                runs.add(m);
            }
            report.add(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s |", runs.get(0).guides(),
                    spread(runs.stream().mapToDouble(Measurement::loadMs).toArray()),
                    spread(runs.stream().mapToDouble(Measurement::indexMs).toArray()),
                    spread(runs.stream().mapToDouble(Measurement::totalMs).toArray()),
                    spread(runs.stream().mapToDouble(Measurement::uptimeMs).toArray()),
                    spreadMb(runs.stream().mapToDouble(m -> m.heapAfter()).toArray()),
                    spreadMb(runs.stream().mapToDouble(m -> m.heapBefore()).toArray())));
        }
        report.add("");
        report.add("Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + LoadAverage.read());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println();
        out.println("Start-up, median of " + forks + " fresh JVMs (min–max):");
        report.forEach(out::println);
        Path file = Path.of(System.getProperty("bench.startup.report", "target/bench/startup.md"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, report, StandardCharsets.UTF_8);
    }

    static Measurement measure(Path folder) {
        long heapBefore = heapUsedAfterGc();
        long started = System.nanoTime();
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(folder);
        long loaded = System.nanoTime();
        Application app = Application.of(knowledge, new InMemoryQuestionLog(), Clock.systemUTC(), Ticker.systemTicker());
        long indexed = System.nanoTime();
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long heapAfter = heapUsedAfterGc();
        Reference.reachabilityFence(app);
        return new Measurement(knowledge.size(), (loaded - started) / 1e6, (indexed - loaded) / 1e6, uptime,
                heapBefore, heapAfter);
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Measurement fork(Path folder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getProperty("bench.startup.jvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupBenchmark.class.getName(),
                "--measure", folder.toString()));
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
        return Measurement.parse(result);
    }

    private static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static String spreadMb(double[] bytes) {
        double[] sorted = bytes.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", mb(sorted[sorted.length / 2]), mb(sorted[0]),
                mb(sorted[sorted.length - 1]));
    }

    private static double mb(double bytes) {
        return bytes / (1024 * 1024);
    }
}
