package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.search.Passage;
import com.transitionadvisor.search.PassageHit;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.search.SearchRequest;
import com.transitionadvisor.understanding.Question;
import com.transitionadvisor.understanding.QuestionInterpreter;
import com.transitionadvisor.understanding.Topic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers free-text questions from the guides: works out which guide (from the roles named, or the
 * conversation so far, or by asking), then finds the passages that answer it. Below the confidence bar it
 * says it is not sure and offers the closest guides; such questions are logged for guide authors.
 */
public final class QuestionAnswerer {
    private static final int SEARCH_DEPTH = 8;
    private static final int MAX_PASSAGES = 3;
    private static final float RELATED_SCORE = 0.75f;
    private static final int MAX_CHOICES = 5;

    private final KnowledgeBase knowledge;
    private final QuestionInterpreter interpreter;
    private final PassageIndex index;
    private final ConversationMemory memory;
    private final QuestionLog log;
    private final Clock clock;

    public QuestionAnswerer(KnowledgeBase knowledge, QuestionInterpreter interpreter, PassageIndex index,
                            ConversationMemory memory, QuestionLog log, Clock clock) {
        this.knowledge = knowledge;
        this.interpreter = interpreter;
        this.index = index;
        this.memory = memory;
        this.log = log;
        this.clock = clock;
    }

    public Reply answer(String conversation, String userId, String text) {
        Question question = interpreter.interpret(text);
        ConversationState state = memory.recall(conversation);
        Optional<GuideEntry> context = state.guideId().flatMap(knowledge::entry);
        if (question.smallTalk()) {
            return new Reply.SmallTalk(RoleFreeText.isThanks(question.text()));
        }
        Resolution resolution = resolve(question, context);
        if (resolution.reply().isPresent()) {
            Reply reply = resolution.reply().get();
            if (reply instanceof Reply.WhichGuide) {
                memory.remember(conversation, state.waitingFor(question.text()));
            } else if (reply instanceof Reply.NotCovered) {
                logUnanswered(question, userId);
            }
            return reply;
        }
        Guide guide = shown(resolution.guide().orElseThrow());
        Reply reply = answerFrom(guide, question, resolution.searchText(), state.topic());
        if (reply instanceof Reply.NotCovered) {
            logUnanswered(question, userId);
        }
        Section section = reply instanceof Reply.PassageAnswer answer ? answer.section() : Section.OVERVIEW;
        Optional<Topic> topic = question.topics().stream().findFirst()
                .or(() -> reply instanceof Reply.PassageAnswer ? state.topic() : Optional.empty());
        memory.remember(conversation, state.about(guide.id(), section, topic));
        return reply;
    }

    /** The person picked a guide after "which move do you mean?": answer the question that was waiting. */
    public Reply answerWithGuide(String conversation, String userId, String guideId) {
        Optional<GuideEntry> guide = knowledge.entry(guideId);
        if (guide.isEmpty()) {
            return new Reply.NotCovered("", Optional.empty(), Optional.empty(), knowledge.guides().stream().limit(MAX_CHOICES).toList());
        }
        ConversationState state = memory.recall(conversation);
        memory.remember(conversation, state.about(guideId, Section.OVERVIEW, state.topic()));
        return state.pendingQuestion()
                .map(pending -> answer(conversation, userId, pending))
                .orElseGet(() -> new Reply.GuideAnswer(shown(guide.get()), Section.OVERVIEW, 0));
    }

    /** Starts a conversation about a guide, as when someone names a transition outright. */
    public void remember(String conversation, Guide guide, Section section) {
        memory.remember(conversation, memory.recall(conversation).about(guide.id(), section, Optional.empty()));
    }

    /** A question the conversation was waiting to answer once the guide was known. */
    public Optional<String> pendingQuestion(String conversation) {
        return memory.recall(conversation).pendingQuestion();
    }

    /** The full guide behind an entry the knowledge base listed, read only now that its text is needed. */
    private Guide shown(GuideEntry entry) {
        return knowledge.guideById(entry.id())
                .orElseThrow(() -> new IllegalStateException("the guide source has no guide " + entry.id()));
    }

    private record Resolution(Optional<GuideEntry> guide, Optional<Reply> reply, String searchText) {
        static Resolution of(GuideEntry guide, String searchText) {
            return new Resolution(Optional.of(guide), Optional.empty(), searchText);
        }

        static Resolution reply(Reply reply) {
            return new Resolution(Optional.empty(), Optional.of(reply), "");
        }
    }

    private Resolution resolve(Question question, Optional<GuideEntry> context) {
        String search = question.searchText();
        if (question.from().isPresent() && question.to().isPresent()) {
            return pair(question.from().get(), question.to().get(), search);
        }
        if (question.reverse() && context.isPresent() && !question.namesRoles()) {
            return pair(context.get().to(), context.get().from(), search);
        }
        if (question.unknownRole().isPresent() && question.to().isEmpty()) {
            // "I'm a backend developer and I want to become a chef": the goal is what matters, and we have no guide
            return Resolution.reply(new Reply.NotCovered(question.text(), question.unknownRole(), Optional.empty(),
                    question.from().map(knowledge::guidesFrom).orElse(knowledge.guides()).stream().limit(MAX_CHOICES).toList()));
        }
        Optional<Role> named = question.from().or(question::to).or(() -> question.unplaced().stream().findFirst());
        if (named.isPresent()) {
            return oneRole(question, named.get(), context);
        }
        if (context.isPresent()) {
            return Resolution.of(context.get(), search);
        }
        return withoutContext(question);
    }

    private Resolution pair(Role from, Role to, String search) {
        Optional<GuideEntry> guide = knowledge.entry(from, to);
        if (guide.isPresent()) {
            return Resolution.of(guide.get(), search);
        }
        return Resolution.reply(new Reply.NoGuide(from, to, suggestions(from, to)));
    }

    private Resolution oneRole(Question question, Role role, Optional<GuideEntry> context) {
        List<GuideEntry> candidates = new ArrayList<>();
        if (question.to().isEmpty()) {
            candidates.addAll(knowledge.guidesFrom(role));
        }
        if (question.from().isEmpty()) {
            candidates.addAll(knowledge.guidesTo(role));
        }
        if (context.isPresent() && (candidates.contains(context.get()) || mayKeep(context.get(), role, question))) {
            return Resolution.of(context.get(), question.searchText());
        }
        if (candidates.isEmpty()) {
            boolean roleHasGuides = !knowledge.guidesFrom(role).isEmpty() || !knowledge.guidesTo(role).isEmpty();
            if (context.isPresent() && !roleHasGuides) {
                // "is platform engineering a good first role?": a role with no guides is a subject, not a route
                return Resolution.of(guideAbout(question, context.get()), question.text());
            }
            return Resolution.reply(new Reply.NotCovered(question.text(), Optional.of(role.name()), context,
                    suggestions(question.from().orElse(role), question.to().orElse(role))));
        }
        if (candidates.size() == 1) {
            return Resolution.of(candidates.get(0), question.searchText());
        }
        return Resolution.reply(new Reply.WhichGuide(question.text(), candidates.stream().distinct().limit(MAX_CHOICES).toList()));
    }

    /** The guide whose passages best match the whole question (role words included), preferring the current one. */
    private GuideEntry guideAbout(Question question, GuideEntry current) {
        List<PassageHit> hits = index.search(SearchRequest.everywhere(question.text(), question.topics(), 1));
        return hits.isEmpty() ? current : entryOf(hits.get(0));
    }

    /**
     * A role the current guide involves, named without wording that clearly says otherwise ("how much will I
     * earn as a backend dev?" while discussing cloud → backend), keeps the conversation on that guide.
     */
    private static boolean mayKeep(GuideEntry context, Role role, Question question) {
        boolean involved = context.from().equals(role) || context.to().equals(role);
        return involved && !question.clearSides();
    }

    private Resolution withoutContext(Question question) {
        // No roles and nothing said before: only a real match counts, not a stray word ("what time is it in Tokyo?").
        List<PassageHit> hits = index.search(SearchRequest.everywhere(withoutNumbers(question.searchText()),
                question.topics(), 50).strict());
        Set<GuideEntry> guides = new LinkedHashSet<>();
        hits.forEach(hit -> guides.add(entryOf(hit)));
        if (guides.isEmpty()) {
            return Resolution.reply(new Reply.NotCovered(question.text(), Optional.empty(), Optional.empty(),
                    knowledge.guides().stream().limit(MAX_CHOICES).toList()));
        }
        if (guides.size() == 1) {
            return Resolution.of(guides.iterator().next(), question.searchText());
        }
        return Resolution.reply(new Reply.WhichGuide(question.text(), guides.stream().limit(MAX_CHOICES).toList()));
    }

    /** The entry of the guide a passage comes from (the index is built from this knowledge base's guides). */
    private GuideEntry entryOf(PassageHit hit) {
        return knowledge.entry(hit.passage().guide().id()).orElseThrow();
    }

    private Reply answerFrom(Guide guide, Question question, String content, Optional<Topic> lastTopic) {
        List<Topic> topics = question.topics();
        List<PassageHit> hits = index.search(SearchRequest.inGuide(guide.id(), content, topics, SEARCH_DEPTH));
        boolean inherited = false;
        if (hits.isEmpty() && topics.isEmpty() && lastTopic.isPresent() && !index.hasContentWords(content)) {
            // A follow-up with nothing of its own ("and the other way round?") keeps the topic of the last answer.
            topics = List.of(lastTopic.get());
            inherited = true;
            hits = index.search(SearchRequest.inGuide(guide.id(), content, topics, SEARCH_DEPTH));
        }
        Optional<Topic> primary = topics.stream().findFirst();
        if (primary.isPresent() && (hits.isEmpty() || !hits.get(0).passage().touches(primary.get()))) {
            // The best match is off the topic asked about: look where that topic lives in this guide instead,
            // unless the off-topic match is much stronger (the question's own words point elsewhere).
            boolean salaryMissing = primary.get() == Topic.SALARY && !guide.has(Section.SALARY);
            Section home = salaryMissing ? Section.OVERVIEW : primary.get().section();
            List<PassageHit> onTopic = guide.has(home)
                    ? index.search(SearchRequest.inGuide(guide.id(), content, topics, SEARCH_DEPTH).inSection(home))
                    : List.of();
            float offTopicBest = hits.isEmpty() ? 0f : hits.get(0).score();
            if (!onTopic.isEmpty() && (salaryMissing || onTopic.get(0).score() >= offTopicBest * 0.5f)) {
                hits = onTopic;
            } else if (hits.isEmpty() && (home == Section.OVERVIEW || inherited)) {
                return new Reply.GuideAnswer(guide, Section.OVERVIEW, 0);
            } else if (hits.isEmpty()) {
                return new Reply.NotCovered(question.text(), Optional.empty(), Optional.of(guide.entry()), List.of());
            }
        }
        if (hits.isEmpty()) {
            if (question.namesRoles() || question.reverse()) {
                return new Reply.GuideAnswer(guide, Section.OVERVIEW, 0);
            }
            return new Reply.NotCovered(question.text(), Optional.empty(), Optional.of(guide.entry()), List.of());
        }
        float best = hits.get(0).score();
        Section section = hits.get(0).passage().section();
        List<Passage> passages = hits.stream()
                .filter(hit -> hit.score() >= best * RELATED_SCORE)
                .map(PassageHit::passage)
                .filter(p -> p.section() == section)
                .limit(MAX_PASSAGES)
                .sorted(java.util.Comparator.comparingInt(Passage::position))
                .toList();
        Optional<String> caveat = topics.contains(Topic.SALARY) && !guide.has(Section.SALARY)
                ? Optional.of("The " + guide.title() + " guide has no salary figures. This is what it says about pay:")
                : Optional.empty();
        return new Reply.PassageAnswer(guide, passages, section, question.text(), caveat);
    }

    private static String withoutNumbers(String text) {
        return text.replaceAll("\\b\\d+\\b", " ").strip();
    }

    private void logUnanswered(Question question, String userId) {
        if (!question.text().isBlank()) {
            log.record(new QuestionLog.Entry(question.text(), clock.instant(), userId, QuestionLog.Reason.UNANSWERED));
        }
    }

    private List<GuideEntry> suggestions(Role from, Role to) {
        return knowledge.closestGuides(Optional.of(from), Optional.of(to), MAX_CHOICES);
    }
}
