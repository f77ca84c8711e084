package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.search.HybridRanker;
import com.transitionadvisor.search.Passage;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.understanding.ListPlace;
import com.transitionadvisor.understanding.Question;
import com.transitionadvisor.understanding.QuestionInterpreter;
import com.transitionadvisor.knowledge.vocabulary.PassageKind;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Answers free-text questions from the guides: works out which guide (from the roles named, or the
 * conversation so far, or by asking), then finds the passages that answer it. Below the confidence bar it
 * says it is not sure and offers the closest guides; such questions are logged for guide authors.
 */
public final class QuestionAnswerer {
    /** Passages that are the items of one list: a question for the list gets every item of its section. */
    private static final Set<PassageKind> LIST_ITEMS = Set.of(PassageKind.SKILLS_ITEM, PassageKind.GAPS_ITEM,
            PassageKind.MISTAKES_ITEM, PassageKind.PATHS_ITEM, PassageKind.PATHS_START_HERE, PassageKind.TIMELINE_PHASE,
            PassageKind.INTERVIEW_TIP);
    /** A follow-up's second passage replaces the one just shown when it scores at least this share of it. */
    private static final float NEARLY_AS_WELL = 0.8f;
    /** A list of up to this many items shows its section's notes too. */
    private static final int SHORT_LIST = 5;
    /**
     * Passages that open a list answer of their section: the overall timeline before its phases, the questions
     * interviewers ask before the tips.
     */
    private static final Set<PassageKind> LIST_LEADS = Set.of(PassageKind.TIMELINE_SUMMARY, PassageKind.INTERVIEW_QUESTIONS);
    /**
     * A note beside a list ("Serverless is home ground") answers instead of the list only when the question names it
     * more clearly than an item needs to: words such as "full list" match notes about the list, too.
     */
    private static final float NOTE_SINGLED_OUT = 0.6f;
    private static final int FOLLOW_UP_WORDS = 4;
    /** How many of its first words stand for a passage whose title others share. */
    private static final int NAMING_WORDS = 12;
    /** An FAQ entry gives a yes-or-no question its verdict only when it means this nearly the same (cosine). */
    private static final float VERDICT_MEANING = 0.7f;
    private static final Set<PassageKind> INTRODUCTION = Set.of(PassageKind.OVERVIEW_SUMMARY,
            PassageKind.OVERVIEW_KEY_POINTS);

    private final KnowledgeBase knowledge;
    private final QuestionInterpreter interpreter;
    private final PassageIndex index;
    private final HybridRanker ranker;
    private final ConversationMemory memory;
    private final QuestionLog log;
    private final Clock clock;
    private final GuideResolver guides;
    /** Each topic's meaning, embedded once: a sentence of the vocabulary, not of the question. */
    private final Map<String, float[]> topicMeanings = new ConcurrentHashMap<>();

    public QuestionAnswerer(KnowledgeBase knowledge, QuestionInterpreter interpreter, PassageIndex index,
                            HybridRanker ranker, ConversationMemory memory, QuestionLog log, Clock clock) {
        this.knowledge = knowledge;
        this.interpreter = interpreter;
        this.index = index;
        this.ranker = ranker;
        this.memory = memory;
        this.log = log;
        this.clock = clock;
        this.guides = new GuideResolver(knowledge, interpreter, index, ranker);
    }

    public Reply answer(String conversation, String userId, String text) {
        Question question = interpreter.interpret(text);
        ConversationState recalled = memory.recall(conversation);
        Optional<GuideEntry> context = recalled.guideId().or(() -> memory.recall(personKey(userId)).guideId())
                .flatMap(knowledge::entry);
        if (question.smallTalk()) {
            return new Reply.SmallTalk(interpreter.thanks(question.text()));
        }
        if (question.outOfScope()) {
            // "write my CV", "fix my code", "how do I get promoted?": not a question about a move
            logUnanswered(question, userId);
            return new Reply.NotCovered(question.text(), Optional.empty(), context, List.of(), true);
        }
        if (notAQuestion(question)) {
            logUnanswered(question, userId);
            return new Reply.NotFollowed(question.text(), knowledge.guides().stream().limit(GuideResolver.MAX_CHOICES).toList());
        }
        ConversationState state = question.from().filter(role -> question.clearStart())
                .map(role -> recalled.ownRole(role.id())).orElse(recalled);
        GuideResolver.Resolution resolution = guides.resolve(question, context, state.ownRoleId().flatMap(knowledge.roles()::byId));
        if (resolution.reply().isPresent()) {
            Reply reply = resolution.reply().get();
            if (reply instanceof Reply.WhichGuide) {
                memory.remember(conversation, state.waitingFor(question.text()));
            } else {
                if (reply instanceof Reply.NotCovered) {
                    logUnanswered(question, userId);
                }
                memory.remember(conversation, state);
            }
            return reply;
        }
        Guide guide = guides.shown(resolution.guide().orElseThrow());
        if (recalled.pendingQuestion().isPresent() && resolution.note().isEmpty() && onlyNamesTheMove(question)) {
            // "which move do you mean?" – "I'm a cloud engineer and want to become a backend developer": the
            // question that was waiting, for that move
            memory.remember(conversation, state);
            return answerWithGuide(conversation, userId, guide.id());
        }
        Reply reply = answerFrom(guide, question, resolution.searchTexts(), state, resolution.note());
        if (reply instanceof Reply.NotCovered) {
            logUnanswered(question, userId);
        }
        if (resolution.aside() && context.isPresent()) {
            // the conversation carries on with its own guide; what was shown belongs to the other one
            memory.remember(conversation, state.about(context.get().id(), state.section().orElse(Section.OVERVIEW),
                    state.topic()).asked(question.text()));
            return reply;
        }
        Section section = reply instanceof Reply.PassageAnswer answer ? answer.section() : Section.OVERVIEW;
        Optional<Topic> topic = question.topics().stream().findFirst().or(() -> answeredTopic(reply, state.topic()));
        Optional<Integer> passage = reply instanceof Reply.PassageAnswer answer && answer.passages().size() == 1
                ? Optional.of(answer.passages().get(0).position()) : Optional.empty();
        memory.remember(conversation, state.about(guide.id(), section, topic).asked(question.text())
                .answeredBy(passage, itemsShown(reply, guide, state)));
        return reply;
    }

    /**
     * What a question without a topic of its own turned out to be about: the topic of the passage that answered it
     * ("should I go for solutions architect?" was about paths), so "and the other way round?" follows that, not a
     * topic from further back.
     */
    private static Optional<Topic> answeredTopic(Reply reply, Optional<Topic> last) {
        if (!(reply instanceof Reply.PassageAnswer answer)) {
            return Optional.empty();
        }
        Passage top = answer.passages().get(0);
        return last.filter(top::touches).or(() -> top.topics().stream().sorted().findFirst());
    }

    /** The person picked a guide after "which move do you mean?": answer the question that was waiting. */
    public Reply answerWithGuide(String conversation, String userId, String guideId) {
        Optional<GuideEntry> guide = knowledge.entry(guideId);
        if (guide.isEmpty()) {
            return new Reply.NotCovered("", Optional.empty(), Optional.empty(), knowledge.guides().stream().limit(GuideResolver.MAX_CHOICES).toList());
        }
        ConversationState state = memory.recall(conversation);
        memory.remember(conversation, state.about(guideId, Section.OVERVIEW, state.topic()));
        return state.pendingQuestion()
                .map(pending -> answer(conversation, userId, pending))
                .orElseGet(() -> new Reply.GuideAnswer(guides.shown(guide.get()), Section.OVERVIEW, 0));
    }

    /**
     * The guide a person last asked about anywhere (say, with {@code /transition backend dev to cloud eng}): a new
     * conversation of theirs with no context of its own starts from it ("how long will it take?" in a DM after).
     */
    public void rememberForPerson(String userId, Guide guide) {
        memory.remember(personKey(userId), memory.recall(personKey(userId)).about(guide.id(), Section.OVERVIEW, Optional.empty()));
    }

    private static String personKey(String userId) {
        return "person:" + userId;
    }

    /** Starts a conversation about a guide, as when someone names a transition outright. */
    public void remember(String conversation, Guide guide, Section section) {
        memory.remember(conversation, memory.recall(conversation).about(guide.id(), section, Optional.empty()));
    }

    /** The person named the role they move from (say, in a move there is no guide for): it still tells the direction later. */
    public void rememberOwnRole(String conversation, Role role) {
        memory.remember(conversation, memory.recall(conversation).ownRole(role.id()));
    }

    /**
     * The guide a plan asked for in words is for: the move the text names (sides as in a question: "I'm a backend
     * dev, make me a plan to get into cloud"), completed from the person's own role and the conversation's guide;
     * empty when the move is not known.
     */
    public Optional<GuideEntry> moveFor(String conversation, String userId, String text) {
        Question question = interpreter.interpret(text);
        ConversationState recalled = memory.recall(conversation);
        Optional<GuideEntry> context = recalled.guideId().or(() -> memory.recall(personKey(userId)).guideId())
                .flatMap(knowledge::entry);
        Optional<Role> from = question.from().or(() -> recalled.ownRoleId().flatMap(knowledge.roles()::byId))
                .or(() -> context.filter(c -> question.to().map(c.to()::equals).orElse(true)).map(GuideEntry::from));
        Optional<Role> to = question.to()
                .or(() -> context.filter(c -> from.map(c.from()::equals).orElse(true)).map(GuideEntry::to));
        return from.isPresent() && to.isPresent() ? knowledge.guide(from.get(), to.get()).map(Guide::entry) : Optional.empty();
    }

    /** The conversation waits for the person to name a move, then answers {@code text} with it. */
    public void waitFor(String conversation, String text) {
        memory.remember(conversation, memory.recall(conversation).waitingFor(text));
    }

    /** A question the conversation was waiting to answer once the guide was known. */
    public Optional<String> pendingQuestion(String conversation) {
        return memory.recall(conversation).pendingQuestion();
    }


    private Reply answerFrom(Guide guide, Question question, List<String> searchTexts, ConversationState state,
                             Optional<String> note) {
        return answerFrom(guide, question, searchTexts, state, note, false);
    }

    /**
     * @param carriedOn read as carrying the last question on, whatever its wording: its meaning is read together
     *                  with the last question's, and a topic it lacks is the last answer's
     */
    private Reply answerFrom(Guide guide, Question question, List<String> searchTexts, ConversationState state,
                             Optional<String> note, boolean carriedOn) {
        boolean continues = carriedOn || continues(question, state);
        List<Topic> topics = question.topics();
        // in a message of several sentences, the words of the one that asks ("… feels like overkill" is an aside);
        // the meaning is still read from the whole message
        String content = searchTexts.get(searchTexts.size() > 1 ? 1 : 0);
        Optional<PointedAt> pointedAt = itemPointedAt(guide, question, state);
        if (pointedAt.isPresent()) {
            // "how do I close the first one quickly?" after the gaps: asked as if it named the first gap
            content = content + " " + pointedAt.get().words();
        }
        boolean ownWords = index.hasContentWords(content);
        if (!question.namesRoles() && !question.reverse() && ownWords
                && !index.hasContentWords(GuideResolver.withoutFigures(question.text()))) {
            // only figures ("what's 2+2?", "what's 15% of 80k"): a number in a guide ("2–3 gaps") is no answer to
            // them, even one written as an amount of pay
            return new Reply.NotCovered(question.text(), Optional.empty(), Optional.of(guide.entry()), List.of());
        }
        boolean inherited = false;
        int strongest = 1;
        if (topics.isEmpty() && state.topic().isPresent() && (question.reverse() || !ownWords || continues && (question.pointsBack() || speaksOfTheGuide(guide, question, content)) || carriedOn)) {
            // A follow-up with nothing of its own ("and the other way round?") keeps the topic of the last answer.
            topics = List.of(state.topic().get());
            inherited = true;
        } else if (continues && state.topic().isPresent() && !topics.isEmpty()
                && !topics.contains(state.topic().get())) {
            if (asksAbout(topics.get(0)) || namesItsSection(question, topics.get(0))) {
                // "how long will it take?" – "and the salary?": a subject of its own changes the subject
                continues = false;
            } else {
                // "will my pay drop?" – "for how long?": the last topic is still in play, as strong as the new one
                List<Topic> withLast = new ArrayList<>(topics);
                withLast.add(state.topic().get());
                topics = withLast;
                strongest = 2;
            }
        }
        Optional<Passage> following = continues && note.isEmpty() ? passageAfterTheLast(guide, question, state) : Optional.empty();
        if (following.isPresent()) {
            return new Reply.PassageAnswer(guide, List.of(following.get()), following.get().section(), question.text(),
                    Optional.empty());
        }
        String meaning = meaningOf(question, continues ? state.lastQuestion() : Optional.empty())
                + pointedAt.map(item -> " " + item.words()).orElse("");
        if (topics.isEmpty() && !ownWords && question.namesRoles()) {
            // only the move itself ("cloud eng here, thinking about backend"): where it starts is the overview
            return introduction(guide, question);
        }
        if (question.condition().isPresent() && note.isEmpty()) {
            return answerForTheCase(guide, question, state);
        }
        if (question.compared().size() == 2 && note.isEmpty()) {
            Optional<Reply> sides = answerBothSides(guide, question);
            if (sides.isPresent()) {
                return sides.get();
            }
        }
        if (question.parts().size() > 1 && note.isEmpty()) {
            Optional<Reply> both = answerEach(guide, question);
            if (both.isPresent()) {
                return both.get();
            }
        }
        Optional<Topic> primary = topics.stream().findFirst();
        Optional<Section> missing = primary.map(Topic::section).filter(section -> !guide.has(section));
        HybridRanker.Query query = new HybridRanker.Query(guide.id(), content, meaning,
                missing.isPresent() ? List.of() : topics, strongest);
        List<HybridRanker.Ranked> ranked = ranker.rank(query);
        Optional<HybridRanker.Ranked> closest = missing.isPresent() ? speakingOf(guide, ranked, primary.get()) : Optional.empty();
        if (closest.isPresent()) {
            ranked = first(closest.get(), ranked);
        }
        if (note.isPresent()) {
            // answered instead from another move's guide: what it says about the role is in its career paths
            ranked = ranked.stream().filter(r -> r.passage().section() == Section.PATHS).toList();
        }
        boolean answered = !ranked.isEmpty() && (carriedOn ? PassageEvidence.answersBesideTheTopic(ranked.get(0))
                : PassageEvidence.answers(ranked.get(0)) || closest.filter(ranked.get(0)::equals).isPresent());
        if (!answered) {
            return unanswered(guide, question, searchTexts, state, note, ranked, carriedOn, inherited);
        }
        Optional<Integer> seen = pointedAt.flatMap(PointedAt::lineOf);
        List<HybridRanker.Ranked> ranking = ranked;
        List<HybridRanker.Ranked> beyond = seen.map(position -> ranking.stream()
                .filter(r -> r.passage().position() != position).toList()).orElse(List.of());
        if (!beyond.isEmpty() && PassageEvidence.answers(beyond.get(0))) {
            // "how do I answer the first one?": the list of questions was just shown; the answer is elsewhere
            ranked = beyond;
        }
        ranked = notTheSameAgain(ranked, guide, question, state);
        ranked = verdictFirst(ranked, question, state);
        HybridRanker.Ranked top = ranked.get(0);
        Section section = top.passage().section();
        List<HybridRanker.Ranked> items = ranked.stream()
                .filter(r -> r.passage().section() == section && LIST_ITEMS.contains(r.passage().kind())).toList();
        boolean forTheList = items.size() > 1 && primary.map(Topic::section).filter(section::equals).isPresent()
                && !(PassageEvidence.singlesOut(top) && (LIST_ITEMS.contains(top.passage().kind()) || top.lexical() >= NOTE_SINGLED_OUT));
        // a short list has room for the notes its section adds ("Container orchestration takes more time" beside
        // three gaps); a long one sends them behind "in full"
        boolean withNotes = items.size() <= SHORT_LIST;
        List<Passage> passages = forTheList
                ? ranked.stream().map(HybridRanker.Ranked::passage)
                        .filter(p -> p.section() == section && (LIST_ITEMS.contains(p.kind()) || LIST_LEADS.contains(p.kind())
                                || (withNotes && p.kind() == PassageKind.MORE_NOTE)))
                        .sorted(Comparator.comparingInt(Passage::position)).toList()
                : List.of(top.passage());
        passages = forTheList ? ofTheKindAsked(passages, primary.get())
                : withWhatItPointsAt(withFiguresOnPay(passages, primary, ranked), ranked);
        Optional<String> caveat = note.or(() -> missing.map(absent -> "The " + guide.title() + " guide has no "
                + absent.title() + " section. This is the closest it comes:"));
        return new Reply.PassageAnswer(guide, passages, section, question.text(), caveat);
    }

    /**
     * Nothing answers the question. Read again as carrying on the last question, that reading answers only by more
     * than the topic it kept, or the guide does not cover it. Otherwise: the guide's introduction when the question
     * named the move or asked for the other way round; read again as carrying on the last question when it was asked
     * right after one on the same guide and shares words with it ("what counts as practical evidence then?" after one
     * on qualifications, not "is it going to rain today?"); else not covered.
     */
    private Reply unanswered(Guide guide, Question question, List<String> searchTexts, ConversationState state,
                             Optional<String> note, List<HybridRanker.Ranked> ranked, boolean carriedOn, boolean inherited) {
        if (!carriedOn && (question.namesRoles() || question.reverse() || inherited)) {
            return introduction(guide, question);
        }
        if (!carriedOn && followsOnSameGuide(question, state, guide)
                && ranked.stream().anyMatch(PassageEvidence::sharesWords)) {
            return answerFrom(guide, question, searchTexts, state, note, true);
        }
        return new Reply.NotCovered(question.text(), Optional.empty(), Optional.of(guide.entry()), List.of());
    }

    /**
     * "And after that phase?" just after one passage of a list was shown: the item after it in the guide (the next
     * phase of the plan), when there is one.
     */
    private Optional<Passage> passageAfterTheLast(Guide guide, Question question, ConversationState state) {
        if (!state.guideId().equals(Optional.of(guide.id())) || state.lastPassage().isEmpty()
                || !interpreter.asksWhatFollows(question.text())) {
            return Optional.empty();
        }
        List<Passage> passages = index.passagesOf(guide.id());
        int last = state.lastPassage().get();
        Optional<Passage> shown = passageAt(passages, last);
        return shown.filter(p -> LIST_ITEMS.contains(p.kind())).flatMap(item -> passages.stream()
                .filter(p -> p.kind() == item.kind() && p.section() == item.section() && p.position() > last)
                .min(Comparator.comparingInt(Passage::position)));
    }

    /**
     * The passages a reply shows, in the order shown (each is a line of its list, notes too); one passage of the
     * list shown just before keeps that list in view, so "and the last one?" after "how do I close the second one?"
     * still counts the gaps. A reply led by a passage that is a list itself (the questions interviewers ask) keeps
     * only that passage: "how do I answer the first one?" means its first line. The plan's summary before its
     * phases is no item: "the first one" is the first phase.
     */
    private static List<Integer> itemsShown(Reply reply, Guide guide, ConversationState state) {
        if (!(reply instanceof Reply.PassageAnswer answer)) {
            return List.of();
        }
        Passage lead = answer.passages().get(0);
        boolean aList = answer.passages().size() > 2;
        List<Integer> items = lead.kind() == PassageKind.INTERVIEW_QUESTIONS ? List.of(lead.position())
                : answer.passages().stream().filter(p -> !aList || !LIST_LEADS.contains(p.kind())).map(Passage::position).toList();
        boolean walksTheLastList = items.size() == 1 && state.guideId().equals(Optional.of(guide.id()))
                && state.shownItems().containsAll(items);
        return walksTheLastList ? state.shownItems() : items;
    }

    /**
     * What a question points at by its place in the last answer, in words ("the first one" after the gaps is the
     * first gap's title), and the passage it is a line of when that passage is a list in itself.
     */
    private record PointedAt(String words, Optional<Integer> lineOf) {
    }

    /**
     * What the question points at by its place in the last answer ("the first one"), if anything: that list item,
     * or that line of a passage that is a list in itself ("Why are you leaving…?").
     */
    private Optional<PointedAt> itemPointedAt(Guide guide, Question question, ConversationState state) {
        if (!state.guideId().equals(Optional.of(guide.id())) || state.shownItems().isEmpty()) {
            return Optional.empty();
        }
        Optional<ListPlace> place = interpreter.itemPointedAt(question.text());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        List<Passage> all = index.passagesOf(guide.id());
        List<Passage> shown = state.shownItems().stream().flatMap(position -> passageAt(all, position).stream()).toList();
        if (shown.size() == 1 && shown.get(0).kind() == PassageKind.INTERVIEW_QUESTIONS) {
            List<String> questions = guide.interview().map(Guide.Interview::questions).orElse(List.of());
            return place.get().in(questions).map(line -> new PointedAt(line, Optional.of(shown.get(0).position())));
        }
        return place.get().in(shown).map(item -> new PointedAt(namedBy(item, all), Optional.empty()));
    }

    /**
     * The passage of a guide at a position remembered from an earlier turn, if the guide (edited since, perhaps)
     * still has one there: a passage's position is its index among the guide's passages.
     */
    private static Optional<Passage> passageAt(List<Passage> passages, int position) {
        return position >= 0 && position < passages.size() ? Optional.of(passages.get(position)) : Optional.empty();
    }

    /**
     * Words that name a passage among the guide's: its title, or where other passages share that title (every
     * interview tip is "Interview framing") the start of its own text.
     */
    private static String namedBy(Passage passage, List<Passage> all) {
        boolean shared = all.stream().anyMatch(other -> other.position() != passage.position()
                && other.title().equals(passage.title()));
        if (!shared) {
            return passage.title();
        }
        String[] words = passage.text().strip().split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, NAMING_WORDS)));
    }

    /**
     * A follow-up in the same guide ("how do I fix that?") whose best passage is the one just shown, and not by the
     * words it names ("how do I get comfortable with VPCs?" may well want the same passage again), wants more than
     * it: the next passage, when it ranks nearly as well and answers too.
     */
    private static List<HybridRanker.Ranked> notTheSameAgain(List<HybridRanker.Ranked> ranked, Guide guide,
                                                             Question question, ConversationState state) {
        boolean followUp = state.guideId().equals(Optional.of(guide.id())) && !question.namesRoles();
        if (!followUp || ranked.size() < 2 || !state.lastPassage().equals(Optional.of(ranked.get(0).passage().position()))
                || PassageEvidence.singlesOut(ranked.get(0))) {
            return ranked;
        }
        HybridRanker.Ranked next = ranked.get(1);
        if (next.score() < ranked.get(0).score() * NEARLY_AS_WELL || !PassageEvidence.answers(next)) {
            return ranked;
        }
        return first(next, ranked);
    }

    /**
     * "Is it true I'd have to take a pay cut?": a question that wants a yes or a no gets it first, from the FAQ entry
     * that means most nearly the same when that entry opens with one ("Usually yes, at least at first.").
     */
    private List<HybridRanker.Ranked> verdictFirst(List<HybridRanker.Ranked> ranked, Question question,
                                                   ConversationState state) {
        if (!interpreter.asksYesOrNo(question.text())) {
            return ranked;
        }
        Optional<HybridRanker.Ranked> nearest = ranked.stream().filter(r -> r.passage().kind() == PassageKind.FAQ_ENTRY)
                .max(Comparator.comparing(HybridRanker.Ranked::semantic));
        return nearest.filter(faq -> faq.semantic() >= VERDICT_MEANING && PassageEvidence.answers(faq)
                        && interpreter.opensWithAVerdict(faq.passage().text())
                        && !state.lastPassage().equals(Optional.of(faq.passage().position())))
                .map(faq -> first(faq, ranked)).orElse(ranked);
    }

    /** The ranking with {@code chosen} moved to the front, the rest in their order. */
    private static List<HybridRanker.Ranked> first(HybridRanker.Ranked chosen, List<HybridRanker.Ranked> ranked) {
        List<HybridRanker.Ranked> reordered = new ArrayList<>(ranked);
        reordered.remove(chosen);
        reordered.add(0, chosen);
        return reordered;
    }

    /**
     * A question on pay answered by a passage without the figures ("will I take a pay cut?" by the FAQ entry): the
     * guide's salary figures follow it, so the answer carries the numbers the guide has.
     */
    private static List<Passage> withFiguresOnPay(List<Passage> passages, Optional<Topic> primary,
                                                  List<HybridRanker.Ranked> ranked) {
        boolean onPay = primary.filter(topic -> topic.strongPassages().contains(PassageKind.SALARY_FIGURES)).isPresent();
        if (!onPay || passages.size() != 1 || passages.get(0).kind() == PassageKind.SALARY_FIGURES) {
            return passages;
        }
        return ranked.stream().map(HybridRanker.Ranked::passage).filter(p -> p.kind() == PassageKind.SALARY_FIGURES)
                .findFirst().map(figures -> List.of(passages.get(0), figures)).orElse(passages);
    }

    /**
     * One passage that points at another part of its section ("Use the template below.", "Expect both of these
     * questions"): shown alone it answers nothing, so that part follows it – a part of the section of another kind,
     * not one of its list's items: the first after it when it points ahead, else the best ranked.
     */
    private List<Passage> withWhatItPointsAt(List<Passage> passages, List<HybridRanker.Ranked> ranked) {
        if (passages.size() != 1) {
            return passages;
        }
        Passage shown = passages.get(0);
        boolean ahead = interpreter.pointsAhead(shown.text());
        if (!ahead && !interpreter.pointsElsewhere(shown.text())) {
            return passages;
        }
        Stream<Passage> parts = ranked.stream().map(HybridRanker.Ranked::passage)
                .filter(p -> p.section() == shown.section() && p.kind() != shown.kind() && !LIST_ITEMS.contains(p.kind()));
        Optional<Passage> pointedAt = ahead
                ? parts.filter(p -> p.position() > shown.position()).min(Comparator.comparingInt(Passage::position))
                : parts.findFirst();
        return pointedAt.map(part -> List.of(shown, part)).orElse(passages);
    }

    /**
     * A list asked for by a topic that points at some of its items only ("which role should I aim for first?" at the
     * career paths marked to start with): those items; otherwise the whole list.
     */
    private static List<Passage> ofTheKindAsked(List<Passage> list, Topic topic) {
        List<Passage> asked = list.stream()
                .filter(p -> LIST_ITEMS.contains(p.kind()) && topic.strongPassages().contains(p.kind())).toList();
        boolean some = !asked.isEmpty() && asked.size() < list.stream().filter(p -> LIST_ITEMS.contains(p.kind())).count();
        return some ? asked : list;
    }

    /**
     * The guide has no section on the topic ("would I earn more?" and no salary figures): of the passages that speak
     * of it anyway, the one nearest to what the topic means ("better pay" among the reasons people move) comes
     * closest, and answers however few of the question's words it shares ("what about the pay?").
     */
    private Optional<HybridRanker.Ranked> speakingOf(Guide guide, List<HybridRanker.Ranked> ranked, Topic topic) {
        // a cue word can be used in another sense ("earn a certification"): of the passages that use one, the
        // nearest to what the topic means
        // nearest first, so topic detection runs on passages only until one speaks of the topic
        float[] meaning = topicMeanings.computeIfAbsent(topic.id(), id -> index.meaningOf(topic.meaning()));
        Map<Integer, Float> nearTopic = index.semanticScores(guide.id(), meaning);
        return ranked.stream()
                .sorted(Comparator.comparing((HybridRanker.Ranked r) -> nearTopic.getOrDefault(r.passage().position(), -1f))
                        .reversed())
                .filter(r -> interpreter.speaksOf(r.passage().text(), topic)).findFirst();
    }

    /**
     * "If I already know Docker, how long will it take?": the question without its case, and beside it the passage
     * the case names, if one does ("Docker container familiarity"), so the answer speaks to that case.
     */
    private Reply answerForTheCase(Guide guide, Question question, ConversationState state) {
        Question.Case asked = question.condition().orElseThrow();
        Question main = question.askingOnly(interpreter.interpret(asked.question()));
        Reply answer = answerFrom(guide, main, main.searchTexts(), state, Optional.empty());
        Optional<Passage> named = passageNaming(guide, interpreter.interpret(asked.condition()).searchText());
        if (answer instanceof Reply.PassageAnswer passage && named.isPresent() && !passage.passages().contains(named.get())) {
            // one answer: the case after it; a list: the case as its first line
            List<Passage> both = new ArrayList<>(passage.passages());
            both.add(both.size() == 1 ? 1 : 0, named.get());
            return new Reply.PassageAnswer(guide, both, passage.section(), question.text(), passage.caveat());
        }
        return answer;
    }

    /**
     * "Which is harder, docker or kubernetes?": when each of the two things is named by a passage of its own, both
     * passages, so the person sees each side; none when the guide speaks of only one of them.
     */
    private Optional<Reply> answerBothSides(Guide guide, Question question) {
        List<Passage> passages = new ArrayList<>();
        for (String side : question.compared()) {
            Optional<Passage> named = passageNaming(guide, side);
            if (named.isEmpty() || passages.contains(named.get())) {
                return Optional.empty();
            }
            passages.add(named.get());
        }
        return Optional.of(new Reply.PassageAnswer(guide, passages, passages.get(0).section(), question.text(), Optional.empty()));
    }

    /** The passage of the guide that {@code words} name outright (a tool, a term), by the words alone. */
    private Optional<Passage> passageNaming(Guide guide, String words) {
        List<HybridRanker.Ranked> ranked = ranker.rank(new HybridRanker.Query(guide.id(), words, "", List.of(), 1));
        return ranked.isEmpty() || !PassageEvidence.singlesOut(ranked.get(0)) ? Optional.empty() : Optional.of(ranked.get(0).passage());
    }

    /**
     * Two questions in one message ("how long does it take and will I take a pay cut?"): the best passage for each,
     * in the order asked; none when the guide answers only one of them, which is then answered as a whole.
     */
    private Optional<Reply> answerEach(Guide guide, Question question) {
        List<Passage> passages = new ArrayList<>();
        for (String part : question.parts()) {
            Question asked = interpreter.interpret(part);
            List<HybridRanker.Ranked> ranked = ranker.rank(new HybridRanker.Query(guide.id(), asked.searchText(),
                    meaningOf(asked, Optional.empty()), asked.topics(), 1));
            if (ranked.isEmpty() || !PassageEvidence.answers(ranked.get(0))) {
                return Optional.empty();
            }
            Passage best = ranked.get(0).passage();
            if (!passages.contains(best)) {
                passages.add(best);
            }
        }
        return Optional.of(new Reply.PassageAnswer(guide, passages, passages.get(0).section(), question.text(), Optional.empty()));
    }

    /**
     * A message about the move and nothing else: the guide's summary and key points, short enough for a chat, with
     * every section a button away (the full guide card is what {@code /transition} shows).
     */
    private Reply introduction(Guide guide, Question question) {
        List<Passage> intro = index.passagesOf(guide.id()).stream()
                .filter(p -> INTRODUCTION.contains(p.kind())).toList();
        return intro.isEmpty() ? new Reply.GuideAnswer(guide, Section.OVERVIEW, 0)
                : new Reply.PassageAnswer(guide, intro, Section.OVERVIEW, question.text(), Optional.empty());
    }




    /**
     * Nothing to go on: no topic, no role, at most one word worth searching, and no guide that has it ("asdf", an
     * arrow key's escape sequence, "hmm").
     */
    private boolean notAQuestion(Question question) {
        boolean fewWords = question.searchText().isBlank() || question.searchText().strip().split("\\s+").length <= 1;
        return question.topics().isEmpty() && !question.namesRoles() && !question.reverse()
                && question.unknownRole().isEmpty() && question.unknownStart().isEmpty() && fewWords
                && guides.matchingGuides(question).isEmpty();
    }

    /**
     * Whether a short follow-up speaks of anything in the guide: a passage shares a word with it and is somewhat
     * about the same thing. "Which tools?" right after an answer asks about what was just discussed; "what's 17
     * times 23" shares "time" with "full-time" and means nothing the guide says.
     */
    private boolean speaksOfTheGuide(Guide guide, Question question, String words) {
        return ranker.rank(new HybridRanker.Query(guide.id(), words, interpreter.readable(question.text()), List.of(), 1))
                .stream().anyMatch(PassageEvidence::sharesAWordAndSomeMeaning);
    }

    /** A message that names the move and asks nothing of its own ("cloud eng → backend", "I'm a backend dev"). */
    private boolean onlyNamesTheMove(Question question) {
        return question.namesRoles() && question.topics().isEmpty() && !question.reverse()
                && !index.hasContentWords(question.searchText());
    }

    /** A subject of its own, rather than time or a broad "is it realistic?", which ask about whatever was just discussed. */
    private static boolean asksAbout(Topic topic) {
        return !topic.isTime() && !topic.isGeneric();
    }

    /** "timeline?" names the section of its topic: a subject of its own, unlike "for how long?". */
    private static boolean namesItsSection(Question question, Topic topic) {
        return Pattern.compile("\\b" + Pattern.quote(topic.section().key()) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(question.text()).find();
    }

    /**
     * A message with no roles of its own, right after another question, that is short or points back at what was
     * said ("how do I fix that?"), carries that question on.
     */
    private static boolean continues(Question question, ConversationState state) {
        boolean brief = question.text().strip().split("\\s+").length <= FOLLOW_UP_WORDS;
        return followsAnother(question, state) && (brief || question.pointsBack());
    }

    /** A message with no roles of its own, right after another question. */
    private static boolean followsAnother(Question question, ConversationState state) {
        return state.lastQuestion().isPresent() && !question.namesRoles();
    }

    /** A question with no roles of its own, asked right after another on the same guide, could carry it on. */
    private boolean followsOnSameGuide(Question question, ConversationState state, Guide guide) {
        return followsAnother(question, state) && state.guideId().equals(Optional.of(guide.id()))
                && !interpreter.opensNewSubject(question.text());
    }

    /** What is embedded: the question as spelled out, without Slack's mention markup, after the question it follows up, if any. */
    private String meaningOf(Question question, Optional<String> followed) {
        String own = interpreter.readable(question.text());
        return followed.map(last -> interpreter.readable(last) + " " + own).orElse(own);
    }



    private void logUnanswered(Question question, String userId) {
        if (!question.text().isBlank()) {
            log.record(new QuestionLog.Entry(question.text(), clock.instant(), userId));
        }
    }

}
