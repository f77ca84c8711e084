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

    /** {@code plan …}: a study-plan request; {@code arguments} is everything after the word plan (see the plans package). */
    record Plan(String arguments) implements Command {
    }

    /** {@code team}: who in this channel follows which study plan. */
    record Team() implements Command {
    }

    /** {@code from} and {@code to} are the phrases as typed; the advisor resolves them to roles. */
    record ShowTransition(String from, String to, Optional<Section> section) implements Command {
    }

    /** One role named on its own: show the guides that start or end there. */
    record ShowRole(String role, Optional<Section> section) implements Command {
    }
}
