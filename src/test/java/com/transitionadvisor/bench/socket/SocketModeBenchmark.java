package com.transitionadvisor.bench.socket;

import com.transitionadvisor.bench.socket.Driver.Record;
import com.transitionadvisor.bench.socket.Driver.Run;
import com.transitionadvisor.bench.socket.EnvelopeMix.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Socket Mode benchmark: the real app, connected over real Socket Mode to the local Slack stand-in, gets envelopes
 * at a fixed open-loop rate with at most 50 unacked at a time; every ack and every answer is timed. See
 * {@code docs/BENCHMARKS.md}, section "Socket Mode: acks under load".
 *
 * <pre>
 * mvn -B -Pbench-socket process-test-classes [-Dbench.socket.args="--rates 200,400 --seconds 20"]
 *
 * --rates 200,400        envelopes per second, one phase each, in this order
 * --seconds 20           length of each phase
 * --warmup-rate 100      warm-up phase (reported, not judged) before the first rate
 * --warmup-seconds 15
 * --in-flight 50         most envelopes unacked at once
 * --burst 1              send the envelopes in groups of this many at the same instant (e.g. 50: 50 at once,
 *                        4 times a second at 200/s); 1 spaces them evenly
 * --lost-after-ms 3000   an envelope not acked by then is lost (Slack's deadline)
 * --answer-wait-ms 5000  how long after the last send to wait for answers (chat.postMessage, response_url)
 * --knowledge knowledge  the knowledge folder
 * --keep-records false   true: let the stand-in keep every envelope, ack and call, as in the tests
 * --answer-threads 4     the app's answer pool (Main: 4)
 * --report target/bench/socket.md
 * </pre>
 */
public final class SocketModeBenchmark {

    /** Target of issue 5: ack p99 under 50 ms at 200 envelopes per second, nothing lost. */
    static final double TARGET_P99_MS = 50;
    static final int TARGET_RATE = 200;

    private SocketModeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<Integer> rates = Arrays.stream(options.get("rates").split(",")).map(String::strip)
                .map(Integer::parseInt).toList();
        int seconds = Integer.parseInt(options.get("seconds"));
        int warmupRate = Integer.parseInt(options.get("warmup-rate"));
        int warmupSeconds = Integer.parseInt(options.get("warmup-seconds"));
        int inFlight = Integer.parseInt(options.get("in-flight"));
        int burst = Integer.parseInt(options.get("burst"));
        long lostAfter = Long.parseLong(options.get("lost-after-ms"));
        long answerWait = Long.parseLong(options.get("answer-wait-ms"));
        Path report = Path.of(options.get("report"));

        String loadBefore = loadAverage();
        Instant began = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        System.out.println("Socket Mode benchmark: load average before " + loadBefore + ", rates " + rates
                + " envelopes/s, " + seconds + " s each, warm-up " + warmupSeconds + " s at " + warmupRate + "/s");
        JvmProbe probe = new JvmProbe();
        List<Phase> phases = new ArrayList<>();
        long startupNanos = System.nanoTime();
        int answerThreads = Integer.parseInt(options.get("answer-threads"));
        try (BenchApp app = BenchApp.start(options.get("knowledge"), answerThreads)) {
            double startupMs = (System.nanoTime() - startupNanos) / 1e6;
            System.out.printf(Locale.ROOT, "App connected in %.0f ms%n", startupMs);
            // The stand-in would otherwise keep every envelope, ack and call (~25 kB each) for the whole run, and the
            // app's garbage collections would pay for copying them.
            app.slack().keepRecords(Boolean.parseBoolean(options.get("keep-records")));
            Driver driver = new Driver(app.slack(), inFlight, lostAfter);
            try {
                if (warmupSeconds > 0) {
                    phases.add(phase(driver, probe, "warm-up", warmupRate, 1, warmupSeconds, answerWait));
                }
                for (int rate : rates) {
                    String label = rate + "/s" + (burst > 1 ? " in bursts of " + burst : "");
                    phases.add(phase(driver, probe, label, rate, burst, seconds, answerWait));
                }
            } finally {
                driver.stop();
            }
        }
        String loadAfter = loadAverage();
        String markdown = markdown(phases, began, loadBefore, loadAfter, inFlight, burst, lostAfter, shown(args));
        System.out.println();
        System.out.println(markdown);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        System.out.println("Written to " + report);
    }

    /** One phase's run and what the JVM did meanwhile. */
    record Phase(Run run, JvmProbe.Usage usage, String loadAfter) {
    }

    private static Phase phase(Driver driver, JvmProbe probe, String label, int rate, int burst, int seconds,
                               long answerWait) {
        System.out.printf(Locale.ROOT, "%n== %s: %d envelopes/s for %d s (load average %s)%n", label, rate, seconds,
                loadAverage());
        JvmProbe.Snapshot before = probe.snapshot();
        Run run = driver.run(label, rate, burst, seconds, answerWait);
        JvmProbe.Snapshot after = probe.snapshot();
        Phase phase = new Phase(run, probe.between(before, after), loadAverage());
        System.out.println(summaryLine(phase));
        System.out.println(perSecond(run));
        return phase;
    }

    // ---- figures ------------------------------------------------------------------------------------------

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Nearest-rank percentile of sorted values, in ms; NaN for none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return ms(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
    }

    static long[] sorted(List<Record> records, Predicate<Record> which, ToLongFunction<Record> value) {
        long[] values = records.stream().filter(which).mapToLong(value).toArray();
        Arrays.sort(values);
        return values;
    }

    static long[] ackLatencies(List<Record> records, Predicate<Record> which) {
        return sorted(records, which.and(Driver::isAcked), r -> r.ackNanos - r.sentNanos);
    }

    static long[] answerLatencies(List<Record> records, Kind kind) {
        return sorted(records, r -> r.kind == kind && r.answerNanos != 0, r -> r.answerNanos - r.sentNanos);
    }

    static long count(List<Record> records, Predicate<Record> which) {
        return records.stream().filter(which).count();
    }

    static long duplicates(List<Record> records) {
        return records.stream().mapToLong(r -> Math.max(0, r.acks.get() - 1)).sum();
    }

    static double sendRate(Run run) {
        double span = (run.lastSendNanos() - run.startNanos()) / 1e9 + (double) run.burst() / run.rate();
        return run.records().size() / span;
    }

    static double ackRate(Run run) {
        long lastAck = run.records().stream().filter(Driver::isAcked).mapToLong(r -> r.ackNanos).max().orElse(run.startNanos());
        long acked = count(run.records(), Driver::isAcked);
        return acked == 0 ? 0 : acked / ((lastAck - run.startNanos()) / 1e9);
    }

    static boolean targetMet(Run run) {
        long[] acks = ackLatencies(run.records(), r -> true);
        return count(run.records(), Driver::isLost) == 0 && duplicates(run.records()) == 0
                && percentile(acks, 99) < TARGET_P99_MS;
    }

    private static String summaryLine(Phase phase) {
        Run run = phase.run();
        long[] acks = ackLatencies(run.records(), r -> true);
        long[] dm = answerLatencies(run.records(), Kind.DIRECT_MESSAGE);
        return String.format(Locale.ROOT, "sent %d (%.1f/s), acked %d (%.1f acks/s), ack p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms; lost %d (acked late %d), duplicates %d, held back %d; DM answer p50 %.0f ms, p99 %.0f ms; "
                        + "CPU %.2f cores, GC %d × (%d ms, max %d ms), heap after last GC %.0f MB",
                run.records().size(), sendRate(run), count(run.records(), Driver::isAcked), ackRate(run),
                percentile(acks, 50), percentile(acks, 99), percentile(acks, 100), count(run.records(), Driver::isLost),
                count(run.records(), Driver::isAckedLate), duplicates(run.records()), run.heldBack(), percentile(dm, 50), percentile(dm, 99),
                phase.usage().cores(), phase.usage().gcs().size(), phase.usage().gcMillis(), phase.usage().gcMaxMillis(),
                phase.usage().heapAfterLastGcMb());
    }

    /** Per second of the phase: envelopes sent, ack p99 and max (ms) of those sent in that second. */
    private static String perSecond(Run run) {
        Map<Long, List<Record>> bySecond = run.records().stream().collect(Collectors.groupingBy(
                r -> (r.sentNanos - run.startNanos()) / 1_000_000_000L, LinkedHashMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder("per second (sent: p99/max ms):");
        bySecond.forEach((second, records) -> {
            long[] acks = ackLatencies(records, r -> true);
            out.append(String.format(Locale.ROOT, " [%d] %d: %.0f/%.0f", second, records.size(), percentile(acks, 99),
                    percentile(acks, 100)));
            long lost = count(records, Driver::isLost);
            if (lost > 0) {
                out.append(" lost ").append(lost);
            }
        });
        return out.toString();
    }

    // ---- report -------------------------------------------------------------------------------------------

    static String markdown(List<Phase> phases, Instant began, String loadBefore, String loadAfter, int inFlight,
                           int burst, long lostAfter, String args) {
        StringBuilder md = new StringBuilder();
        md.append("### Socket Mode acks: run of ").append(began).append("\n\n");
        md.append("`mvn -B -Pbench-socket process-test-classes")
                .append(args.isBlank() ? "" : " -Dbench.socket.args=\"" + args + "\"").append("`; ")
                .append(machine()).append("; load average (1, 5, 15 min) before ").append(loadBefore)
                .append(", after ").append(loadAfter).append(".\n");
        md.append("Every 10 envelopes: 3 `/transition <pair>`, 1 `/transition list`, 3 DMs with a question, 3 \"open "
                + "section\" clicks; ").append(burst > 1 ? "in bursts of " + burst + " sent at the same instant" : "evenly spaced")
                .append("; at most ").append(inFlight).append(" unacked at a time; lost = no ack within ")
                .append(lostAfter).append(" ms. Latencies in ms.\n\n");

        md.append("| phase | sent | sent/s | acks/s | ack p50 | ack p90 | ack p99 | ack max | lost | duplicate acks "
                + "| held back by the cap | send lag p99 | DM answer p50 | DM answer p99 | button answer p50 | button answer p99 "
                + "| target (200/s: p99 < 50 ms, none lost) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Phase phase : phases) {
            Run run = phase.run();
            List<Record> rs = run.records();
            long[] acks = ackLatencies(rs, r -> true);
            long[] lag = sorted(rs, r -> true, r -> r.sentNanos - r.plannedNanos);
            long[] dm = answerLatencies(rs, Kind.DIRECT_MESSAGE);
            long[] button = answerLatencies(rs, Kind.OPEN_SECTION);
            String verdict = run.label().equals("warm-up") ? "(warm-up, not judged)"
                    : run.rate() == TARGET_RATE ? (targetMet(run) ? "**met**" : "**missed**") : "—";
            md.append(String.format(Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %s | %s | %s | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s |\n",
                    run.label(), rs.size(), sendRate(run), ackRate(run), f(percentile(acks, 50)),
                    f(percentile(acks, 90)), f(percentile(acks, 99)), f(percentile(acks, 100)),
                    count(rs, Driver::isLost), duplicates(rs), run.heldBack(), f(percentile(lag, 99)),
                    f(percentile(dm, 50)), f(percentile(dm, 99)), f(percentile(button, 50)), f(percentile(button, 99)),
                    verdict));
        }

        md.append("\nAck latency by kind of envelope (ms):\n\n");
        md.append("| phase | kind | sent | ack p50 | ack p99 | ack max | lost | answered later (p50 / p99) |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (Phase phase : phases) {
            Run run = phase.run();
            for (Kind kind : Kind.values()) {
                List<Record> rs = run.records().stream().filter(r -> r.kind == kind).toList();
                long[] acks = ackLatencies(rs, r -> true);
                String answered;
                if (kind == Kind.DIRECT_MESSAGE || kind == Kind.OPEN_SECTION) {
                    long[] later = answerLatencies(rs, kind);
                    answered = later.length + " (" + f(percentile(later, 50)) + " / " + f(percentile(later, 99)) + ")";
                } else {
                    long withAnswer = count(rs, r -> Driver.isAcked(r) && r.ackHasPayload);
                    answered = "in the ack: " + withAnswer;
                }
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %d | %s |\n", run.label(),
                        kind.label, rs.size(), f(percentile(acks, 50)), f(percentile(acks, 99)),
                        f(percentile(acks, 100)), count(rs, Driver::isLost), answered));
            }
        }

        md.append("\nThe JVM meanwhile (app, stand-in and harness share it; CPU in cores of the 2, over the phase "
                + "including its drain):\n\n");
        md.append("| phase | wall (s) | CPU (cores) | GCs | GC total (ms) | GC max (ms) | heap after last GC (MB) "
                + "| CPU by thread group (s) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Phase phase : phases) {
            JvmProbe.Usage u = phase.usage();
            String groups = u.cpuSecondsByGroup().entrySet().stream().limit(7)
                    .map(e -> String.format(Locale.ROOT, "`%s` %.1f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %d | %d | %d | %s | %s |\n", phase.run().label(),
                    u.wallSeconds(), u.cores(), u.gcs().size(), u.gcMillis(), u.gcMaxMillis(),
                    f(u.heapAfterLastGcMb()), groups));
        }
        return md.toString();
    }

    private static String f(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it unknown
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.runtime.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The options as given, without {@code --report} (which the Maven profile always passes). */
    private static String shown(String[] args) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--report")) {
                i++;
            } else {
                shown.add(args[i]);
            }
        }
        return String.join(" ", shown);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rates", "200,400");
        options.put("seconds", "20");
        options.put("warmup-rate", "100");
        options.put("warmup-seconds", "15");
        options.put("in-flight", "50");
        options.put("burst", "1");
        options.put("lost-after-ms", "3000");
        options.put("answer-wait-ms", "5000");
        options.put("knowledge", "knowledge");
        options.put("keep-records", "false");
        options.put("answer-threads", String.valueOf(BenchApp.MAIN_ANSWER_THREADS));
        options.put("report", "target/bench/socket.md");
        for (int i = 0; i < args.length; i++) {
            String key = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (key == null || !options.containsKey(key) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown or incomplete option " + args[i] + "; options: "
                        + options.keySet());
            }
            options.put(key, args[++i]);
        }
        return options;
    }
}
