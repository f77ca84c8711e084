package com.transitionadvisor.knowledge;

import com.transitionadvisor.knowledge.vocabulary.Conversation;
import com.transitionadvisor.knowledge.vocabulary.GoalWords;
import com.transitionadvisor.knowledge.vocabulary.JobTitles;
import com.transitionadvisor.knowledge.vocabulary.Language;
import com.transitionadvisor.knowledge.vocabulary.MovingWords;
import com.transitionadvisor.knowledge.vocabulary.OutOfScopeWords;
import com.transitionadvisor.knowledge.vocabulary.PlanRequestWords;
import com.transitionadvisor.knowledge.vocabulary.SideCues;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates {@code language.yml}: groups of word lists, every list required. The {@code plan_requests}
 * group may be left out (no plans asked for in words); when it is there, each of its lists is required. Words are kept lower-case;
 * a word written twice in one list, and a clear cue that is neither a from nor a to cue, are reported.
 */
final class LanguageReader {
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("sides", List.of("from_cues", "to_cues", "clear_cues", "separators", "taken_on_before", "team_words", "goal_words_after", "sought_words_after", "own_words_after",
                "own_words_before"));
        GROUPS.put("moving", List.of("starts", "words", "wanting"));
        GROUPS.put("job_titles", List.of("nouns", "abbreviations", "breaks", "certificate_words"));
        GROUPS.put("goals", List.of("before_article", "article_optional", "stop_words", "not_a_goal", "not_wanting_be"));
        GROUPS.put("conversation", List.of("small_talk", "thanks", "not_searched", "hedges", "not_typos", "reverse",
                "set_aside", "set_aside_ends_before", "how_much_asks", "amount_questions", "time_questions",
                "question_joins", "pointers", "alternatives", "choosing", "conditions", "conditions_after",
                "not_a_case_after", "points_ahead", "points_elsewhere", "what_follows", "new_subject", "ordinals",
                "ordinal_last", "ordinal_nouns", "yes_no_openers", "verdicts"));
        GROUPS.put("out_of_scope", List.of("task_openers", "task_requests", "task_softeners", "task_verbs",
                "task_objects", "task_asks", "how_to_verbs", "how_to_about_the_move", "promotion"));
    }

    private static final String PLAN_REQUESTS = "plan_requests";
    private static final List<String> PLAN_REQUEST_FIELDS = List.of("plan_words", "make_cues", "show_cues");

    private LanguageReader() {
    }

    static Optional<Language> read(Path file, ProblemCollector problems) {
        return YamlFiles.read(file, problems).flatMap(root -> language(root, problems));
    }

    private static Optional<Language> language(YamlMap root, ProblemCollector problems) {
        Set<String> groups = new java.util.HashSet<>(GROUPS.keySet());
        groups.add(PLAN_REQUESTS);
        root.allowOnly(groups);
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, List<Phrase>> written = new HashMap<>();
        GROUPS.forEach((group, fields) -> root.requiredMap(group).ifPresent(map -> {
            map.allowOnly(Set.copyOf(fields));
            for (String field : fields) {
                List<Phrase> phrases = map.phrases(field, true);
                written.put(group + "." + field, phrases);
                lists.put(group + "." + field, words(phrases, problems));
            }
        }));
        PlanRequestWords planRequests = root.map(PLAN_REQUESTS).map(map -> {
            map.allowOnly(Set.copyOf(PLAN_REQUEST_FIELDS));
            List<List<String>> read = PLAN_REQUEST_FIELDS.stream().map(field -> words(map.phrases(field, true), problems)).toList();
            return new PlanRequestWords(read.get(0), read.get(1), read.get(2));
        }).orElseGet(PlanRequestWords::none);
        Set<String> sideCues = new java.util.HashSet<>(lists.getOrDefault("sides.from_cues", List.of()));
        sideCues.addAll(lists.getOrDefault("sides.to_cues", List.of()));
        for (Phrase clear : written.getOrDefault("sides.clear_cues", List.of())) {
            if (!sideCues.contains(lower(clear))) {
                problems.add(clear.line(), clear.field(), "'" + clear.text() + "' is neither in sides.from_cues nor in "
                        + "sides.to_cues; add it to the one it belongs to");
            }
        }
        for (String field : List.of("conversation.ordinals", "conversation.ordinal_last", "conversation.ordinal_nouns")) {
            for (Phrase word : written.getOrDefault(field, List.of())) {
                if (word.text().strip().contains(" ")) {
                    problems.add(word.line(), word.field(), "'" + word.text() + "' is more than one word; each entry "
                            + "here is one word (\"first\", \"one\")");
                }
            }
        }
        Set<String> ordinals = Set.copyOf(lists.getOrDefault("conversation.ordinals", List.of()));
        for (Phrase last : written.getOrDefault("conversation.ordinal_last", List.of())) {
            if (ordinals.contains(lower(last))) {
                problems.add(last.line(), last.field(), "'" + last.text() + "' is also in conversation.ordinals; "
                        + "keep it in one of them");
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Language(
                new SideCues(list(lists, "sides.from_cues"), list(lists, "sides.to_cues"),
                        Set.copyOf(list(lists, "sides.clear_cues")), Set.copyOf(list(lists, "sides.separators")),
                        Set.copyOf(list(lists, "sides.taken_on_before")), Set.copyOf(list(lists, "sides.team_words")), Set.copyOf(list(lists, "sides.goal_words_after")),
                        Set.copyOf(list(lists, "sides.sought_words_after")),
                        Set.copyOf(list(lists, "sides.own_words_after")), Set.copyOf(list(lists, "sides.own_words_before"))),
                new MovingWords(Set.copyOf(list(lists, "moving.starts")), Set.copyOf(list(lists, "moving.words")),
                        Set.copyOf(list(lists, "moving.wanting"))),
                new JobTitles(Set.copyOf(list(lists, "job_titles.nouns")), Set.copyOf(list(lists, "job_titles.abbreviations")),
                        Set.copyOf(list(lists, "job_titles.breaks")), Set.copyOf(list(lists, "job_titles.certificate_words"))),
                new GoalWords(list(lists, "goals.before_article"), list(lists, "goals.article_optional"),
                        list(lists, "goals.stop_words"), Set.copyOf(list(lists, "goals.not_a_goal")),
                        Set.copyOf(list(lists, "goals.not_wanting_be"))),
                new Conversation(Set.copyOf(list(lists, "conversation.small_talk")), Set.copyOf(list(lists, "conversation.thanks")),
                        Set.copyOf(list(lists, "conversation.not_searched")), Set.copyOf(list(lists, "conversation.hedges")),
                        Set.copyOf(list(lists, "conversation.not_typos")), list(lists, "conversation.reverse"),
                        list(lists, "conversation.set_aside"), list(lists, "conversation.set_aside_ends_before"),
                        list(lists, "conversation.how_much_asks"), list(lists, "conversation.amount_questions"), list(lists, "conversation.time_questions"),
                        list(lists, "conversation.question_joins"), Set.copyOf(list(lists, "conversation.pointers")),
                        list(lists, "conversation.alternatives"), Set.copyOf(list(lists, "conversation.choosing")),
                        list(lists, "conversation.conditions"), list(lists, "conversation.conditions_after"),
                        Set.copyOf(list(lists, "conversation.not_a_case_after")),
                        list(lists, "conversation.points_ahead"), list(lists, "conversation.points_elsewhere"),
                        list(lists, "conversation.what_follows"), list(lists, "conversation.new_subject"),
                        list(lists, "conversation.ordinals"), Set.copyOf(list(lists, "conversation.ordinal_last")),
                        Set.copyOf(list(lists, "conversation.ordinal_nouns")), list(lists, "conversation.yes_no_openers"),
                        list(lists, "conversation.verdicts")),
                new OutOfScopeWords(list(lists, "out_of_scope.task_openers"), list(lists, "out_of_scope.task_requests"),
                        list(lists, "out_of_scope.task_softeners"), list(lists, "out_of_scope.task_verbs"),
                        list(lists, "out_of_scope.task_objects"), list(lists, "out_of_scope.task_asks"),
                        list(lists, "out_of_scope.how_to_verbs"),
                        list(lists, "out_of_scope.how_to_about_the_move"), list(lists, "out_of_scope.promotion")),
                planRequests));
    }

    /** The list's words in lower case, without repeats (each repeat reported). */
    private static List<String> words(List<Phrase> phrases, ProblemCollector problems) {
        Map<String, Phrase> seen = new LinkedHashMap<>();
        for (Phrase phrase : phrases) {
            Phrase first = seen.putIfAbsent(lower(phrase), phrase);
            if (first != null) {
                problems.add(phrase.line(), phrase.field(), "'" + phrase.text() + "' is already in this list (line "
                        + first.line() + "); delete one of them");
            }
        }
        return List.copyOf(seen.keySet());
    }

    private static String lower(Phrase phrase) {
        return phrase.text().toLowerCase(Locale.ROOT);
    }

    private static List<String> list(Map<String, List<String>> lists, String key) {
        return lists.getOrDefault(key, List.of());
    }
}
