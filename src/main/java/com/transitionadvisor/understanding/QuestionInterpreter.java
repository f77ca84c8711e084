package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.RoleCatalog;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.Conversation;
import com.transitionadvisor.knowledge.vocabulary.GoalWords;
import com.transitionadvisor.knowledge.vocabulary.JobTitles;
import com.transitionadvisor.knowledge.vocabulary.Language;
import com.transitionadvisor.knowledge.vocabulary.MovingWords;
import com.transitionadvisor.knowledge.vocabulary.SideCues;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import com.transitionadvisor.understanding.RoleMention.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** A message opens another subject with one of the words of {@code conversation.new_subject} among its first ones. */
    private static final int OPENING_WORDS = 3;
    private static final Pattern ARROWS = Pattern.compile("\\s*(?:-+>|=+>|→|⟶|➡️?)\\s*");
    /** Slack's own markup for a person or channel ("<@U07ADV123>"), which says nothing about the question. */
    /** Slack's markup for mentions ({@code <@U123>}, {@code <!here>}) and emoji typed as {@code :wave:}. */
    private static final Pattern SLACK_MENTION = Pattern.compile("<[@#!][^<>\\s]*>|:[a-z0-9_+'-]+:");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[,.;!?]+");
    /** A longer run of small-talk words is likely a sentence that says something ("that makes it so much better"). */
    private static final int SMALL_TALK_WORDS = 5;
    /** A question before its case has a few words at least ("is it worth it if …"). */
    private static final int MIN_WORDS_BEFORE_A_CASE = 3;
    /** Where a case after its question ends: the end of its clause. */
    private static final Pattern CASE_END = Pattern.compile("[,;.!?]\\s+\\S");
    /** What ends a clause set aside: punctuation, or the end of the message. */
    private static final String CLAUSE_END = "\\s*[,.;:!?()]";
    private static final String GOAL_WORD = "[a-z][a-z]+";

    private final RoleMatcher roles;
    private final TopicDetector topics;
    private final SideCues sides;
    private final MovingWords moving;
    private final JobTitles jobTitles;
    private final GoalWords goals;
    private final Conversation conversation;
    private final Abbreviations abbreviations;
    private final ChatSpellings spellings;
    /** The words of the small-talk phrases: "ok cool thanks", "thanks so much team" are small talk too. */
    private final Set<String> smallTalkWords;
    /** The yes-or-no openers and the verdicts, in the form a message takes once its words are normalised. */
    private final List<String> yesNoOpeners;
    private final List<String> verdicts;
    private final OutOfScope scope;
    /** Cues that say plainly which side a role is on; the rest ("as a", "for", "want") only suggest it. */
    private final List<String> clearCues;
    /** "become a pilot", "get into teaching": a goal named after a phrase of wanting it. */
    private final Pattern unknownGoal;
    /** "the other way round", "vice versa": the opposite direction of the move. */
    private final Pattern otherWay;
    /**
     * "I don't care about the salary, just…", "apart from Terraform, …": what follows is set aside, up to the end of
     * the clause, so it neither picks the topic nor the words searched for.
     */
    private final Pattern setAside;
    /** "… if I keep my job": a word that opens the case a question is asked for, after the question. */
    private final Pattern conditionAfter;

    /** @param topics a detector over the same vocabulary */
    public QuestionInterpreter(RoleMatcher roles, TopicDetector topics, Vocabulary vocabulary) {
        this.roles = roles;
        this.topics = topics;
        Language language = vocabulary.language();
        this.sides = language.sides();
        this.moving = language.moving();
        this.jobTitles = language.jobTitles();
        this.goals = language.goals();
        this.conversation = language.conversation();
        this.abbreviations = new Abbreviations(vocabulary.abbreviations());
        this.spellings = new ChatSpellings(vocabulary.spellings());
        this.smallTalkWords = conversation.smallTalk().stream().flatMap(phrase -> Arrays.stream(phrase.split(" ")))
                .collect(Collectors.toUnmodifiableSet());
        this.yesNoOpeners = conversation.yesNoOpeners().stream().map(QuestionInterpreter::normalizedWords).toList();
        this.verdicts = conversation.verdicts().stream().map(QuestionInterpreter::normalizedWords).toList();
        this.scope = new OutOfScope(language.outOfScope());
        this.clearCues = List.copyOf(sides.clearCues());
        this.unknownGoal = Pattern.compile("\\b(?:" + WordPatterns.anyOf(goals.beforeArticle()) + "\\s+(?:an?|the)\\s+"
                + "|" + WordPatterns.anyOf(goals.articleOptional()) + "\\s+(?:an?\\s+|the\\s+)?)((?!an?\\b)" + GOAL_WORD
                + "(?:\\s+(?!" + WordPatterns.anyOf(goals.stopWords()) + "\\b)[a-z]+)?)");
        this.otherWay = Pattern.compile("\\b" + WordPatterns.anyOfLongestFirst(conversation.reverse()) + "\\b");
        String setAsidePhrases = conversation.setAside().stream()
                .map(phrase -> Pattern.quote(phrase).replace("'", "\\E'?\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
        this.conditionAfter = Pattern.compile("(?i)(?<=\\s)" + WordPatterns.anyOf(conversation.conditionsAfter()) + "\\b");
        this.setAside = Pattern.compile("(?i)\\b" + setAsidePhrases + "\\s+([^,.;:!?()]*?)(?=" + CLAUSE_END
                + "|\\s+" + WordPatterns.anyOf(conversation.setAsideEndsBefore()) + "\\b|$)");
    }

    /** The text without Slack's markup for people and channels ("<@U07ADV123>"), which says nothing about a question. */
    public static String withoutSlackMarkup(String text) {
        return SLACK_MENTION.matcher(text).replaceAll(" ");
    }

    /** What a sentence model should read of a question: its words spelled out, without Slack's markup. */
    public String readable(String text) {
        return spellings.spelledOut(withoutSlackMarkup(text)).strip();
    }

    /** Whether {@code text} (a passage of a guide) speaks of {@code topic}, in the words of the topic's cues. */
    public boolean speaksOf(String text, Topic topic) {
        return topics.detect(text).contains(topic);
    }

    public Question interpret(String rawText) {
        String text = rawText == null ? "" : rawText.strip();
        if (text.length() > MAX_INPUT) {
            // never half an emoji: the text is echoed to Slack and logged, and a lone surrogate cannot be sent
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_INPUT - 1)) ? MAX_INPUT - 1 : MAX_INPUT);
        }
        String meant = setAside.matcher(abbreviations.expand(spellings.spelledOut(withoutSlackMarkup(text))))
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
        boolean clearStart = fromMention.filter(RoleMention::clear).isPresent();
        boolean goalGuessed = toMention.isPresent() && !toMention.get().cued();

        String asked = text;
        Optional<String> unknownGoal = to.isPresent() ? Optional.empty()
                : unknownGoal(normalized, mentions, words).map(goal -> asTyped(goal, asked));
        boolean reverse = otherWay.matcher(normalized).find();
        boolean smallTalk = smallTalk(meant);
        List<RoleMention> named = mentions.stream()
                .filter(m -> m.side() == Side.UNKNOWN || Optional.of(m.role()).equals(m.side() == Side.FROM ? from : to))
                .toList();
        List<String> searchTexts = new ArrayList<>();
        searchTexts.add(searchText(words, named));
        // "i write lambdas already. does that count for anything?": a question that points back is about the rest
        questionSentence(meant).filter(sentence -> !pointsBack(sentence)).map(this::searchTextOf)
                .filter(focus -> !focus.equals(searchTexts.get(0))).ifPresent(searchTexts::add);
        boolean outOfScope = scope.asks(normalized, mentions.stream().map(RoleMention::role).distinct().count());
        Optional<String> unknownStart = from.isPresent() ? Optional.empty()
                : unknownStart(words, mentions).map(start -> asTyped(start, asked));
        return new Question(text, from, to, unplaced, clearSides, clearStart, goalGuessed, unknownGoal, unknownStart, detected,
                searchTexts, reverse, smallTalk, outOfScope, parts(meant), pointsBack(words), compared(words, mentions), condition(meant).or(() -> conditionAfter(meant)));
    }

    /**
     * The questions of a message that asks two things about different subjects ("how long does it take and which
     * cert should I do first?"), each with its own topic; none when it asks one thing ("networking and Terraform?").
     */
    private List<String> parts(String meant) {
        List<String> sentences = SENTENCE_BREAK.splitAsStream(meant).map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> parts = new ArrayList<>();
        for (String sentence : sentences) {
            parts.addAll(joinedQuestions(sentence));
        }
        // what comes before the first part with a topic only sets the scene ("hii, cloud engineer (azure, 3yrs).")
        List<String> asking = parts.stream().dropWhile(part -> topics.detect(part).isEmpty()).toList();
        List<Section> subjects = asking.stream().map(part -> topics.detect(part).stream().findFirst().map(Topic::section))
                .flatMap(Optional::stream).distinct().toList();
        boolean eachHasItsOwn = asking.size() >= 2 && subjects.size() == asking.size();
        return eachHasItsOwn ? asking : List.of();
    }

    /** A sentence cut where a join word starts a second question with a topic of its own. */
    private List<String> joinedQuestions(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String join : conversation.questionJoins()) {
            int at = lower.indexOf(" " + join + " ");
            if (at > 0) {
                String first = sentence.substring(0, at).strip();
                String second = sentence.substring(at + join.length() + 2).strip();
                List<Topic> firstTopics = topics.detect(first);
                List<Topic> secondTopics = topics.detect(second);
                if (!firstTopics.isEmpty() && !secondTopics.isEmpty() && !firstTopics.get(0).equals(secondTopics.get(0))) {
                    return List.of(first, second);
                }
            }
        }
        return List.of(sentence);
    }

    /**
     * The case a question is asked for, when it is set apart from the question by a comma ("if I already know
     * Docker, how long will it take?" asks how long, for someone who knows Docker).
     */
    private Optional<Question.Case> condition(String meant) {
        String[] clauses = meant.split(",", 2);
        if (clauses.length < 2 || clauses[1].isBlank()) {
            return Optional.empty();
        }
        String first = normalizedWords(clauses[0]);
        return conversation.conditions().stream().anyMatch(word -> first.startsWith(word + " "))
                ? Optional.of(new Question.Case(clauses[0].strip(), clauses[1].strip())) : Optional.empty();
    }

    /**
     * The case a question names after it asks ("what's the timeline for cloud → backend if I keep my job?"): the
     * question before the condition word (and after the case's clause, if more follows), the case up to the end of
     * its clause. Not after a word that makes the condition part of the question ("what if I hate it?", "even if").
     */
    private Optional<Question.Case> conditionAfter(String meant) {
        Matcher opens = conditionAfter.matcher(meant);
        while (opens.find()) {
            String before = meant.substring(0, opens.start()).strip();
            String beforeWords = normalizedWords(before);
            if (beforeWords.isEmpty() || conversation.notACaseAfter().contains(beforeWords.substring(beforeWords.lastIndexOf(' ') + 1))) {
                continue;
            }
            Matcher clauseEnd = CASE_END.matcher(meant);
            int end = clauseEnd.find(opens.end()) ? clauseEnd.start() : meant.length();
            String condition = meant.substring(opens.start(), end).strip();
            String asked = (before + meant.substring(end)).strip();
            if (beforeWords.split(" ").length >= MIN_WORDS_BEFORE_A_CASE && wordCount(condition) > 1
                    && asksOnItsOwn(asked, condition)) {
                return Optional.of(new Question.Case(condition, asked));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words before a case ask something of their own: they name the move ("what's the timeline for
     * cloud → backend"), and the case does not bring the only topic ("is it worth it if the pay drops?" asks about
     * pay). "Is it hard to learn" or "is Terraform difficult" are asked with their case as one question ("… if I
     * already code in Go?"), which one passage may answer as a whole.
     */
    private boolean asksOnItsOwn(String asked, String condition) {
        List<String> words = Arrays.asList(normalizedWords(asked).split(" "));
        boolean ownTopic = topics.detect(asked).stream().anyMatch(topic -> !topic.isGeneric());
        boolean caseTopic = topics.detect(condition).stream().anyMatch(topic -> !topic.isGeneric());
        return !pointsBack(words) && !findMentions(words).isEmpty() && (ownTopic || !caseTopic);
    }

    private static int wordCount(String text) {
        String words = normalizedWords(text);
        return words.isEmpty() ? 0 : words.split(" ").length;
    }

    /**
     * The two things a question compares, the words either side of "or" ("docker or kubernetes"), roles aside, in a
     * message with a word of choosing ("which is harder, …", "vs").
     */
    private List<String> compared(List<String> words, List<RoleMention> mentions) {
        boolean[] role = new boolean[words.size()];
        mentions.forEach(m -> Arrays.fill(role, m.start(), m.end(), true));
        boolean choosing = words.stream().anyMatch(conversation.choosing()::contains);
        for (int i = 1; i + 1 < words.size(); i++) {
            if (choosing && conversation.alternatives().contains(words.get(i)) && !role[i - 1] && !role[i + 1]) {
                return List.of(words.get(i - 1), words.get(i + 1));
            }
        }
        return List.of();
    }

    /** Whether the message opens on another subject ("btw, is it going to rain?"), whatever was asked before it. */
    public boolean opensNewSubject(String text) {
        String[] words = normalizedWords(text).split(" ");
        return hasPhrase(String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, OPENING_WORDS))),
                conversation.newSubject());
    }

    /** Whether a follow-up asks for what comes after what was just shown ("and after that phase?"). */
    public boolean asksWhatFollows(String text) {
        return hasPhrase(text, conversation.whatFollows());
    }

    /**
     * Whether the question wants a yes or a no: one of its sentences opens that way ("is it true I'd take a pay cut?",
     * "cloud eng here, do I really need SQL?"), not "what do I need to learn?".
     */
    public boolean asksYesOrNo(String text) {
        return SENTENCE_BREAK.splitAsStream(text).map(part -> normalizedWords(part) + " ")
                .anyMatch(words -> yesNoOpeners.stream().anyMatch(opener -> words.startsWith(opener + " ")));
    }

    /** Whether a guide's text opens by saying yes or no ("Usually yes, at least at first."). */
    public boolean opensWithAVerdict(String text) {
        String words = normalizedWords(text) + " ";
        return verdicts.stream().anyMatch(verdict -> words.startsWith(verdict + " "));
    }

    /**
     * The item of the list just shown that the text points at by its place ("how do I close the first one?", "the
     * last one"): an ordinal word before a word that stands for an item.
     */
    public Optional<ListPlace> itemPointedAt(String text) {
        List<String> words = Arrays.asList(normalizedWords(text).split(" "));
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!conversation.ordinalNouns().contains(words.get(i + 1))) {
                continue;
            }
            int counted = conversation.ordinals().indexOf(words.get(i));
            if (counted >= 0) {
                return Optional.of(ListPlace.fromStart(counted));
            }
            if (conversation.ordinalLast().contains(words.get(i))) {
                return Optional.of(ListPlace.last());
            }
        }
        return Optional.empty();
    }

    /** Whether a guide's passage points at the part of its section after it ("use the template below"). */
    public boolean pointsAhead(String passageText) {
        return hasPhrase(passageText, conversation.pointsAhead());
    }

    /** Whether a guide's passage points at another part of its section ("expect both of these questions"). */
    public boolean pointsElsewhere(String passageText) {
        return hasPhrase(passageText, conversation.pointsElsewhere());
    }

    private static boolean hasPhrase(String text, Collection<String> phrases) {
        String words = " " + normalizedWords(text) + " ";
        return phrases.stream().anyMatch(phrase -> words.contains(" " + phrase + " "));
    }

    /** Whether small talk thanks ("cool, ty 🙏", "cheers!"), so it is answered as thanks, not as a greeting. */
    public boolean thanks(String text) {
        return hasPhrase(text, conversation.thanks());
    }

    /** Only greetings and thanks, perhaps several ("cheers, that helps a lot 🙏"): nothing to answer. */
    private boolean smallTalk(String meant) {
        List<String> parts = SENTENCE_BREAK.splitAsStream(meant).map(QuestionInterpreter::normalizedWords)
                .filter(part -> !part.isEmpty()).toList();
        boolean everyPart = parts.stream().allMatch(part -> conversation.smallTalk().contains(part) || madeOfSmallTalkWords(part));
        boolean oneSaysIt = parts.stream().anyMatch(part -> conversation.smallTalk().contains(part)
                || Arrays.stream(part.split(" ")).anyMatch(conversation.smallTalk()::contains));
        return !parts.isEmpty() && everyPart && oneSaysIt;
    }

    /**
     * Only words of small talk, and short: with one part that is small talk on its own ("thanks, that's really
     * helpful", "ok cool thanks"), the whole message is.
     */
    private boolean madeOfSmallTalkWords(String part) {
        List<String> words = Arrays.asList(part.split(" "));
        return words.size() <= SMALL_TALK_WORDS && words.stream().allMatch(smallTalkWords::contains)
                || madeOfSmallTalkPhrases(words);
    }

    /** Whole phrases of small talk one after another, however long ("cat on the keyboard thanks anyway"). */
    private boolean madeOfSmallTalkPhrases(List<String> words) {
        boolean[] reachable = new boolean[words.size() + 1];
        reachable[0] = true;
        for (int start = 0; start < words.size(); start++) {
            if (!reachable[start]) {
                continue;
            }
            for (int end = start + 1; end <= words.size(); end++) {
                if (conversation.smallTalk().contains(String.join(" ", words.subList(start, end)))) {
                    reachable[end] = true;
                }
            }
        }
        return reachable[words.size()];
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
        String kept = Arrays.stream(otherWay.matcher(content).replaceAll(" ").split("\\s+"))
                .filter(word -> !word.isEmpty() && !conversation.notSearched().contains(word))
                .collect(Collectors.joining(" "));
        return kept;
    }

    private boolean pointsBack(String sentence) {
        return pointsBack(Arrays.asList(normalizedWords(sentence).split(" ")));
    }

    /** Whether the words point back at what was just said ("how do I fix that?", "which of these"). */
    private boolean pointsBack(List<String> words) {
        return words.stream().anyMatch(conversation.pointers()::contains);
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
    private List<RoleMention> careerMentions(List<RoleMention> mentions, List<String> words, List<Topic> topicsFound) {
        List<RoleMention> kept = new ArrayList<>();
        for (RoleMention mention : mentions) {
            boolean inCertificate = (mention.end() < words.size() && jobTitles.certificateWords().contains(words.get(mention.end())))
                    || (mention.start() > 0 && jobTitles.certificateWords().contains(words.get(mention.start() - 1)));
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
    private List<RoleMention> placed(List<RoleMention> mentions, List<String> words) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            RoleMention first = mentions.get(i);
            RoleMention second = mentions.get(i + 1);
            int gap = second.start() - first.end();
            // "hire a cloud engineer as a backend dev", but not "is cloud hard as a backend dev?" nor "does it matter
            // for cloud eng as a backend dev?", where a cue before the first role places it
            boolean separated = gap == 1 || (gap == 2 && first.start() > 0
                    && sides.takenOnBefore().contains(words.get(first.start() - 1))
                    && cueBefore(words, first.start()) == Side.UNKNOWN);
            if (!first.role().equals(second.role()) && separated
                    && sides.separators().contains(String.join(" ", words.subList(first.end(), second.start())))) {
                List<RoleMention> result = new ArrayList<>();
                result.add(first.placed(Side.FROM, true, true));
                result.add(second.placed(Side.TO, true, true));
                return result;
            }
        }
        List<RoleMention> result = new ArrayList<>();
        for (RoleMention mention : mentions) {
            Side side = cueBefore(words, mention.start());
            boolean teamName = mention.end() < words.size() && sides.teamWords().contains(words.get(mention.end()));
            result.add(mention.placed(side, side != Side.UNKNOWN && !teamName && clearCueBefore(words, mention.start()),
                    side != Side.UNKNOWN && !teamName));
        }
        movingOn(result, words);
        movingAway(result, words);
        oneRolePerSide(result, words);
        List<Role> distinct = result.stream().map(RoleMention::role).distinct().toList();
        if (distinct.size() >= 2 && !onlyNamesSideBySide(result)) {
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
     * Whether the roles are only names side by side with no cue for either ("the devops/sre one"): one thing named
     * two ways, not a move from the first to the second.
     */
    private static boolean onlyNamesSideBySide(List<RoleMention> mentions) {
        boolean noneCued = mentions.stream().allMatch(m -> m.side() == Side.UNKNOWN);
        boolean sideBySide = true;
        for (int i = 0; i + 1 < mentions.size(); i++) {
            sideBySide &= mentions.get(i).end() == mentions.get(i + 1).start();
        }
        return noneCued && sideBySide;
    }

    /**
     * "a backend developer moving into cloud", "cloud engineers who want to become backend devs", "a cloud engineer
     * wanting backend": a role, a few words of moving, and a role settle both sides, whatever cue stood before the
     * first ("for a backend developer…").
     */
    private void movingOn(List<RoleMention> mentions, List<String> words) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            RoleMention first = mentions.get(i);
            RoleMention second = mentions.get(i + 1);
            int gap = second.start() - first.end();
            if (first.role().equals(second.role()) || gap < 1 || gap > 4) {
                continue;
            }
            List<String> between = words.subList(first.end(), second.start());
            if (between.size() > 1 && sides.teamWords().contains(between.get(0))) {
                // "backend folks moving into cloud": the people of a role, moving
                between = between.subList(1, between.size());
            }
            String last = between.get(between.size() - 1);
            boolean phrase = between.size() == 1 || between.stream().skip(1).allMatch(moving.words()::contains);
            if (moving.starts().contains(between.get(0)) && phrase && (between.size() == 1 || sides.separators().contains(last)
                    || last.startsWith("becom") || moving.wanting().contains(last))) {
                mentions.set(i, first.placed(Side.FROM, true, true));
                mentions.set(i + 1, second.placed(Side.TO, true, true));
                return;
            }
        }
    }

    /**
     * "a cloud engineer switching over", "cloud eng moving over", "backend folks going cloud": a role followed by
     * words of moving, with no other role settled by them, is the role the person moves away from; one followed by
     * "role" or "job" ("useful for a cloud role?") is the one wanted.
     */
    private void movingAway(List<RoleMention> mentions, List<String> words) {
        for (int i = 0; i < mentions.size(); i++) {
            RoleMention mention = mentions.get(i);
            if (mention.clear()) {
                continue;
            }
            int next = mention.end();
            String after = next < words.size() ? words.get(next) : "";
            if (sides.soughtWordsAfter().contains(after)) {
                // "my backend interview" is the interview for the role wanted
                mentions.set(i, mention.placed(Side.TO, false, true));
                continue;
            }
            boolean own = mention.start() > 0 && sides.ownWordsBefore().contains(words.get(mention.start() - 1))
                    && !sides.teamWords().contains(after);
            if (own || sides.ownWordsAfter().contains(after)) {
                // as plain as "I'm a …": the role is the person's own
                mentions.set(i, mention.placed(Side.FROM, true, true));
                continue;
            }
            if (sides.goalWordsAfter().contains(after)) {
                mentions.set(i, mention.placed(Side.TO, false, true));
                continue;
            }
            if (next < words.size() && sides.teamWords().contains(words.get(next))) {
                next++;
            }
            if (next < words.size() && moving.starts().contains(words.get(next))) {
                mentions.set(i, mention.placed(Side.FROM, false, true));
            }
        }
    }

    /**
     * Two different roles placed on the same side ("when a backend engineer applies for cloud engineering roles":
     * "for" before the first, "roles" after the second): the one its next word settles keeps the side, and the
     * others are left for the side still free.
     */
    private void oneRolePerSide(List<RoleMention> mentions, List<String> words) {
        Set<Side> placedSides = mentions.stream().map(RoleMention::side).filter(side -> side != Side.UNKNOWN)
                .collect(Collectors.toSet());
        if (placedSides.size() != 1 || mentions.stream().map(RoleMention::role).distinct().count() < 2) {
            return;
        }
        Side side = placedSides.iterator().next();
        Optional<RoleMention> settled = mentions.stream().filter(m -> !m.clear() && settledByNextWord(m, words)).findFirst()
                .or(() -> mentions.stream().filter(RoleMention::clear).findFirst())
                .or(() -> longestCue(mentions, words, side));
        settled.ifPresent(keeper -> mentions.replaceAll(m -> m.role().equals(keeper.role()) || m.clear() ? m
                : m.placed(Side.UNKNOWN, false, false)));
    }

    /**
     * Of mentions on one side by the cues before them, the one whose cue says more ("what I do now as a cloud
     * engineer" beside "a day as a backend dev"); none when two cues are alike.
     */
    private Optional<RoleMention> longestCue(List<RoleMention> mentions, List<String> words, Side side) {
        List<String> cues = side == Side.FROM ? sides.fromCues() : sides.toCues();
        Map<Role, Integer> longestByRole = new HashMap<>();
        Map<Role, RoleMention> mentionByRole = new HashMap<>();
        for (RoleMention mention : mentions.stream().filter(m -> m.side() == side).toList()) {
            int length = cueLength(wordsBefore(words, mention.start()), cues);
            if (length > longestByRole.getOrDefault(mention.role(), -1)) {
                longestByRole.put(mention.role(), length);
                mentionByRole.put(mention.role(), mention);
            }
        }
        int longest = longestByRole.values().stream().max(Integer::compare).orElse(0);
        List<Role> best = longestByRole.entrySet().stream().filter(e -> e.getValue() == longest).map(Map.Entry::getKey).toList();
        return best.size() == 1 ? Optional.of(mentionByRole.get(best.get(0))) : Optional.empty();
    }

    private boolean settledByNextWord(RoleMention mention, List<String> words) {
        int next = mention.end();
        return (next < words.size() && (sides.goalWordsAfter().contains(words.get(next))
                || sides.soughtWordsAfter().contains(words.get(next)) || sides.ownWordsAfter().contains(words.get(next))))
                || (mention.start() > 0 && sides.ownWordsBefore().contains(words.get(mention.start() - 1)));
    }

    private boolean clearCueBefore(List<String> words, int start) {
        String before = wordsBefore(words, start);
        return cueScore(before, clearCues) >= Math.max(cueScore(before, sides.fromCues()), cueScore(before, sides.toCues()));
    }

    private Side cueBefore(List<String> words, int start) {
        String before = wordsBefore(words, start);
        int fromScore = cueScore(before, sides.fromCues());
        int toScore = cueScore(before, sides.toCues());
        if (fromScore == toScore) {
            return Side.UNKNOWN;
        }
        return fromScore > toScore ? Side.FROM : Side.TO;
    }

    /** The closest cue that ends within a couple of words of the mention wins; a longer cue beats a shorter one. */
    private static int cueScore(String before, List<String> cues) {
        int best = -1;
        for (String cue : cues) {
            int end = cueEnd(before, cue);
            if (end >= 0) {
                best = Math.max(best, end * 100 + cue.length());
            }
        }
        return best;
    }

    /** Where the cue's last occurrence ends in {@code before}, when it ends within a couple of words of the mention; else -1. */
    private static int cueEnd(String before, String cue) {
        int at = before.lastIndexOf(" " + cue + " ");
        int end = at + cue.length() + 2;
        return at >= 0 && end >= before.length() - 12 ? end : -1;
    }

    /** The up to six words before {@code start}, each side padded with a space, for cues to be found in. */
    private static String wordsBefore(List<String> words, int start) {
        return " " + String.join(" ", words.subList(Math.max(0, start - 6), start)) + " ";
    }

    /** The length of the longest cue that ends within a couple of words of the mention; -1 when none does. */
    private static int cueLength(String before, List<String> cues) {
        return cues.stream().filter(cue -> cueEnd(before, cue) >= 0).mapToInt(String::length).max().orElse(-1);
    }

    private Optional<String> unknownGoal(String normalized, List<RoleMention> mentions, List<String> words) {
        Matcher matcher = unknownGoal.matcher(normalized);
        while (matcher.find()) {
            String goal = matcher.group(1).strip();
            String firstWord = goal.split(" ")[0];
            if (goals.notAGoal().contains(firstWord) || roles.matchInSentence(goal).isPresent()
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
    private Optional<String> unknownStart(List<String> words, List<RoleMention> mentions) {
        boolean[] inMention = new boolean[words.size()];
        mentions.forEach(m -> Arrays.fill(inMention, m.start(), m.end(), true));
        for (int i = 0; i < words.size(); i++) {
            boolean titleWord = jobTitles.nouns().contains(words.get(i)) || jobTitles.abbreviations().contains(words.get(i));
            if (inMention[i] || !titleWord) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 2 && !inMention[start - 1] && !jobTitles.breaks().contains(words.get(start - 1))) {
                start--;
            }
            boolean abbreviation = jobTitles.abbreviations().contains(words.get(i));
            if (start == i && !abbreviation) {
                continue;
            }
            int next = i + 2;
            boolean leadsToRole = next < words.size() && sides.separators().contains(words.get(i + 1))
                    && mentions.stream().anyMatch(m -> m.start() == next);
            // "teacher wanting to become a cloud engineer", "chef looking to become a backend developer"
            int end = i;
            boolean movesOn = i + 1 < words.size() && moving.starts().contains(words.get(i + 1))
                    && mentions.stream().anyMatch(m -> m.start() > end);
            // "teacher here, how do I become a cloud engineer?"
            boolean ownAfter = i + 1 < words.size() && sides.ownWordsAfter().contains(words.get(i + 1));
            if (leadsToRole || movesOn || ownAfter || cueBefore(words, start) == Side.FROM) {
                return Optional.of(String.join(" ", words.subList(start, i + 1)));
            }
        }
        return Optional.empty();
    }

    /** A goal phrase starting "be a …" at {@code start} that is not wanted: "going to be a pain", "used to be a teacher". */
    private boolean notWanted(String normalized, int start) {
        if (!normalized.startsWith("be ", start)) {
            return false;
        }
        String[] before = normalized.substring(0, start).strip().split(" ");
        int last = before.length - 1;
        if (last < 0 || before[last].isEmpty()) {
            return true;
        }
        if (before[last].equals("to")) {
            return last > 0 && goals.notWantingBe().contains(before[last - 1]);
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
