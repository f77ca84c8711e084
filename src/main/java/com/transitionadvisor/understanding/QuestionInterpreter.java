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
            "a former", "ex", "je suis", "je suis un", "soy", "soy un", "vengo de", "viniendo de", "venant de",
            "ich bin", "ich bin ein", "eu sou", "sou", "should a", "should an", "can a", "can an", "could a",
            "could an", "quit", "quit my", "quitting", "quitting my", "leave my", "leaving my", "my current");
    private static final List<String> TO_CUES = List.of("to", "into", "towards", "toward", "become a", "become an",
            "become", "becoming a", "becoming", "be a", "be an", "get into", "getting into", "move to", "move into",
            "switch to", "switch into", "transition to", "transition into", "pivot to", "pivot into", "want",
            "wanting", "want to be a", "want to be an", "land a", "land an", "role as a", "job as a", "job as an", "career in", "career as a",
            "become a junior", "train as a", "retrain as a", "for a", "for", "devenir", "pour devenir", "ser",
            "pasar a", "werden", "vers", "hacia");
    /** Cues that say plainly which side a role is on; the rest ("as a", "for", "want") only suggest it. */
    private static final java.util.Set<String> CLEAR_CUES = java.util.Set.of("from", "i m a", "i m an", "im a", "im an",
            "i am a", "i am an", "i m", "im", "i am", "currently a", "currently an", "work as a", "work as an", "work in",
            "working as a", "working as an", "working in", "coming from", "come from", "leaving", "background in",
            "into", "become a", "become an", "become", "becoming a", "becoming", "get into", "getting into", "move to",
            "move into", "switch to", "switch into", "transition to", "transition into", "pivot to", "pivot into",
            "want to be a", "want to be an", "retrain as a", "train as a", "career in", "career as a", "je suis",
            "soy", "vengo de", "viniendo de", "venant de", "ich bin", "devenir", "pour devenir", "pasar a", "werden");
    private static final java.util.Set<String> SEPARATORS = java.util.Set.of("to", "into", "towards", "toward");
    private static final java.util.Set<String> CERTIFICATE_WORDS = java.util.Set.of("associate", "professional",
            "certification", "certifications", "certificate", "cert", "certs", "exam", "exams", "specialty", "badge");
    private static final Pattern UNKNOWN_GOAL = Pattern.compile(
            "\\b(?:(?:become|becoming|be|retrain as|train as|job as|role as|work as|career as)\\s+(?:an?|the)\\s+"
                    + "|(?:become|becoming|get into|getting into|move into|switch to|switch into|transition to|"
                    + "transition into|pivot to|pivot into|career in)\\s+(?:an?\\s+|the\\s+)?)((?!an?\\b)[a-z][a-z]+(?:\\s+(?!and\\b|or\\b|in\\b|with\\b|at\\b|for\\b|if\\b|"
                    + "when\\b|how\\b|what\\b|instead\\b|please\\b|from\\b|to\\b|after\\b|before\\b|now\\b|"
                    + "i\\b|im\\b|ive\\b|id\\b|ill\\b|its\\b|you\\b|we\\b|they\\b|but\\b|so\\b|because\\b|bc\\b|"
                    + "since\\b|though\\b|also\\b|too\\b|then\\b|yet\\b)[a-z]+)?)");
    /**
     * "to be a …" names a goal only after words that want it ("I want to be a pilot", "wanna be a chef"): "it's going
     * to be a pain", "has to be a priority" and "I used to be a teacher" do not.
     */
    private static final Set<String> NOT_WANTING_BE = Set.of("going", "gonna", "has", "have", "had", "need", "needs",
            "got", "used", "supposed", "ought", "gotta", "would", "will", "might", "could", "it", "its", "that", "this",
            "there", "which", "must", "may", "shall", "should", "cant", "wont");
    private static final Set<String> NOT_A_GOAL = Set.of("better", "good", "great", "more", "faster", "ready",
            "able", "hired", "paid", "promoted", "started", "it", "this", "that", "there", "them", "the", "job", "jobs",
            "something", "someone", "one", "much", "less", "like", "senior", "junior", "lead", "manager",
            "role", "position", "interview", "interviews", "certified", "qualified", "successful", "employed");
    private static final Pattern ARROWS = Pattern.compile("\\s*(?:-+>|=+>|→|⟶|➡️?)\\s*");
    private static final Pattern REVERSE = Pattern.compile(
            "\\b((the )?other (way( (round|around))?|direction)|(the )?opposite( (way|direction))?|reversed?|vice versa|"
                    + "the inverse|flip it|flipped|go(ing)? back|backwards)\\b");
    /** Words that start a phrase of moving between two roles, and the words such a phrase is made of. */
    private static final Set<String> MOVING = Set.of("moving", "move", "moves", "going", "goes", "switching",
            "switch", "switches", "transitioning", "transition", "pivoting", "pivot", "shifting", "shift", "who", "that",
            "wanting", "want", "wants", "looking", "trying", "hoping", "planning", "retraining", "getting", "heading");
    private static final Set<String> WANTING = Set.of("want", "wants", "wanting");
    private static final Set<String> MOVE_WORDS = Set.of("moving", "move", "moves", "going", "goes", "go", "switching",
            "switch", "switches", "transitioning", "transition", "pivoting", "pivot", "shifting", "shift", "who", "that",
            "wanting", "want", "wants", "looking", "trying", "hoping", "planning", "retraining", "getting", "get",
            "heading", "over", "across", "to", "into", "towards", "toward", "become", "becoming", "be", "a", "an", "as");
    /** The last word of a job title ("mobile developer", "QA engineer"), or a title on its own ("SWE"). */
    private static final Set<String> JOB_NOUNS = Set.of("developer", "developers", "dev", "devs", "engineer",
            "engineers", "designer", "manager", "analyst", "scientist", "tester", "admin", "administrator", "architect",
            "consultant", "programmer", "specialist", "technician", "coder", "swe", "sde");
    private static final Set<String> JOB_ABBREVIATIONS = Set.of("swe", "sde");
    /** Words that end a job title when reading back from its last word: articles, cues, "senior". */
    private static final Set<String> TITLE_BREAKS = Set.of("a", "an", "the", "i", "m", "im", "am", "as", "from", "to",
            "into", "my", "our", "your", "and", "or", "of", "for", "is", "be", "been", "being", "was", "with", "at", "in",
            "on", "currently", "now", "senior", "junior", "lead", "principal", "staff", "mid", "level", "former", "ex",
            "not", "but", "so", "also", "just", "still", "work", "working", "years", "here");
    /** Slack's own markup for a person or channel ("<@U07ADV123>"), which says nothing about the question. */
    private static final Pattern SLACK_MENTION = Pattern.compile("<[@#!][^<>\\s]*>");
    /**
     * "I don't care about the salary, just…", "apart from Terraform, …": what follows is set aside, up to the end of
     * the clause, so it neither picks the topic nor the words searched for.
     */
    private static final Pattern SET_ASIDE = Pattern.compile(
            "(?i)\\b(?:don'?t care (?:about|for)|do not care (?:about|for)|not asking about|not interested in|"
                    + "never ?mind|forget about|apart from|aside from|other than|besides)\\s+([^,.;:!?()]*?)"
                    + "(?=\\s*[,.;:!?()]|\\s+(?:just|but|only|what|how|tell|give)\\b|$)");
    /** Words that ask about the guide itself or fill the sentence, never what a passage is about. */
    private static final Set<String> NOT_SEARCHED = Set.of("guide", "guides", "say", "says", "anything", "mention",
            "mentions", "info", "information", "advice", "honestly", "btw", "pls", "plz", "lol", "atm", "tbh", "stuff",
            "bit", "kinda", "sorta", "gonna", "wanna", "yo", "ya", "u", "ur", "ppl", "nah", "yeah", "yep", "hmm", "um",
            "uh", "ok", "okay", "cool", "hey", "even", "actually", "like", "literally", "basically", "asking", "question",
            "look", "looks", "see", "check", "everyone", "everybody", "guys", "team", "teams", "tips", "tip", "pointers",
            "suggestions", "recommendations", "hi", "hello");
    /**
     * A role name followed by one of these is a team's name ("on the platform team"): it places the role no better than
     * having no cue at all, so the person's own role named next to it ("as a cloud eng") comes first.
     */
    private static final Set<String> TEAM_WORDS = Set.of("team", "teams", "squad", "squads", "org", "department",
            "dept", "guild", "crew", "tribe", "chapter", "folks", "people", "colleagues", "side");
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
        String meant = SET_ASIDE.matcher(Abbreviations.expand(SLACK_MENTION.matcher(text).replaceAll(" ")))
                .replaceAll(" ");
        String normalized = normalizedWords(meant);
        List<String> words = normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
        List<RoleMention> found = findMentions(words);
        List<Topic> detected = detectTopics(meant, words, found);
        List<RoleMention> mentions = placed(careerMentions(found, words, detected), words);

        Optional<RoleMention> fromMention = mostCertain(mentions, Side.FROM, Optional.empty());
        Optional<Role> from = fromMention.map(RoleMention::role);
        Optional<RoleMention> toMention = mostCertain(mentions, Side.TO, from);
        Optional<Role> to = toMention.map(RoleMention::role);
        List<Role> unplaced = mentions.stream().map(RoleMention::role)
                .filter(role -> !from.equals(Optional.of(role)) && !to.equals(Optional.of(role))).distinct().toList();
        boolean clearSides = mentions.stream().anyMatch(RoleMention::clear);
        boolean goalGuessed = toMention.isPresent() && !toMention.get().cued();

        String asked = text;
        Optional<String> unknownGoal = to.isPresent() ? Optional.empty()
                : unknownGoal(normalized, mentions, words).map(goal -> asTyped(goal, asked));
        boolean reverse = REVERSE.matcher(normalized).find();
        boolean smallTalk = SMALL_TALK.contains(normalized);
        List<RoleMention> named = mentions.stream()
                .filter(m -> m.side() == Side.UNKNOWN || Optional.of(m.role()).equals(m.side() == Side.FROM ? from : to))
                .toList();
        List<String> searchTexts = new ArrayList<>();
        searchTexts.add(searchText(words, named));
        questionSentence(meant).map(this::searchTextOf).filter(focus -> !focus.equals(searchTexts.get(0)))
                .ifPresent(searchTexts::add);
        boolean outOfScope = OutOfScope.asks(normalized, mentions.stream().map(RoleMention::role).distinct().count());
        Optional<String> unknownStart = from.isPresent() ? Optional.empty()
                : unknownStart(words, mentions).map(start -> asTyped(start, asked));
        return new Question(text, from, to, unplaced, clearSides, goalGuessed, unknownGoal, unknownStart, detected,
                searchTexts, reverse, smallTalk, outOfScope);
    }

    private static String normalizedWords(String text) {
        return RoleCatalog.normalize(ARROWS.matcher(text.replace("'", "").replace("’", "")).replaceAll(" to "));
    }

    /** The role on {@code side} named most firmly (clear wording, then any cue, then left over), first among equals. */
    private static Optional<RoleMention> mostCertain(List<RoleMention> mentions, Side side, Optional<Role> not) {
        return mentions.stream()
                .filter(m -> m.side() == side && !not.equals(Optional.of(m.role())))
                .reduce((best, next) -> next.certainty() > best.certainty() ? next : best);
    }

    /** The words to search for: without the roles the question is about, topic cues, "the other way round" and filler. */
    private String searchText(List<String> words, List<RoleMention> named) {
        String content = topics.withoutCues(withoutMentions(words, named));
        String kept = Arrays.stream(REVERSE.matcher(content).replaceAll(" ").split("\\s+"))
                .filter(word -> !word.isEmpty() && !NOT_SEARCHED.contains(word))
                .collect(Collectors.joining(" "));
        return kept;
    }

    private String searchTextOf(String sentence) {
        List<String> words = Arrays.asList(normalizedWords(sentence).split(" "));
        return searchText(words, findMentions(words));
    }

    /**
     * In a message of several sentences, the one that asks: the last with a question mark, else the last. Context
     * before it ("I've been a Java dev for six years, mostly Spring…") dilutes a search for the whole message.
     */
    private static Optional<String> questionSentence(String text) {
        String[] sentences = text.split("(?<=[.?!])\\s+|\\n+");
        if (sentences.length < 2) {
            return Optional.empty();
        }
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].contains("?")) {
                return Optional.of(sentences[i]);
            }
        }
        return Optional.of(sentences[sentences.length - 1]);
    }

    /** The goal as the person typed it ("Product Manager"), found again in their text; as normalised if it is not. */
    private static String asTyped(String goal, String text) {
        String pattern = Arrays.stream(goal.split(" ")).map(Pattern::quote)
                .collect(Collectors.joining("[^\\p{L}\\p{N}+#]+"));
        Matcher typed = Pattern.compile("(?<![\\p{L}\\p{N}])" + pattern + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return typed.find() ? typed.group() : goal;
    }

    /** Topics of the whole text, and of the text without role names ("why do backend devs move" → "why do move"). */
    private List<Topic> detectTopics(String text, List<String> words, List<RoleMention> mentions) {
        return mentions.isEmpty() ? topics.detect(text) : topics.detect(List.of(text, withoutMentions(words, mentions)));
    }

    /**
     * Drops mentions that are not about careers: role names inside certificate names ("AWS Solutions
     * Architect Associate"), one-word names such as "cloud" with nothing around them that speaks of a move
     * (no cue before them, no topic, no other role): "a poem about clouds" names no role; a one-word name picked from
     * options next to another role ("which cloud should a backend dev learn?" asks about providers); and roles the
     * person says they are not ("I'm not a backend dev, I'm a cloud engineer").
     */
    private static List<RoleMention> careerMentions(List<RoleMention> mentions, List<String> words, List<Topic> topicsFound) {
        List<RoleMention> kept = new ArrayList<>();
        for (RoleMention mention : mentions) {
            boolean inCertificate = (mention.end() < words.size() && CERTIFICATE_WORDS.contains(words.get(mention.end())))
                    || (mention.start() > 0 && CERTIFICATE_WORDS.contains(words.get(mention.start() - 1)));
            boolean loneWord = mention.length() == 1 && mentions.size() == 1 && topicsFound.isEmpty()
                    && cueBefore(words, mention.start()) == Side.UNKNOWN && !askedAbout(words, mention.start());
            boolean chosenThing = mention.length() == 1 && mentions.size() > 1 && mention.start() > 0
                    && (words.get(mention.start() - 1).equals("which") || words.get(mention.start() - 1).equals("what"));
            if (!inCertificate && !loneWord && !chosenThing && !negated(words, mention.start())) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** "what about cloud then?", "how about backend?": a role put forward as the subject of a follow-up. */
    private static boolean askedAbout(List<String> words, int start) {
        return start >= 2 && (words.get(start - 1).equals("about") || words.get(start - 1).equals("for"))
                && (words.get(start - 2).equals("what") || words.get(start - 2).equals("how")
                || words.get(start - 2).equals("and"));
    }

    /** "not a backend dev", "not an SRE", "not backend": the role is what the person is not. */
    private static boolean negated(List<String> words, int start) {
        int before = start - 1;
        if (before >= 0 && (words.get(before).equals("a") || words.get(before).equals("an"))) {
            before--;
        }
        return before >= 0 && (words.get(before).equals("not") || words.get(before).equals("nor"));
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
                    mentions.add(new RoleMention(match.get().role(), start, start + length, Side.UNKNOWN, false, false));
                    Arrays.fill(taken, start, start + length, true);
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }

    /**
     * Decides each mention's side: "X to Y" between two roles settles both; otherwise the cue just before each
     * mention, and a mention without one takes the side the other mention leaves free. A team's name ("I'm on the
     * platform team") is never clear: the person's own role may be named next to it.
     */
    private static List<RoleMention> placed(List<RoleMention> mentions, List<String> words) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            RoleMention first = mentions.get(i);
            RoleMention second = mentions.get(i + 1);
            if (!first.role().equals(second.role()) && second.start() - first.end() == 1
                    && SEPARATORS.contains(words.get(first.end()))) {
                List<RoleMention> result = new ArrayList<>();
                result.add(first.placed(Side.FROM, true, true));
                result.add(second.placed(Side.TO, true, true));
                return result;
            }
        }
        List<RoleMention> result = new ArrayList<>();
        for (RoleMention mention : mentions) {
            Side side = cueBefore(words, mention.start());
            boolean teamName = mention.end() < words.size() && TEAM_WORDS.contains(words.get(mention.end()));
            result.add(mention.placed(side, side != Side.UNKNOWN && !teamName && clearCueBefore(words, mention.start()),
                    side != Side.UNKNOWN && !teamName));
        }
        movingOn(result, words);
        List<Role> distinct = result.stream().map(RoleMention::role).distinct().toList();
        if (distinct.size() >= 2) {
            boolean hasFrom = result.stream().anyMatch(m -> m.side() == Side.FROM);
            boolean hasTo = result.stream().anyMatch(m -> m.side() == Side.TO);
            for (int i = 0; i < result.size(); i++) {
                RoleMention m = result.get(i);
                if (m.side() == Side.UNKNOWN) {
                    Side side = hasFrom && !hasTo ? Side.TO : hasTo && !hasFrom ? Side.FROM
                            : (m.role().equals(result.get(0).role()) ? Side.FROM : Side.TO);
                    result.set(i, m.placed(side, false, false));
                    hasFrom |= side == Side.FROM;
                    hasTo |= side == Side.TO;
                }
            }
        }
        return result;
    }

    /**
     * "a backend developer moving into cloud", "cloud engineers who want to become backend devs", "a cloud engineer
     * wanting backend": a role, a few words of moving, and a role settle both sides, whatever cue stood before the
     * first ("for a backend developer…").
     */
    private static void movingOn(List<RoleMention> mentions, List<String> words) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            RoleMention first = mentions.get(i);
            RoleMention second = mentions.get(i + 1);
            int gap = second.start() - first.end();
            if (first.role().equals(second.role()) || gap < 1 || gap > 4) {
                continue;
            }
            List<String> between = words.subList(first.end(), second.start());
            String last = between.get(gap - 1);
            if (MOVING.contains(between.get(0)) && between.stream().allMatch(MOVE_WORDS::contains)
                    && (SEPARATORS.contains(last) || last.startsWith("becom") || WANTING.contains(last))) {
                mentions.set(i, first.placed(Side.FROM, true, true));
                mentions.set(i + 1, second.placed(Side.TO, true, true));
                return;
            }
        }
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
                    || roles.matchInSentence(firstWord).isPresent() || notWanted(normalized, matcher.start())) {
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

    /**
     * A job title the person gives as where they start that is no role the app knows: "I'm a mobile developer, …",
     * "QA engineer to cloud engineer". A bare "developer" or "engineer" is too vague to be one.
     */
    private static Optional<String> unknownStart(List<String> words, List<RoleMention> mentions) {
        boolean[] inMention = new boolean[words.size()];
        mentions.forEach(m -> Arrays.fill(inMention, m.start(), m.end(), true));
        for (int i = 0; i < words.size(); i++) {
            if (inMention[i] || !JOB_NOUNS.contains(words.get(i))) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 2 && !inMention[start - 1] && !TITLE_BREAKS.contains(words.get(start - 1))) {
                start--;
            }
            boolean abbreviation = JOB_ABBREVIATIONS.contains(words.get(i));
            if (start == i && !abbreviation) {
                continue;
            }
            int next = i + 2;
            boolean leadsToRole = next < words.size() && SEPARATORS.contains(words.get(i + 1))
                    && mentions.stream().anyMatch(m -> m.start() == next);
            if (leadsToRole || cueBefore(words, start) == Side.FROM) {
                return Optional.of(String.join(" ", words.subList(start, i + 1)));
            }
        }
        return Optional.empty();
    }

    /** A goal phrase starting "be a …" at {@code start} that is not wanted: "going to be a pain", "used to be a teacher". */
    private static boolean notWanted(String normalized, int start) {
        if (!normalized.startsWith("be ", start)) {
            return false;
        }
        String[] before = normalized.substring(0, start).strip().split(" ");
        int last = before.length - 1;
        if (last < 0 || before[last].isEmpty()) {
            return true;
        }
        if (before[last].equals("to")) {
            return last > 0 && NOT_WANTING_BE.contains(before[last - 1]);
        }
        return !before[last].equals("wanna");
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
