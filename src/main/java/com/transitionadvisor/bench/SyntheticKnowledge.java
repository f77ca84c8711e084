package com.transitionadvisor.bench;

import com.transitionadvisor.knowledge.VocabularyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a valid knowledge folder of any size for benchmarks: {@code roles.yml} and one {@code guides/*.yml} per
 * directed pair of roles, in the format of {@code knowledge/TEMPLATE.yml} and about the size of the real guides
 * (ten transferable skills, three to five gaps with two-paragraph why/how, three phases, interview, salary, career
 * paths, mistakes, eight FAQ entries, notes: 16–21 kB a file, like the real 19–20 kB guides).
 *
 * <p>There are about {@code 2·√guides} roles (at least three), so the guides are spread over many roles the way
 * a growing knowledge base would be, and most pairs of roles have no guide. Everything is decided by the seed: the
 * same arguments always write the same bytes.
 */
public final class SyntheticKnowledge {
    private static final List<String> DOMAINS = List.of("Backend", "Frontend", "Cloud", "Data", "Security", "Mobile",
            "Game", "Embedded", "Machine Learning", "Quality Assurance", "Network", "Database", "Platform",
            "Infrastructure", "Systems", "Analytics", "Product", "Firmware", "Blockchain", "Robotics", "Payments",
            "Search", "Identity", "Observability", "Release", "Integration", "Mainframe", "Graphics", "Audio",
            "Compiler", "Kernel", "Storage", "Automation", "Web", "Middleware", "Telecoms", "Geospatial",
            "Simulation", "Hardware", "Accessibility");
    private static final List<String> TITLES = List.of("Engineer", "Developer", "Analyst", "Architect", "Consultant",
            "Specialist", "Administrator", "Manager", "Designer", "Scientist");
    private static final List<List<String>> TITLE_ALIASES = List.of(
            List.of("eng", "engineering"), List.of("dev", "programmer"), List.of("analytics person", "analysis"),
            List.of("architecture", "arch"), List.of("consulting", "advisor"), List.of("expert", "specialism"),
            List.of("admin", "sysadmin"), List.of("mgr", "management"), List.of("design", "designer ux"),
            List.of("science", "researcher"));
    private static final List<String> DOMAIN_SHORT = List.of("back end", "front end", "cloud computing", "data platform",
            "infosec", "mobile app", "games", "embedded systems", "ml", "qa", "networking", "db", "platform team",
            "infra", "systems software", "bi", "product team", "firmware team", "web3", "robotic", "fintech payments",
            "search relevance", "iam", "monitoring", "release management", "integrations", "zos", "computer graphics",
            "audio dsp", "compilers", "os kernel", "storage systems", "test automation", "web app", "middleware team",
            "telecommunications", "gis", "modelling and simulation", "hardware design", "a11y");
    private static final List<String> TOOLS = List.of("Docker", "Kubernetes", "Terraform", "Ansible", "SQL",
            "PostgreSQL", "MySQL", "MongoDB", "Redis", "Kafka", "RabbitMQ", "Python", "Go", "Java", "TypeScript",
            "React", "Linux", "Bash", "Git", "GitHub Actions", "Jenkins", "Prometheus", "Grafana", "OpenTelemetry",
            "AWS", "Azure", "GCP", "Snowflake", "dbt", "Airflow", "Spark", "TensorFlow", "PyTorch", "Figma",
            "Jira", "Helm", "Vault", "Nginx", "GraphQL", "gRPC", "Rust", "C++", "Swift", "Kotlin", "Tableau",
            "Power BI", "Elasticsearch", "Splunk", "Wireshark", "CloudFormation", "Pulumi", "Istio", "Selenium",
            "Playwright", "Cypress", "OAuth", "Okta", "Unity", "Unreal", "CUDA", "FPGA", "Verilog", "QGIS", "MATLAB");
    private static final List<String> DIFFICULTIES = List.of("very low", "low", "medium", "high");
    private static final List<String> OPENERS = List.of("In practice", "Day to day", "Most of the time",
            "For most people", "In our experience", "Realistically", "Over time", "At first");
    private static final List<String> VERBS = List.of("builds", "tunes", "reviews", "documents", "automates",
            "monitors", "designs", "debugs", "maintains", "tests", "ships", "supports");
    private static final List<String> OBJECTS = List.of("services", "pipelines", "dashboards", "schemas",
            "deployments", "integrations", "reports", "prototypes", "releases", "incidents", "runbooks", "APIs");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9£][^:#\\n]*[A-Za-z0-9.)?!]");

    private final List<RoleSpec> roles;
    private final List<Pair> guides;
    private final List<Pair> pairsWithoutGuide;

    /** A role as written to {@code roles.yml}. */
    public record RoleSpec(String id, String name, List<String> aliases) {
        public RoleSpec {
            aliases = List.copyOf(aliases);
        }
    }

    /** A directed pair of roles. */
    public record Pair(RoleSpec from, RoleSpec to) {
        public String guideId() {
            return from.id() + "-to-" + to.id();
        }
    }

    private SyntheticKnowledge(List<RoleSpec> roles, List<Pair> guides, List<Pair> pairsWithoutGuide) {
        this.roles = List.copyOf(roles);
        this.guides = List.copyOf(guides);
        this.pairsWithoutGuide = List.copyOf(pairsWithoutGuide);
    }

    public List<RoleSpec> roles() {
        return roles;
    }

    /** The pairs that have a guide, in the order they were written. */
    public List<Pair> guides() {
        return guides;
    }

    /** Pairs of known roles for which no guide was written (empty only when every pair has one). */
    public List<Pair> pairsWithoutGuide() {
        return pairsWithoutGuide;
    }

    /** How many roles a knowledge base of {@code guides} guides gets: about 2·√guides, at least 3. */
    public static int roleCount(int guides) {
        return Math.max(3, (int) Math.ceil(2 * Math.sqrt(guides)));
    }

    /** The roles and pairs that {@link #write} would write, without writing anything. */
    public static SyntheticKnowledge plan(int guides, long seed) {
        if (guides < 1) {
            throw new IllegalArgumentException("guides must be at least 1 but was " + guides);
        }
        int roleCount = roleCount(guides);
        if (roleCount > DOMAINS.size() * TITLES.size()) {
            throw new IllegalArgumentException("at most " + (DOMAINS.size() * TITLES.size()) * (DOMAINS.size() * TITLES.size() - 1)
                    + " guides can be generated but " + guides + " were asked for");
        }
        Random random = new Random(seed);
        List<RoleSpec> roles = roles(roleCount, random);
        List<Pair> all = new ArrayList<>();
        for (RoleSpec from : roles) {
            for (RoleSpec to : roles) {
                if (!from.equals(to)) {
                    all.add(new Pair(from, to));
                }
            }
        }
        Collections.shuffle(all, random);
        return new SyntheticKnowledge(roles, all.subList(0, guides), all.subList(guides, all.size()));
    }

    /**
     * Writes {@code roles.yml} and {@code guides/<from>-to-<to>.yml} for {@code guides} distinct pairs into
     * {@code dir} (created if needed; existing files of the same names are replaced), with a copy of the vocabulary
     * files of the repository's {@link #VOCABULARY_SOURCE} folder, which the app needs to start.
     */
    /** The knowledge folder of the repository, whose vocabulary the synthetic folders share. */
    public static final Path VOCABULARY_SOURCE = Path.of("knowledge");

    /**
     * Copies the repository's vocabulary files into {@code dir}, replacing older copies: a kept synthetic folder
     * must understand questions as the app being measured does (and have every file it requires).
     */
    public static void copyVocabulary(Path dir) throws IOException {
        for (String file : VocabularyLoader.FILES) {
            Files.copy(VOCABULARY_SOURCE.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static SyntheticKnowledge write(Path dir, int guides, long seed) {
        SyntheticKnowledge plan = plan(guides, seed);
        try {
            Files.createDirectories(dir.resolve("guides"));
            try (Writer out = Files.newBufferedWriter(dir.resolve("roles.yml"), StandardCharsets.UTF_8)) {
                out.write(plan.rolesYaml());
            }
            copyVocabulary(dir);
            for (int i = 0; i < plan.guides.size(); i++) {
                Pair pair = plan.guides.get(i);
                Random random = new Random(seed * 1_000_003L + i);
                try (Writer out = Files.newBufferedWriter(dir.resolve("guides").resolve(pair.guideId() + ".yml"),
                        StandardCharsets.UTF_8)) {
                    out.write(new GuideWriter(pair, random).yaml());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write synthetic knowledge to " + dir, e);
        }
        return plan;
    }

    private static List<RoleSpec> roles(int count, Random random) {
        List<int[]> combinations = new ArrayList<>();
        for (int d = 0; d < DOMAINS.size(); d++) {
            for (int t = 0; t < TITLES.size(); t++) {
                combinations.add(new int[] {d, t});
            }
        }
        Collections.shuffle(combinations, random);
        List<int[]> chosen = combinations.subList(0, count);
        Set<String> taken = new HashSet<>();
        for (int[] c : chosen) {
            taken.add(key(DOMAINS.get(c[0]) + " " + TITLES.get(c[1])));
        }
        List<RoleSpec> roles = new ArrayList<>();
        for (int[] c : chosen) {
            String domain = DOMAINS.get(c[0]);
            String title = TITLES.get(c[1]);
            String name = domain + " " + title;
            Set<String> aliases = new LinkedHashSet<>();
            String lowerDomain = domain.toLowerCase(Locale.ROOT);
            String lowerTitle = title.toLowerCase(Locale.ROOT);
            for (String titleAlias : TITLE_ALIASES.get(c[1])) {
                aliases.add(lowerDomain + " " + titleAlias);
            }
            aliases.add(DOMAIN_SHORT.get(c[0]) + " " + lowerTitle);
            aliases.add(lowerDomain.replace(' ', '-') + "-" + lowerTitle);
            aliases.add(lowerDomain + " " + lowerTitle + " (uk)");
            aliases.add("senior " + lowerDomain + " " + lowerTitle);
            List<String> kept = new ArrayList<>();
            for (String alias : aliases) {
                String k = key(alias);
                if (k.equals(key(name)) || taken.add(k)) {
                    kept.add(alias);
                }
            }
            roles.add(new RoleSpec(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, kept));
        }
        return roles;
    }

    /** Close enough to {@code RoleCatalog.normalize} to keep aliases unique. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#]+", " ").strip();
    }

    private String rolesYaml() {
        StringBuilder out = new StringBuilder();
        out.append("# Synthetic roles for benchmarks, written by ").append(SyntheticKnowledge.class.getSimpleName())
                .append(". Not real career advice.\n\nroles:\n");
        for (RoleSpec role : roles) {
            out.append("  - id: ").append(role.id()).append('\n');
            out.append("    name: ").append(role.name()).append('\n');
            out.append("    aliases: [").append(String.join(", ", role.aliases())).append("]\n\n");
        }
        return out.toString();
    }

    /** Writes one guide; every choice comes from {@code random}. */
    private static final class GuideWriter {
        private final StringBuilder out = new StringBuilder(20_000);
        private final Random random;
        private final String from;
        private final String to;
        private final List<String> tools;

        GuideWriter(Pair pair, Random random) {
            this.random = random;
            this.from = pair.from().name();
            this.to = pair.to().name();
            List<String> shuffled = new ArrayList<>(TOOLS);
            Collections.shuffle(shuffled, random);
            this.tools = shuffled.subList(0, 24);
            out.append("# ").append(from).append(" → ").append(to).append('\n')
                    .append("# Synthetic guide for benchmarks. Not real career advice.\n\n")
                    .append("from: ").append(pair.from().id()).append('\n')
                    .append("to: ").append(pair.to().id()).append('\n');
        }

        String yaml() {
            int partMin = 4 + random.nextInt(6);
            int partMax = partMin + 3 + random.nextInt(6);
            int fullMin = Math.max(1, partMin / 2);
            int fullMax = Math.max(fullMin + 1, partMax / 2);
            String partTime = partMin + "–" + partMax + " months part-time";
            String fullTime = fullMin + "–" + fullMax + " months full-time";
            int gapCount = 3 + random.nextInt(3);

            text(0, "summary", "Moving from " + from + " to " + to + " is a realistic step that usually takes "
                    + partTime + ", or " + fullTime + ". " + sentence() + " The main gaps are " + tool(0) + ", "
                    + tool(1) + " and " + tool(2) + ".");
            out.append("\noverview:\n");
            text(2, "why", paragraphs(3, "Why " + from + "s move"));
            text(2, "realism", paragraphs(3, "How realistic it is: it takes " + partTime));
            out.append("  day_to_day:\n");
            text(4, "before", "As a " + from + ", " + paragraph());
            text(4, "after", "As a " + to + ", " + paragraph());
            out.append("  key_points:\n");
            for (int i = 0; i < 5; i++) {
                item(4, "Remember " + tool(i) + ": " + sentence());
            }

            out.append("\ntransferable_skills:\n");
            for (int i = 0; i < 10; i++) {
                out.append("  - skill: ").append(tool(i + 3)).append(" experience\n");
                text(4, "becomes", tool(i + 4) + " work as a " + to);
                text(4, "difficulty", DIFFICULTIES.get(random.nextInt(DIFFICULTIES.size())));
                text(4, "note", sentence() + " " + sentence());
            }

            out.append("\ngaps:\n");
            for (int i = 0; i < gapCount; i++) {
                out.append("  - name: ").append(tool(i)).append(" in depth\n");
                text(4, "why", paragraphs(2, "Why " + tool(i) + " matters to a " + to));
                text(4, "how", paragraphs(2, "How to learn " + tool(i)));
            }

            out.append("\ntimeline:\n");
            text(2, "summary", partTime + ", or " + fullTime + " – the first months upskilling, then applying.");
            out.append("  part_time_months: [").append(partMin).append(", ").append(partMax).append("]\n");
            out.append("  full_time_months: [").append(fullMin).append(", ").append(fullMax).append("]\n");
            out.append("  phases:\n");
            int third = Math.max(1, partMax / 3);
            for (int p = 0; p < 3; p++) {
                int start = p * third + 1;
                int end = p == 2 ? Math.max(start, partMax) : (p + 1) * third;
                out.append("    - when: Months ").append(start).append("–").append(end).append('\n');
                out.append("      start_month: ").append(start).append('\n');
                out.append("      end_month: ").append(end).append('\n');
                out.append("      title: Phase ").append(p + 1).append(" with ").append(tool(p + 5)).append('\n');
                out.append("      items:\n");
                for (int i = 0; i < 4; i++) {
                    item(8, "Practise " + tool(p * 4 + i) + ". " + sentence());
                }
            }

            out.append("\ninterview:\n  questions:\n");
            item(4, "Why are you leaving " + from + "?");
            item(4, "Why " + to + "?");
            item(4, "Tell us about a time you used " + tool(2) + ".");
            out.append("  tips:\n");
            for (int i = 0; i < 6; i++) {
                item(4, "Show " + tool(i + 6) + " in your stories. " + sentence() + " " + sentence());
            }
            text(2, "example", "\"As a " + from + ", I [did something], which led to [measurable outcome] – and that is how a "
                    + to + " tackles [similar challenge].\"");

            out.append("\nsalary:\n  region: UK\n  figures:\n");
            salary(from, "Mid-career", 40 + random.nextInt(20));
            salary(to, "Entry-level", 25 + random.nextInt(10));
            salary(to, "Mid-career", 42 + random.nextInt(20));
            salary(to, "Experienced / senior", 70 + random.nextInt(30));
            text(2, "note", paragraphs(2, "Expect a short dip in pay"));

            out.append("\npaths:\n");
            for (int i = 0; i < 3; i++) {
                out.append("  - name: ").append(tool(i + 8)).append(' ').append(to).append('\n');
                text(4, "description", sentence() + " " + sentence());
                text(4, "fit", i == 0 ? "The most common first role. " + sentence() : sentence());
            }

            out.append("\nmistakes:\n");
            for (int i = 0; i < 3; i++) {
                out.append("  - title: Skipping ").append(tool(i + 10)).append('\n');
                text(4, "detail", sentence() + " " + sentence() + " " + sentence());
                text(4, "fix", sentence());
            }

            out.append("\nfaq:\n");
            faq("How long does it take to go from " + from + " to " + to + "?",
                    "Usually " + partTime + ", or " + fullTime + ". " + paragraph());
            faq("Will I take a pay cut moving from " + from + " to " + to + "?", "Often at first. " + paragraph());
            faq("What qualifications or certifications do I need to become a " + to + "?", paragraph());
            faq("How do I explain the change in interviews?", paragraph());
            faq("Should I retrain full-time or while still employed as a " + from + "?", paragraph());
            faq("Do I need to learn " + tool(0) + "?", "Yes. " + paragraph());
            faq("What are the biggest challenges?", paragraph());
            faq("Which employers hire " + from + "s as " + to + "s?", paragraph());

            out.append("\nmore:\n");
            note("gaps", "Where to start on the gaps");
            note("timeline", "Don't optimise for speed");
            return out.toString();
        }

        private void salary(String role, String level, int thousands) {
            int max = thousands + 10 + random.nextInt(25);
            out.append("    - role: ").append(role).append('\n')
                    .append("      level: ").append(level).append('\n')
                    .append("      range: £").append(thousands).append(",000–£").append(max).append(",000\n");
        }

        private void faq(String question, String answer) {
            out.append("  - question: ").append(question).append('\n');
            text(4, "answer", answer);
        }

        private void note(String section, String title) {
            out.append("  - section: ").append(section).append('\n');
            out.append("    title: ").append(title).append('\n');
            text(4, "text", paragraph());
        }

        private String tool(int i) {
            return tools.get(i % tools.size());
        }

        private String sentence() {
            return switch (random.nextInt(5)) {
                case 0 -> pick(OPENERS) + ", a " + to + " " + pick(VERBS) + " " + pick(OBJECTS) + " with " + pick(tools) + ".";
                case 1 -> "A " + from + " already knows " + pick(tools) + " and " + pick(tools) + ", which helps.";
                case 2 -> "Expect to spend time on " + pick(tools) + " – it comes up in most job adverts.";
                case 3 -> pick(OPENERS) + ", the move rewards people who practise " + pick(tools) + " on real "
                        + pick(OBJECTS) + ".";
                default -> "Teams value a " + from + " who " + pick(VERBS) + " " + pick(OBJECTS) + " – and explains them clearly.";
            };
        }

        private String paragraph() {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + random.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                p.append(i == 0 ? "" : " ").append(sentence());
            }
            return p.toString();
        }

        private String paragraphs(int count, String lead) {
            StringBuilder p = new StringBuilder(lead).append(". ");
            for (int i = 0; i < count; i++) {
                p.append(i == 0 ? "" : "\n\n").append(paragraph());
            }
            return p.toString();
        }

        private String pick(List<String> words) {
            return words.get(random.nextInt(words.size()));
        }

        /** A {@code key: value} line, or a {@code |} block when the text is not safe as a plain scalar. */
        private void text(int indent, String key, String value) {
            out.append(" ".repeat(indent)).append(key).append(':');
            scalar(indent, value);
        }

        private void item(int indent, String value) {
            out.append(" ".repeat(indent)).append('-');
            scalar(indent, value);
        }

        private void scalar(int indent, String value) {
            Objects.requireNonNull(value);
            if (PLAIN.matcher(value).matches() && !value.contains(" -") && !isYamlKeyword(value)) {
                out.append(' ').append(value).append('\n');
                return;
            }
            out.append(" |\n");
            for (String line : value.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : " ".repeat(indent + 2) + line).append('\n');
            }
        }

        private static boolean isYamlKeyword(String value) {
            return Set.of("yes", "no", "on", "off", "true", "false", "null", "~")
                    .contains(value.toLowerCase(Locale.ROOT));
        }
    }
}
