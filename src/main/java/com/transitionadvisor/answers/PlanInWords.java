package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.vocabulary.PlanRequestWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a message that asks for a study plan in words from a question about a guide's timeline, with the cues of
 * {@code plan_requests} in {@code language.yml}. A make cue counts only when a plan word follows it in the same
 * sentence, within {@value #WINDOW} words ("make me a study plan", "I need a roadmap"); a show cue only with
 * "my" before the plan word ("show me my plan"). So "what's the study plan for the first two months?" stays a
 * question for the guides.
 */
final class PlanInWords {
    static final int WINDOW = 8;

    /** What the message asks for. */
    enum Ask { MAKE, SHOW }

    private final List<List<String>> planWords;
    private final List<List<String>> makeCues;
    private final List<List<String>> showCues;

    PlanInWords(PlanRequestWords words) {
        this.planWords = phrases(words.planWords());
        this.makeCues = phrases(words.makeCues());
        this.showCues = phrases(words.showCues());
    }

    Optional<Ask> read(String text) {
        String lower = (text == null ? "" : text).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String sentence : lower.split("[.!?;\\n]+")) {
            List<String> words = words(sentence);
            if (words.size() <= 3 && words.contains("my") && !plansAt(words).isEmpty()) {
                return Optional.of(Ask.SHOW); // "my plan", "my study plan?"
            }
            List<Integer> plans = plansAt(words);
            if (plans.isEmpty()) {
                continue;
            }
            for (int cue : at(words, makeCues)) {
                if (plans.stream().anyMatch(plan -> plan > cue && plan - cue <= WINDOW)) {
                    return Optional.of(Ask.MAKE);
                }
            }
            List<Integer> shows = at(words, showCues);
            for (int plan : plans) {
                boolean mine = plan > 0 && words.get(plan - 1).equals("my")
                        || plan > 1 && words.get(plan - 2).equals("my");
                if (mine && shows.stream().anyMatch(show -> show < plan)) {
                    return Optional.of(Ask.SHOW);
                }
            }
        }
        return Optional.empty();
    }

    private List<Integer> plansAt(List<String> words) {
        return at(words, planWords);
    }

    /** The positions just after each occurrence of any phrase (for plan words: of the phrase's last word). */
    private static List<Integer> at(List<String> words, List<List<String>> phrases) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (List<String> phrase : phrases) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    positions.add(i + phrase.size() - 1);
                }
            }
        }
        return positions;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<List<String>> phrases(List<String> texts) {
        return texts.stream().map(PlanInWords::words).filter(w -> !w.isEmpty()).toList();
    }
}
