package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.RoleCatalog;
import com.transitionadvisor.understanding.RoleMention.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Understands everyday phrasing: "I'm a backend dev wanting to get into cloud", "moving from cloud to
 * backend", "I work in cloud and want backend", "and the salary?", "what about the other way round?".
 */
public final class QuestionInterpreter {
    private static final int MAX_INPUT = 2000;
    private static final int LONGEST_ROLE_NAME = 5;
    private static final List<String> FROM_CUES = List.of("from", "i m a", "i m an", "im a", "im an", "i am a",
            "i am an", "i m", "im", "i am", "as a", "as an", "currently a", "currently an", "currently", "work as a",
            "work as an", "work as", "work in", "working as a", "working as an", "working in", "been a", "been an",
            "leaving", "leave", "experienced", "years as a", "years in", "coming from", "come from", "background in",
            "a former", "ex");
    private static final List<String> TO_CUES = List.of("to", "into", "towards", "toward", "become a", "become an",
            "become", "becoming a", "becoming", "be a", "be an", "get into", "getting into", "move to", "move into",
            "switch to", "switch into", "transition to", "transition into", "pivot to", "pivot into", "want",
            "wanting", "want to be a", "want to be an", "land a", "land an", "role as a", "job as a", "job as an", "career in", "career as a",
            "become a junior", "train as a", "retrain as a", "for a", "for");
    /** Cues that say plainly which side a role is on; the rest ("as a", "for", "want") only suggest it. */
    private static final java.util.Set<String> CLEAR_CUES = java.util.Set.of("from", "i m a", "i m an", "im a", "im an",
            "i am a", "i am an", "i m", "im", "i am", "currently a", "currently an", "work as a", "work as an", "work in",
            "working as a", "working as an", "working in", "coming from", "come from", "leaving", "background in",
            "into", "become a", "become an", "become", "becoming a", "becoming", "get into", "getting into", "move to",
            "move into", "switch to", "switch into", "transition to", "transition into", "pivot to", "pivot into",
            "want to be a", "want to be an", "retrain as a", "train as a", "career in", "career as a");
    private static final java.util.Set<String> SEPARATORS = java.util.Set.of("to", "into", "towards", "toward");
    private static final java.util.Set<String> CERTIFICATE_WORDS = java.util.Set.of("associate", "professional",
            "certification", "certifications", "certificate", "cert", "certs", "exam", "exams", "specialty", "badge");
    private static final Pattern UNKNOWN_GOAL = Pattern.compile(
            "\\b(?:(?:become|becoming|be|retrain as|train as|job as|role as|work as|career as)\\s+(?:an?|the)\\s+"
                    + "|(?:become|becoming|get into|getting into|move into|switch to|switch into|transition to|"
                    + "transition into|pivot to|pivot into|career in)\\s+(?:an?\\s+|the\\s+)?)((?!an?\\b)[a-z][a-z]+(?:\\s+(?!and\\b|or\\b|in\\b|with\\b|at\\b|for\\b|if\\b|"
                    + "when\\b|how\\b|what\\b|instead\\b|please\\b|from\\b|to\\b|after\\b|before\\b|now\\b)[a-z]+)?)");
    private static final Set<String> NOT_A_GOAL = Set.of("better", "good", "great", "more", "faster", "ready",
            "able", "hired", "paid", "promoted", "started", "it", "this", "that", "there", "them", "the", "job", "jobs",
            "something", "someone", "one", "much", "less", "like", "senior", "junior", "lead", "manager",
            "role", "position", "interview", "interviews", "certified", "qualified", "successful", "employed");
    private static final Pattern ARROWS = Pattern.compile("\\s*(?:-+>|=+>|→|⟶|➡️?)\\s*");
    private static final Pattern REVERSE = Pattern.compile(
            "\\b(other way (round|around)|reverse|the opposite|opposite direction|vice versa|go(ing)? back|backwards)\\b");
    private static final Set<String> SMALL_TALK = Set.of("hi", "hello", "hey", "hiya", "yo", "thanks", "thank you",
            "thank you so much", "thanks a lot", "cheers", "ok", "okay", "cool", "great", "nice", "good morning",
            "good afternoon", "good evening", "bye", "goodbye", "ta", "ty", "thx", "hi there", "hello there", "sup",
            "morning", "ok thanks", "ok thank you", "great thanks", "perfect", "awesome", "got it");

    private final RoleMatcher roles;
    private final TopicDetector topics;

    public QuestionInterpreter(RoleMatcher roles, TopicDetector topics) {
        this.roles = roles;
        this.topics = topics;
    }

    public Question interpret(String rawText) {
        String text = rawText == null ? "" : rawText.strip();
        if (text.length() > MAX_INPUT) {
            // never half an emoji: the text is echoed to Slack and logged, and a lone surrogate cannot be sent
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_INPUT - 1)) ? MAX_INPUT - 1 : MAX_INPUT);
        }
        String normalized = RoleCatalog.normalize(ARROWS.matcher(text.replace("'", "").replace("’", "")).replaceAll(" to "));
        List<String> words = normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
        List<RoleMention> found = findMentions(words);
        List<Topic> detected = detectTopics(text, words, found);
        List<RoleMention> mentions = placed(careerMentions(found, words, detected), words);

        Optional<Role> from = mentions.stream().filter(m -> m.side() == Side.FROM).map(RoleMention::role).findFirst();
        Optional<Role> to = mentions.stream().filter(m -> m.side() == Side.TO).map(RoleMention::role)
                .filter(role -> from.isEmpty() || !from.get().equals(role)).findFirst();
        List<Role> unplaced = mentions.stream().filter(m -> m.side() == Side.UNKNOWN).map(RoleMention::role)
                .filter(role -> !from.equals(Optional.of(role)) && !to.equals(Optional.of(role))).distinct().toList();
        boolean clearSides = mentions.stream().anyMatch(RoleMention::clear);

        Optional<String> unknownGoal = to.isPresent() ? Optional.empty() : unknownGoal(normalized, mentions, words);
        boolean reverse = REVERSE.matcher(normalized).find();
        boolean smallTalk = SMALL_TALK.contains(normalized);
        String searchText = topics.withoutCues(withoutMentions(words, mentions));
        return new Question(text, from, to, unplaced, clearSides, unknownGoal, detected, searchText, reverse, smallTalk);
    }

    /** Topics of the whole text, and of the text without role names ("why do backend devs move" → "why do move"). */
    private List<Topic> detectTopics(String text, List<String> words, List<RoleMention> mentions) {
        List<Topic> topicsFound = new ArrayList<>(topics.detect(text));
        if (!mentions.isEmpty()) {
            topics.detect(withoutMentions(words, mentions)).stream()
                    .filter(topic -> !topicsFound.contains(topic)).forEach(topicsFound::add);
        }
        return topicsFound;
    }

    /**
     * Drops mentions that are not about careers: role names inside certificate names ("AWS Solutions
     * Architect Associate"), and one-word names such as "cloud" with nothing around them that speaks of a move
     * (no cue before them, no topic, no other role): "a poem about clouds" names no role.
     */
    private static List<RoleMention> careerMentions(List<RoleMention> mentions, List<String> words, List<Topic> topicsFound) {
        List<RoleMention> kept = new ArrayList<>();
        for (RoleMention mention : mentions) {
            boolean inCertificate = (mention.end() < words.size() && CERTIFICATE_WORDS.contains(words.get(mention.end())))
                    || (mention.start() > 0 && CERTIFICATE_WORDS.contains(words.get(mention.start() - 1)));
            boolean loneWord = mention.length() == 1 && mentions.size() == 1 && topicsFound.isEmpty()
                    && cueBefore(words, mention.start()) == Side.UNKNOWN;
            if (!inCertificate && !loneWord) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** Longest role names first, so "cloud engineer" wins over "cloud"; mentions never overlap. */
    private List<RoleMention> findMentions(List<String> words) {
        boolean[] taken = new boolean[words.size()];
        List<RoleMention> mentions = new ArrayList<>();
        for (int length = Math.min(LONGEST_ROLE_NAME, words.size()); length >= 1; length--) {
            for (int start = 0; start + length <= words.size(); start++) {
                if (anyTaken(taken, start, start + length)) {
                    continue;
                }
                String phrase = String.join(" ", words.subList(start, start + length));
                Optional<RoleMatch> match = roles.matchInSentence(phrase);
                if (match.isPresent()) {
                    mentions.add(new RoleMention(match.get().role(), start, start + length, Side.UNKNOWN, false));
                    Arrays.fill(taken, start, start + length, true);
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }

    /**
     * Decides each mention's side: "X to Y" between two roles settles both; otherwise the cue just before each
     * mention, and a mention without one takes the side the other mention leaves free.
     */
    private static List<RoleMention> placed(List<RoleMention> mentions, List<String> words) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            RoleMention first = mentions.get(i);
            RoleMention second = mentions.get(i + 1);
            if (!first.role().equals(second.role()) && second.start() - first.end() == 1
                    && SEPARATORS.contains(words.get(first.end()))) {
                List<RoleMention> result = new ArrayList<>();
                result.add(first.placed(Side.FROM, true));
                result.add(second.placed(Side.TO, true));
                return result;
            }
        }
        List<RoleMention> result = new ArrayList<>();
        for (RoleMention mention : mentions) {
            Side side = cueBefore(words, mention.start());
            result.add(mention.placed(side, side != Side.UNKNOWN && clearCueBefore(words, mention.start())));
        }
        List<Role> distinct = result.stream().map(RoleMention::role).distinct().toList();
        if (distinct.size() >= 2) {
            boolean hasFrom = result.stream().anyMatch(m -> m.side() == Side.FROM);
            boolean hasTo = result.stream().anyMatch(m -> m.side() == Side.TO);
            for (int i = 0; i < result.size(); i++) {
                RoleMention m = result.get(i);
                if (m.side() == Side.UNKNOWN) {
                    Side side = hasFrom && !hasTo ? Side.TO : hasTo && !hasFrom ? Side.FROM
                            : (m.role().equals(result.get(0).role()) ? Side.FROM : Side.TO);
                    result.set(i, m.placed(side, false));
                    hasFrom |= side == Side.FROM;
                    hasTo |= side == Side.TO;
                }
            }
        }
        return result;
    }

    private static boolean clearCueBefore(List<String> words, int start) {
        String before = " " + String.join(" ", words.subList(Math.max(0, start - 6), start)) + " ";
        return cueScore(before, List.copyOf(CLEAR_CUES)) >= Math.max(cueScore(before, FROM_CUES), cueScore(before, TO_CUES));
    }

    private static Side cueBefore(List<String> words, int start) {
        String before = " " + String.join(" ", words.subList(Math.max(0, start - 6), start)) + " ";
        int fromScore = cueScore(before, FROM_CUES);
        int toScore = cueScore(before, TO_CUES);
        if (fromScore == toScore) {
            return Side.UNKNOWN;
        }
        return fromScore > toScore ? Side.FROM : Side.TO;
    }

    /** The closest cue that ends within a couple of words of the mention wins; a longer cue beats a shorter one. */
    private static int cueScore(String before, List<String> cues) {
        int best = -1;
        for (String cue : cues) {
            int at = before.lastIndexOf(" " + cue + " ");
            int end = at + cue.length() + 2;
            if (at >= 0 && end >= before.length() - 12) {
                best = Math.max(best, end * 100 + cue.length());
            }
        }
        return best;
    }

    private Optional<String> unknownGoal(String normalized, List<RoleMention> mentions, List<String> words) {
        Matcher matcher = UNKNOWN_GOAL.matcher(normalized);
        while (matcher.find()) {
            String goal = matcher.group(1).strip();
            String firstWord = goal.split(" ")[0];
            if (NOT_A_GOAL.contains(firstWord) || roles.matchInSentence(goal).isPresent()
                    || roles.matchInSentence(firstWord).isPresent()) {
                continue;
            }
            boolean coveredByMention = mentions.stream().anyMatch(m ->
                    String.join(" ", words.subList(m.start(), m.end())).contains(firstWord));
            if (!coveredByMention) {
                return Optional.of(goal);
            }
        }
        return Optional.empty();
    }

    private static String withoutMentions(List<String> words, List<RoleMention> mentions) {
        boolean[] drop = new boolean[words.size()];
        mentions.forEach(m -> Arrays.fill(drop, m.start(), m.end(), true));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!drop[i]) {
                kept.add(words.get(i));
            }
        }
        return kept.stream().collect(Collectors.joining(" "));
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
