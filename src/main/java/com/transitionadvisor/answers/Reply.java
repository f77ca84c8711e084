package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import java.util.List;
import java.util.Optional;

/** Everything the app can answer, independent of where it is shown (Slack or the console). */
public sealed interface Reply {

    /** How to use the app; {@code problem} says what was wrong with the input, when something was. */
    record Help(Optional<String> problem, List<Guide> examples) implements Reply {
    }

    /** Every guide, grouped by the role people come from. */
    record GuideList(List<RoleGroup> groups) implements Reply {
    }

    record RoleGroup(Role from, List<Guide> guides) {
    }

    /** One guide, opened at a section; long sections are shown a page at a time. */
    record GuideAnswer(Guide guide, Section section, int page) implements Reply {
        public GuideAnswer {
            if (page < 0) {
                throw new IllegalArgumentException("page must be 0 or more, was " + page);
            }
        }
    }

    /** Both roles are known but no guide covers the move between them. */
    record NoGuide(Role from, Role to, List<Guide> suggestions) implements Reply {
    }

    /** Some of the text could not be matched to a role. */
    record UnknownRole(List<String> unknownPhrases, List<Role> didYouMean, List<Guide> suggestions) implements Reply {
    }

    /** A single role was named: the guides that start or end there. */
    record RoleGuides(Role role, List<Guide> from, List<Guide> to) implements Reply {
    }
}
