package com.transitionadvisor.knowledge;

import com.transitionadvisor.knowledge.vocabulary.PassageKind;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.knowledge.vocabulary.TopicFlag;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and validates {@code topics.yml}: every topic, its cues, examples, flags and the passages it tags. */
final class TopicsReader {
    static final int MIN_EXAMPLES = 3;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> FIELDS = Set.of("id", "section", "meaning", "flags", "cues", "signs", "examples",
            "strong_passages", "weak_passages", "amount_verbs", "time_subject_words", "amount_suffixes");

    /** Where each cue was claimed first, to name it when another topic claims the same cue. */
    private record Claim(String topic, int line) {
    }

    private final ProblemCollector problems;
    private final Map<String, Claim> cueClaims = new HashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    private TopicsReader(ProblemCollector problems) {
        this.problems = problems;
    }

    static Optional<Topics> read(Path file, ProblemCollector problems) {
        return YamlFiles.read(file, problems).map(root -> new TopicsReader(problems).topics(root));
    }

    private Topics topics(YamlMap root) {
        root.allowOnly(Set.of("topics"));
        List<YamlMap> items = root.requiredList("topics", Optional::of);
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            topic(items.get(i), i).ifPresent(topics::add);
        }
        long timeTopics = topics.stream().filter(Topic::isTime).count();
        if (timeTopics > 1) {
            root.report("topics", "only one topic may have the flag 'time'; " + timeTopics + " have it");
        }
        return new Topics(topics);
    }

    private Optional<Topic> topic(YamlMap map, int position) {
        map.allowOnly(FIELDS);
        String id = map.requiredText("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            map.report("id", "'" + id + "' must be lowercase letters, digits and underscores, e.g. day_to_day");
        }
        Integer earlier = id.isEmpty() ? null : idLines.putIfAbsent(id, map.lineOf("id"));
        if (earlier != null) {
            map.report("id", "a topic '" + id + "' already exists at line " + earlier + "; each id may be used once");
        }
        String sectionKey = map.requiredText("section");
        Optional<Section> section = sectionKey.isEmpty() ? Optional.empty() : known(map, "section", sectionKey,
                Section::fromKey, "unknown section '" + sectionKey + "'; use one of: " + String.join(", ", Section.keys()));
        String meaning = map.requiredText("meaning");
        List<String> cues = cues(map, id);
        List<Phrase> examples = map.phrases("examples", false);
        if (examples.size() < MIN_EXAMPLES) {
            map.report("examples", "has " + examples.size() + " example question(s); write at least " + MIN_EXAMPLES
                    + ", each the way someone might ask it in Slack");
        }
        Set<TopicFlag> flags = EnumSet.noneOf(TopicFlag.class);
        for (Phrase flag : map.phrases("flags", false)) {
            TopicFlag.fromKey(flag.text()).ifPresentOrElse(flags::add, () -> problems.add(flag.line(), flag.field(),
                    "unknown flag '" + flag.text() + "'; use one of: "
                            + Arrays.stream(TopicFlag.values()).map(TopicFlag::key).collect(Collectors.joining(", "))));
        }
        Set<PassageKind> strong = passages(map, "strong_passages");
        Set<PassageKind> weak = passages(map, "weak_passages");
        if (id.isEmpty() || section.isEmpty() || meaning.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Topic(id, position, section.get(), meaning, cues, texts(examples), flags,
                texts(map.phrases("signs", false)), strong, weak, words(map, "amount_verbs"),
                words(map, "time_subject_words"), words(map, "amount_suffixes")));
    }

    /** The topic's cues, normalised; a cue with no letters or digits, or claimed already, is reported. */
    private List<String> cues(YamlMap map, String topicId) {
        List<String> cues = new ArrayList<>();
        for (Phrase cue : map.phrases("cues", true)) {
            String normalized = RoleCatalog.normalize(cue.text());
            if (normalized.isEmpty()) {
                problems.add(cue.line(), cue.field(), "'" + cue.text() + "' has no letters or digits, so it can never "
                        + "match; put symbols and emoji under 'signs:'");
                continue;
            }
            Claim claim = cueClaims.putIfAbsent(normalized, new Claim(topicId, cue.line()));
            if (claim == null) {
                cues.add(normalized);
            } else if (claim.topic().equals(topicId)) {
                problems.add(cue.line(), cue.field(), "'" + cue.text() + "' is already a cue of this topic (line "
                        + claim.line() + "); delete one of them");
            } else {
                problems.add(cue.line(), cue.field(), "'" + cue.text() + "' is already a cue of topic '" + claim.topic()
                        + "' (line " + claim.line() + "); a cue may signal only one topic, so keep it in one of them");
            }
        }
        return cues;
    }

    private Set<PassageKind> passages(YamlMap map, String key) {
        Set<PassageKind> kinds = EnumSet.noneOf(PassageKind.class);
        for (Phrase kind : map.phrases(key, false)) {
            PassageKind.fromKey(kind.text()).ifPresentOrElse(kinds::add, () -> problems.add(kind.line(), kind.field(),
                    "unknown passage kind '" + kind.text() + "'; use one of: "
                            + Arrays.stream(PassageKind.values()).map(PassageKind::key).collect(Collectors.joining(", "))));
        }
        return kinds;
    }

    private static <T> Optional<T> known(YamlMap map, String key, String value, Function<String, Optional<T>> lookup,
                                         String problem) {
        Optional<T> found = lookup.apply(value);
        if (found.isEmpty()) {
            map.report(key, problem);
        }
        return found;
    }

    private static List<String> words(YamlMap map, String key) {
        return map.phrases(key, false).stream().map(phrase -> RoleCatalog.normalize(phrase.text()))
                .filter(word -> !word.isEmpty()).toList();
    }

    private static List<String> texts(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::text).toList();
    }
}
