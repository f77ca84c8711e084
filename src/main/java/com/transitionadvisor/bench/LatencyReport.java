package com.transitionadvisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the JSON that JMH writes for {@code LatencyBenchmark} into the Markdown table of docs/BENCHMARKS.md:
 * median and p99 per kind of request and number of guides, checked against the targets.
 *
 * <pre>LatencyReport JMH_JSON [MARKDOWN_OUT]</pre>
 */
public final class LatencyReport {
    /** p99 target for a command at 1,000 guides, in microseconds (issue 9). */
    static final double COMMAND_P99_TARGET_US = 1_000;
    /** p99 target for a free-text answer (question or follow-up, model included) at 1,000 guides (issue 9). */
    static final double FREE_TEXT_P99_TARGET_US = 15_000;
    private static final int TARGET_GUIDES = 1_000;
    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    /** What the rows marked ¹ measure; printed under the table when it has any of them. */
    private static final String UNCACHED_NOTE = "¹ Rotating in turn over min(guides, 2,000) randomly chosen guides, far "
            + "more than the 256 the app keeps in memory, so most requests read their guide (and, for a question, "
            + "re-make its passages) from the index on disk; at 2 guides both stay cached, so that figure is a cached one.";

    static {
        KINDS.put("commandOverview", "slash command, overview");
        KINDS.put("commandOverviewUncached", "slash command, overview, guide not cached¹");
        KINDS.put("commandSection", "slash command, section");
        KINDS.put("commandList", "slash command, `list`");
        KINDS.put("commandUnknownPair", "slash command, pair with no guide");
        KINDS.put("question", "free-text question (DM)");
        KINDS.put("questionUncached", "free-text question (DM), guide not cached¹");
        KINDS.put("followUp", "follow-up \"and the salary?\"");
    }

    private LatencyReport() {
    }

    record Row(String benchmark, int guides, double medianUs, double p99Us, long samples) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LatencyReport JMH_JSON [MARKDOWN_OUT]");
            System.exit(2);
        }
        List<String> table = new ArrayList<>(table(read(Path.of(args[0]))));
        table.add("");
        table.add("Load average (1, 5, 15 min) when the run ended: " + LoadAverage.read());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println();
        out.println("Reply latency, median / p99 in µs (JMH SampleTime):");
        table.forEach(out::println);
        if (args.length > 1) {
            Files.write(Path.of(args[1]), table, StandardCharsets.UTF_8);
        }
    }

    static List<Row> read(Path json) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(json.toFile())) {
            String name = result.get("benchmark").asText();
            JsonNode metric = result.get("primaryMetric");
            double scale = switch (metric.get("scoreUnit").asText()) {
                case "ns/op" -> 1e-3;
                case "us/op" -> 1;
                case "ms/op" -> 1e3;
                case "s/op" -> 1e6;
                default -> throw new IllegalArgumentException("unexpected unit " + metric.get("scoreUnit"));
            };
            long samples = 0;
            for (JsonNode fork : metric.path("rawDataHistogram")) {
                for (JsonNode iteration : fork) {
                    for (JsonNode bucket : iteration) {
                        samples += bucket.get(1).asLong();
                    }
                }
            }
            JsonNode percentiles = metric.get("scorePercentiles");
            rows.add(new Row(name.substring(name.lastIndexOf('.') + 1), result.get("params").get("guides").asInt(),
                    percentiles.get("50.0").asDouble() * scale, percentiles.get("99.0").asDouble() * scale, samples));
        }
        return rows;
    }

    static List<String> table(List<Row> rows) {
        TreeSet<Integer> sizes = new TreeSet<>();
        rows.forEach(r -> sizes.add(r.guides()));
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("| request |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            header.append(String.format(Locale.ROOT, " %,d guides: median | p99 |", size));
            rule.append("---:|---:|");
        }
        header.append(" target at 1,000 guides |");
        rule.append("---|");
        lines.add(header.toString());
        lines.add(rule.toString());
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            StringBuilder line = new StringBuilder("| " + kind.getValue() + " |");
            String verdict = "not measured";
            for (int size : sizes) {
                Row row = rows.stream().filter(r -> r.benchmark().equals(kind.getKey()) && r.guides() == size)
                        .findFirst().orElse(null);
                if (row == null) {
                    line.append(" – | – |");
                    continue;
                }
                line.append(' ').append(us(row.medianUs())).append(" | ").append(us(row.p99Us())).append(" |");
                if (size == TARGET_GUIDES) {
                    verdict = verdict(kind.getKey(), row);
                }
            }
            lines.add(line.append(' ').append(verdict).append(" |").toString());
        }
        if (rows.stream().anyMatch(r -> r.benchmark().endsWith("Uncached"))) {
            lines.add("");
            lines.add(UNCACHED_NOTE);
        }
        return lines;
    }

    private static String verdict(String benchmark, Row row) {
        boolean freeText = benchmark.startsWith("question") || benchmark.startsWith("followUp");
        double target = freeText ? FREE_TEXT_P99_TARGET_US : COMMAND_P99_TARGET_US;
        String goal = String.format(Locale.ROOT, "p99 ≤ %.0f ms", target / 1_000);
        return row.p99Us() <= target ? "met (" + goal + ")" : "**missed** (" + goal + ")";
    }

    private static String us(double micros) {
        return micros >= 100 ? String.format(Locale.ROOT, "%,.0f", micros) : String.format(Locale.ROOT, "%.1f", micros);
    }
}
