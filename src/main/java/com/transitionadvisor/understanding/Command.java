package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.Section;
import java.util.Optional;

/** What a {@code /transition} command, or a message written like one, asks for. */
public sealed interface Command {

    record Help() implements Command {
    }

    record ListGuides() implements Command {
    }

    /** The questions the guides could not answer, for guide authors. */
    record Unanswered() implements Command {
    }

    /** What guide authors should look at: stale guides and the moves most asked for that have no guide. */
    record Authors() implements Command {
    }

    /** {@code plan …}: a study-plan request; {@code arguments} is everything after the word plan (see the plans package). */
    record Plan(String arguments) implements Command {
    }

    /** {@code team}: who in this channel follows which study plan. */
    record Team() implements Command {
    }

    /**
     * {@code from} and {@code to} are the phrases as typed; the advisor resolves them to roles.
     *
     * @param page of a long section, from 0 ({@code … faq page 2} is page 1): what "Show more" shows in Slack
     */
    record ShowTransition(String from, String to, Optional<Section> section, int page) implements Command {
        public ShowTransition {
            if (page < 0) {
                throw new IllegalArgumentException("page must be 0 or more, was " + page);
            }
        }

        public ShowTransition(String from, String to, Optional<Section> section) {
            this(from, to, section, 0);
        }
    }

    /** One role named on its own: show the guides that start or end there. */
    record ShowRole(String role, Optional<Section> section) implements Command {
    }
}
