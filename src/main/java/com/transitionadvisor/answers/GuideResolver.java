package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.search.HybridRanker;
import com.transitionadvisor.search.PassageHit;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.search.SearchRequest;
import com.transitionadvisor.understanding.Question;
import com.transitionadvisor.understanding.QuestionInterpreter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which guide answers a question: the move it names, the conversation's guide, or the one guide whose passages
 * name what it asks about; otherwise which move is meant is asked, or that no guide has it is said.
 */
final class GuideResolver {
    static final int MAX_CHOICES = 5;
    /** How much better (in fused score) one guide's best passage must be for the question's content to pick the guide. */
    private static final float CLEARLY_BETTER = 0.2f;

    private final KnowledgeBase knowledge;
    private final QuestionInterpreter interpreter;
    private final PassageIndex index;
    private final HybridRanker ranker;

    GuideResolver(KnowledgeBase knowledge, QuestionInterpreter interpreter, PassageIndex index, HybridRanker ranker) {
        this.knowledge = knowledge;
        this.interpreter = interpreter;
        this.index = index;
        this.ranker = ranker;
    }

    /** The full guide behind an entry the knowledge base listed, read only now that its text is needed. */
    Guide shown(GuideEntry entry) {
        return knowledge.guideById(entry.id())
                .orElseThrow(() -> new IllegalStateException("the guide source has no guide " + entry.id()));
    }

    /**
     * A guide to answer from, with the texts to search it for (best first), or a reply that needs no guide.
     *
     * @param aside the guide answers one question about a role beside the conversation's own guide ("how much does a
     *              cloud engineer make?" in a conversation on a guide without pay figures), which stays the
     *              conversation's guide
     */
    record Resolution(Optional<GuideEntry> guide, Optional<Reply> reply, List<String> searchTexts,
                              Optional<String> note, boolean aside) {
        static Resolution of(GuideEntry guide, List<String> searchTexts) {
            return new Resolution(Optional.of(guide), Optional.empty(), searchTexts, Optional.empty(), false);
        }

        static Resolution aside(GuideEntry guide, List<String> searchTexts) {
            return new Resolution(Optional.of(guide), Optional.empty(), searchTexts, Optional.empty(), true);
        }

        /** A guide for another move that covers the one asked about, with the note that says so first. */
        static Resolution instead(GuideEntry guide, List<String> searchTexts, String note) {
            return new Resolution(Optional.of(guide), Optional.empty(), searchTexts, Optional.of(note), false);
        }

        static Resolution reply(Reply reply) {
            return new Resolution(Optional.empty(), Optional.of(reply), List.of(), Optional.empty(), false);
        }
    }

    Resolution resolve(Question question, Optional<GuideEntry> context, Optional<Role> ownRole) {
        List<String> search = question.searchTexts();
        if (question.from().isPresent() && question.to().isPresent()) {
            return pair(question.from().get(), question.to().get(), question);
        }
        if (question.reverse() && context.isPresent() && fitsTheReverse(question, context.get())) {
            return pair(context.get().to(), context.get().from(), question);
        }
        if (question.unknownRole().isPresent() && question.to().isEmpty()) {
            // "I'm a backend developer and I want to become a chef": the goal is what matters, and we have no guide
            return Resolution.reply(new Reply.NotCovered(question.text(), question.unknownRole(), Optional.empty(),
                    question.from().map(knowledge::guidesFrom).orElse(knowledge.guides()).stream().limit(MAX_CHOICES).toList()));
        }
        if (question.unknownStart().isPresent()) {
            // "I'm a mobile developer, how do I get into cloud?": no guide starts there, and another start's guide
            // would be a guess
            return Resolution.reply(new Reply.NotCovered(question.text(), question.unknownStart(), Optional.empty(),
                    question.to().map(knowledge::guidesTo).orElse(knowledge.guides()).stream().limit(MAX_CHOICES).toList()));
        }
        Optional<Role> named = question.from().or(question::to).or(() -> question.unplaced().stream().findFirst());
        if (named.isPresent()) {
            return oneRole(question, named.get(), context, ownRole);
        }
        if (context.isPresent()) {
            return Resolution.of(context.get(), search);
        }
        return withoutContext(question, ownRole);
    }

    /**
     * Whether the roles a question asking for the other way round names, if any, fit the reverse of the context's
     * move ("flip it – what would a cloud engineer need to learn to do my job?" after backend → cloud).
     */
    private static boolean fitsTheReverse(Question question, GuideEntry context) {
        return question.from().map(context.to()::equals).orElse(true) && question.to().map(context.from()::equals).orElse(true)
                && question.unplaced().stream().allMatch(role -> role.equals(context.from()) || role.equals(context.to()));
    }

    /**
     * The guide for a move. When there is none but the goal was only guessed (the role left over, as in "devops-y
     * stuff appeals, I'm backend, what cloud roles are there?"), another role the question names that has a guide
     * from the same start is the goal.
     */
    private Resolution pair(Role from, Role to, Question question) {
        Optional<GuideEntry> guide = knowledge.entry(from, to);
        if (guide.isPresent()) {
            return Resolution.of(aboutTheRoles(guide.get(), question), question.searchTexts());
        }
        if (question.goalGuessed() && question.from().equals(Optional.of(from))) {
            Optional<GuideEntry> named = question.unplaced().stream()
                    .map(other -> knowledge.entry(from, other)).flatMap(Optional::stream).findFirst();
            if (named.isPresent()) {
                return Resolution.of(named.get(), question.searchTexts());
            }
        }
        Optional<GuideEntry> asPath = knowledge.guidesFrom(from).stream().filter(g -> leadsTo(shown(g), to)).findFirst();
        if (asPath.isPresent()) {
            // "backend dev to SRE, would that suit me?": no guide for that move, but a guide from the same start
            // discusses the role as a career path or a first job
            return Resolution.instead(asPath.get(), List.of(question.text()), "There is no guide for " + from.name()
                    + " → " + to.name() + ", but the " + asPath.get().title() + " guide covers " + to.name()
                    + " as a career path:");
        }
        return Resolution.reply(new Reply.NoGuide(from, to, suggestions(from, to)));
    }

    /** Whether one of the guide's career paths is the role (its name names the role). */
    private boolean leadsTo(Guide guide, Role role) {
        return guide.paths().stream().map(path -> interpreter.interpret(path.name()))
                .anyMatch(path -> path.from().equals(Optional.of(role)) || path.to().equals(Optional.of(role))
                        || path.unplaced().contains(role));
    }

    /**
     * Pay and the daily work describe the two roles, not the move between them: when the wording did not say which
     * way the move goes ("the day job of a cloud engineer compared to backend") and only the opposite guide describes
     * that, it answers.
     */
    private GuideEntry aboutTheRoles(GuideEntry guessed, Question question) {
        Optional<Topic> primary = question.topics().stream().findFirst();
        if (question.clearSides() || primary.isEmpty() || !primary.get().describesRoles()
                || describes(shown(guessed), primary.get())) {
            return guessed;
        }
        return knowledge.entry(guessed.to(), guessed.from())
                .filter(opposite -> describes(shown(opposite), primary.get()))
                .orElse(guessed);
    }

    private static boolean describes(Guide guide, Topic topic) {
        return topic.section() == Section.SALARY ? guide.has(Section.SALARY)
                : guide.overview().flatMap(Guide.Overview::dayToDay).isPresent();
    }

    private Resolution oneRole(Question question, Role role, Optional<GuideEntry> context, Optional<Role> ownRole) {
        List<GuideEntry> candidates = new ArrayList<>();
        if (question.to().isEmpty()) {
            candidates.addAll(knowledge.guidesFrom(role));
        }
        if (question.from().isEmpty()) {
            candidates.addAll(knowledge.guidesTo(role));
        }
        Optional<GuideEntry> ownMove = ownRole.filter(own -> question.to().equals(Optional.of(role)))
                .filter(own -> context.isPresent() && !own.equals(context.get().from()))
                .flatMap(own -> knowledge.entry(own, role));
        if (ownMove.isPresent()) {
            // "ok back to me – what's the best first cloud role for someone like me?" after talking about the move
            // the other way round: the goal named with the role the person said they have
            return Resolution.of(ownMove.get(), question.searchTexts());
        }
        if (context.isPresent() && (candidates.contains(context.get()) || mayKeep(context.get(), role, question))) {
            // "how much does a cloud engineer make?" in a conversation on a guide without pay figures: the guide the
            // other way round may have them
            GuideEntry about = aboutTheRoles(context.get(), question);
            return about.equals(context.get()) ? Resolution.of(about, question.searchTexts())
                    : Resolution.aside(about, question.searchTexts());
        }
        if (candidates.isEmpty() && context.isPresent() && question.to().equals(Optional.of(role))
                && !role.equals(context.get().from())) {
            // "and for data engineer?", "what if I moved into data engineering instead?": the goal changes, the start
            // stays, and that move may have no guide
            return pair(ownRole.orElse(context.get().from()), role, question);
        }
        if (candidates.isEmpty()) {
            boolean roleHasGuides = !knowledge.guidesFrom(role).isEmpty() || !knowledge.guidesTo(role).isEmpty();
            if (context.isPresent() && !roleHasGuides) {
                // "is platform engineering a good first role?": a role with no guides is a subject, not a route; the
                // conversation's guide answers when it has the role as a career path
                GuideEntry about = leadsTo(shown(context.get()), role) ? context.get() : guideAbout(question, context.get());
                return Resolution.of(about, List.of(question.text()));
            }
            return Resolution.reply(new Reply.NotCovered(question.text(), Optional.of(role.name()), context,
                    suggestions(question.from().orElse(role), question.to().orElse(role))));
        }
        List<GuideEntry> likely = likeliest(candidates.stream().distinct().toList(), question, ownRole);
        if (likely.size() == 1) {
            return Resolution.of(aboutTheRoles(likely.get(0), question), question.searchTexts());
        }
        return Resolution.reply(new Reply.WhichGuide(question.text(), likely.stream().limit(MAX_CHOICES).toList()));
    }

    /**
     * Of several guides that could answer, those that fit what is known: the move starts at the role the person
     * said they have; a question about pay, whose figures are about roles rather than moves, goes to the guides
     * that have salary figures; and the question's own words may really match only one of them.
     */
    private List<GuideEntry> likeliest(List<GuideEntry> candidates, Question question, Optional<Role> ownRole) {
        List<GuideEntry> likely = candidates;
        if (likely.size() > 1 && ownRole.isPresent()) {
            List<GuideEntry> fromOwn = likely.stream().filter(g -> g.from().equals(ownRole.get())).toList();
            likely = fromOwn.isEmpty() ? likely : fromOwn;
        }
        if (likely.size() > 1 && question.topics().stream().findFirst().filter(GuideResolver::aboutPay).isPresent()) {
            List<GuideEntry> withFigures = likely.stream().filter(g -> shown(g).has(Section.SALARY)).toList();
            likely = withFigures.isEmpty() ? likely : withFigures;
        }
        if (likely.size() > 1) {
            // the question's own words ("which provider first, AWS or GCP?") may be in only one of them
            List<GuideEntry> matching = matchingGuides(question).stream().filter(likely::contains).toList();
            likely = matching.size() == 1 ? matching : likely;
        }
        if (likely.size() > 1) {
            // "what k8s topics trip up backend devs? probes?": the words single out a passage in only one of them
            String meaning = interpreter.readable(question.text());
            List<GuideEntry> naming = likely.stream()
                    .filter(guide -> rankedIn(guide, question, meaning).stream().anyMatch(PassageEvidence::singlesOut)).toList();
            likely = naming.size() == 1 ? naming : likely;
        }
        if (likely.size() > 1) {
            likely = clearlyBestMatch(likely, question).map(List::of).orElse(likely);
        }
        return likely;
    }

    /**
     * The one guide whose best passage answers the question clearly better than any other guide's best ("what k8s
     * topics trip up backend devs?" is only in one of them); none when they answer about equally well ("how long
     * will it take?"), because then only the person can say which move they mean.
     */
    private Optional<GuideEntry> clearlyBestMatch(List<GuideEntry> candidates, Question question) {
        String meaning = interpreter.readable(question.text());
        return clearlyAhead(bestFirst(candidates.stream()
                .map(guide -> Map.entry(guide, rankedIn(guide, question, meaning)))));
    }

    /** Every passage of the guide, ranked for the question. */
    private List<HybridRanker.Ranked> rankedIn(GuideEntry guide, Question question, String meaning) {
        return ranker.rank(new HybridRanker.Query(guide.id(), question.searchText(), meaning, question.topics(), 1));
    }

    /** Guides by the fused score of their best passage, best first. */
    private static List<Map.Entry<GuideEntry, Float>> bestFirst(Stream<Map.Entry<GuideEntry, List<HybridRanker.Ranked>>> ranked) {
        return ranked.map(guide -> Map.entry(guide.getKey(), guide.getValue().stream().findFirst()
                        .map(HybridRanker.Ranked::score).orElse(0f)))
                .sorted(Map.Entry.<GuideEntry, Float>comparingByValue().reversed())
                .toList();
    }

    /** The first guide, when its best passage answers clearly better than the next guide's. */
    private static Optional<GuideEntry> clearlyAhead(List<Map.Entry<GuideEntry, Float>> bestFirst) {
        return bestFirst.size() > 1 && bestFirst.get(0).getValue() - bestFirst.get(1).getValue() >= CLEARLY_BETTER
                ? Optional.of(bestFirst.get(0).getKey()) : Optional.empty();
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

    /**
     * The guides with a passage the question's words name outright (a tool, a term), best first, among those a loose
     * search finds: "is terraform gonna be a pain to pick up?" shares too few words with any one passage for
     * {@link #matchingGuides}, yet one guide answers it.
     */
    private List<GuideEntry> answeringGuides(Question question) {
        Set<GuideEntry> candidates = new LinkedHashSet<>();
        index.search(SearchRequest.everywhere(withoutNumbers(question.searchText()), question.topics(), 50))
                .forEach(hit -> candidates.add(entryOf(hit)));
        String meaning = interpreter.readable(question.text());
        // a guide counts when any of its passages is named outright: a word two guides have ("skill") is no clue
        // to which one is meant, even when the other guide's best passage is another
        List<Map.Entry<GuideEntry, Float>> answering = bestFirst(candidates.stream().limit(MAX_CHOICES)
                .map(guide -> Map.entry(guide, rankedIn(guide, question, meaning)))
                .filter(ranked -> ranked.getValue().stream().anyMatch(PassageEvidence::namesOutright)));
        return clearlyAhead(answering).map(List::of).orElseGet(() -> answering.stream().map(Map.Entry::getKey).toList());
    }

    /** The guides with a real match for the question: a stray word ("what time is it in Tokyo?") is not one. */
    List<GuideEntry> matchingGuides(Question question) {
        List<PassageHit> hits = index.search(SearchRequest.everywhere(withoutNumbers(question.searchText()),
                question.topics(), 50).strict());
        Set<GuideEntry> guides = new LinkedHashSet<>();
        hits.forEach(hit -> guides.add(entryOf(hit)));
        return List.copyOf(guides);
    }

    private Resolution withoutContext(Question question, Optional<Role> ownRole) {
        // No roles and nothing said before: only a real match counts.
        List<GuideEntry> guides = matchingGuides(question);
        if (guides.isEmpty()) {
            guides = answeringGuides(question);
        }
        if (guides.isEmpty()) {
            return Resolution.reply(new Reply.NotCovered(question.text(), Optional.empty(), Optional.empty(),
                    knowledge.guides().stream().limit(MAX_CHOICES).toList()));
        }
        List<GuideEntry> likely = ownRole.isPresent() ? likeliest(guides, question, ownRole) : guides;
        if (likely.size() == 1) {
            return Resolution.of(likely.get(0), question.searchTexts());
        }
        return Resolution.reply(new Reply.WhichGuide(question.text(), likely.stream().limit(MAX_CHOICES).toList()));
    }

    /** The entry of the guide a passage comes from (the index is built from this knowledge base's guides). */
    private GuideEntry entryOf(PassageHit hit) {
        return knowledge.entry(hit.passage().guide().id()).orElseThrow();
    }

    private List<GuideEntry> suggestions(Role from, Role to) {
        return knowledge.closestGuides(Optional.of(from), Optional.of(to), MAX_CHOICES);
    }

    static String withoutNumbers(String text) {
        return text.replaceAll("\\b\\d+\\b", " ").strip();
    }

    /** The text without its figures: every word that starts with a digit ("15%", "80k", "3yrs"). */
    static String withoutFigures(String text) {
        return text.replaceAll("(?<![\\w])\\d\\S*", " ").strip();
    }

    /** The topic the salary section answers: pay figures are about roles, and some guides have none. */
    private static boolean aboutPay(Topic topic) {
        return topic.section() == Section.SALARY;
    }
}
