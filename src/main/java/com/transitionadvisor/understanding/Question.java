package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import java.util.List;
import java.util.Optional;

/**
 * A free-text question as understood: the roles it names (and on which side of the move), roles it asks
 * about that the app does not know, its topics, and the words left for searching the guides.
 *
 * @param unplaced    roles named besides the start and the goal: without saying which side they are on, or on a
 *                    side already taken by a role named more clearly
 * @param unknownRole a goal the person named that is not a known role ("become a pilot")
 * @param unknownStart a role the person says they have that is not a known role ("I'm a mobile developer")
 * @param clearSides  the wording made the direction clear ("I'm a…", "from X to Y"), rather than it being inferred
 * @param clearStart  the wording placed the start itself plainly ("I'm a…", "from X"), not only the goal ("a cloud
 *                    engineer becoming a backend dev" says nothing of who the person is)
 * @param goalGuessed the goal was not worded as one: it is simply the role left over once the start was placed
 * @param searchTexts the words to search the guides for, best first: the whole question, then (for a message of
 *                    several sentences) the sentence that asks it
 * @param reverse     asks about the opposite direction of the move discussed so far
 * @param smallTalk   a greeting or thanks with nothing to answer
 * @param outOfScope  asks for something no guide is about: a job done for the person ("write my CV", "fix my code"),
 *                    or moving up in the role they have ("how do I get promoted to senior?")
 */
public record Question(String text, Optional<Role> from, Optional<Role> to, List<Role> unplaced,
                       boolean clearSides, boolean clearStart, boolean goalGuessed, Optional<String> unknownRole,
                       Optional<String> unknownStart, List<Topic> topics,
                       List<String> searchTexts, boolean reverse, boolean smallTalk, boolean outOfScope,
                       List<String> parts, boolean pointsBack, List<String> compared, Optional<Case> condition) {
    public Question {
        parts = List.copyOf(parts);
        compared = List.copyOf(compared);
        unplaced = List.copyOf(unplaced);
        topics = List.copyOf(topics);
        searchTexts = List.copyOf(searchTexts);
        if (searchTexts.isEmpty()) {
            throw new IllegalArgumentException("a question has at least one search text, even an empty one");
        }
    }

    /** The words to search the guides for: the whole question without role names and topic cues. */
    public String searchText() {
        return searchTexts.get(0);
    }

    public boolean namesRoles() {
        return from.isPresent() || to.isPresent() || !unplaced.isEmpty();
    }

    /** The case a question is asked for ("if I already know Docker") and the question asked for it ("how long?"). */
    public record Case(String condition, String question) {
    }

    /** This question's move and wording, asking only what {@code rest} (a part of it) asks: its topics and words. */
    public Question askingOnly(Question rest) {
        return new Question(text, from, to, unplaced, clearSides, clearStart, goalGuessed, unknownRole, unknownStart,
                rest.topics, rest.searchTexts, reverse, false, false, List.of(),
                rest.pointsBack, rest.compared, Optional.empty());
    }
}
