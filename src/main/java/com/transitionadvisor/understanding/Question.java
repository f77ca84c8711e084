package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Role;
import java.util.List;
import java.util.Optional;

/**
 * A free-text question as understood: the roles it names (and on which side of the move), roles it asks
 * about that the app does not know, its topics, and the words left for searching the guides.
 *
 * @param unplaced    roles named without saying whether they are the start or the goal
 * @param unknownRole a goal the person named that is not a known role ("become a pilot")
 * @param clearSides  the wording made the direction clear ("I'm a…", "from X to Y"), rather than it being inferred
 * @param reverse     asks about the opposite direction of the move discussed so far
 * @param smallTalk   a greeting or thanks with nothing to answer
 */
public record Question(String text, Optional<Role> from, Optional<Role> to, List<Role> unplaced,
                       boolean clearSides, Optional<String> unknownRole, List<Topic> topics, String searchText,
                       boolean reverse, boolean smallTalk) {
    public Question {
        unplaced = List.copyOf(unplaced);
        topics = List.copyOf(topics);
    }

    public boolean namesRoles() {
        return from.isPresent() || to.isPresent() || !unplaced.isEmpty();
    }
}
