package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.search.Passage;
import java.util.List;
import java.util.Optional;

/** Everything the app can answer, independent of where it is shown (Slack or the console). */
public sealed interface Reply {

    /** Files the reply hands over (an exported plan); none for most replies. */
    default List<com.transitionadvisor.plans.ExportFile> files() {
        return List.of();
    }

    /**
     * Whether only the person who asked may see it (what others asked, and who may read that): never posted in a
     * channel or thread, whoever asks there.
     */
    default boolean forAskerOnly() {
        return this instanceof Unanswered || this instanceof AuthorsOnly || this instanceof AuthorsDesk
                || this instanceof AuthorsDeskRefused;
    }

    /**
     * How to use the app; {@code problem} says what was wrong with the input, when something was.
     *
     * @param forAuthor whether the person is a guide author, who is also shown the commands for authors
     */
    record Help(Optional<String> problem, List<GuideEntry> examples, boolean forAuthor) implements Reply {
        public Help(Optional<String> problem, List<GuideEntry> examples) {
            this(problem, examples, false);
        }

        public Help withAuthorCommands() {
            return new Help(problem, examples, true);
        }
    }

    /** Every guide, grouped by the role people come from. */
    record GuideList(List<RoleGroup> groups) implements Reply {
    }

    record RoleGroup(Role from, List<GuideEntry> guides) {
    }

    /**
     * One guide, opened at a section; long sections are shown a page at a time. {@code unavailable} is a
     * section that was asked for but that this guide does not have (the overview is shown instead).
     */
    record GuideAnswer(Guide guide, Section section, int page, Optional<Section> unavailable) implements Reply {
        public GuideAnswer {
            if (page < 0) {
                throw new IllegalArgumentException("page must be 0 or more, was " + page);
            }
        }

        public GuideAnswer(Guide guide, Section section, int page) {
            this(guide, section, page, Optional.empty());
        }
    }

    /** Both roles are known but no guide covers the move between them. */
    record NoGuide(Role from, Role to, List<GuideEntry> suggestions) implements Reply {
    }

    /** Some of the text could not be matched to a role. */
    record UnknownRole(List<String> unknownPhrases, List<Role> didYouMean, List<GuideEntry> suggestions) implements Reply {
    }

    /** A single role was named: the guides that start or end there. */
    record RoleGuides(Role role, List<GuideEntry> from, List<GuideEntry> to) implements Reply {
    }

    /**
     * The passages of a guide that answer a question, best first.
     *
     * @param caveat said before the passages, e.g. that the guide has no salary figures
     */
    record PassageAnswer(Guide guide, List<Passage> passages, Section section, String question,
                         Optional<String> caveat, Optional<String> feedbackId) implements Reply {
        public PassageAnswer {
            passages = List.copyOf(passages);
            if (passages.isEmpty()) {
                throw new IllegalArgumentException("an answer needs at least one passage");
            }
        }

        /** Not stored (yet): it gets no 👍/👎, which need an answer to refer to. */
        public PassageAnswer(Guide guide, List<Passage> passages, Section section, String question, Optional<String> caveat) {
            this(guide, passages, section, question, caveat, Optional.empty());
        }

        /** @param id the stored answer record that 👍 and 👎 refer to */
        public PassageAnswer withFeedbackId(String id) {
            return new PassageAnswer(guide, passages, section, question, caveat, Optional.of(id));
        }
    }

    /** The question fits several guides: ask which one is meant. */
    record WhichGuide(String question, List<GuideEntry> candidates) implements Reply {
    }

    /**
     * The guides do not answer this. {@code unknownRole} names a goal the app has no guides for;
     * {@code context} is the guide the conversation was about, if any; {@code notAdvice} says the message asked
     * for something other than advice on a move ("write my CV", "fix my code"), which no guide could answer.
     */
    record NotCovered(String question, Optional<String> unknownRole, Optional<GuideEntry> context,
                      List<GuideEntry> suggestions, boolean notAdvice) implements Reply {
        public NotCovered(String question, Optional<String> unknownRole, Optional<GuideEntry> context,
                          List<GuideEntry> suggestions) {
            this(question, unknownRole, context, suggestions, false);
        }
    }

    /** Text that is not a question the app can read (a stray word, keys typed by mistake): say so, and what it does. */
    record NotFollowed(String text, List<GuideEntry> examples) implements Reply {
    }

    /** The most frequent unanswered or 👎 questions, for guide authors. */
    record Unanswered(List<QuestionLog.Frequent> questions) implements Reply {
        public Unanswered {
            questions = List.copyOf(questions);
        }
    }

    /**
     * The question log is for guide authors only: who to ask instead.
     *
     * @param authorIds Slack user ids of the authors, to name them
     */
    record AuthorsOnly(List<String> authorIds) implements Reply {
        public AuthorsOnly {
            authorIds = List.copyOf(authorIds);
        }
    }

    /**
     * {@code /transition authors}, for a guide author: the guides to review and the moves asked for most that no
     * guide covers.
     */
    record AuthorsDesk(List<com.transitionadvisor.knowledge.StaleGuides.Stale> staleGuides, List<RequestedMove> requestedMoves)
            implements Reply {
        public AuthorsDesk {
            staleGuides = List.copyOf(staleGuides);
            requestedMoves = List.copyOf(requestedMoves);
        }
    }

    /**
     * A move asked for that no guide covers, as authors read it.
     *
     * @param from     the role's name, or the text typed when it is no role
     * @param fromRole whether {@code from} names a role in roles.yml
     */
    record RequestedMove(String from, boolean fromRole, String to, boolean toRole, long count) {
    }

    /** {@code /transition authors} from someone who is not a guide author: it says so, and nothing else. */
    record AuthorsDeskRefused() implements Reply {
    }

    /** A 👍 or 👎 was taken (or, for an answer that is not, or no longer, stored, refused). */
    record FeedbackNoted(boolean helpful, QuestionLog.Vote vote) implements Reply {
    }

    /**
     * Said where someone asked for a reply only they may see: it was sent to their direct messages instead, or,
     * when {@code delivered} is false, it could not be, so it is not shown at all.
     */
    record SentPrivately(boolean delivered) implements Reply {
    }

    /** The answer to a study-plan request ({@code /transition plan …}, {@code /transition team}). */
    record PlanReply(com.transitionadvisor.plans.PlanOutcome outcome) implements Reply {
        @Override
        public List<com.transitionadvisor.plans.ExportFile> files() {
            return outcome instanceof com.transitionadvisor.plans.PlanOutcome.Exported exported ? List.of(exported.file()) : List.of();
        }
    }

    /** A greeting or thanks. */
    record SmallTalk(boolean thanks) implements Reply {
    }
}
