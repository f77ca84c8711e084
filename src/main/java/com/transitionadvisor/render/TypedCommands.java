package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.GuideEntry;
import java.util.Locale;

/** How a person types a guide's move, for console hints and examples: "backend developer to cloud engineer". */
public final class TypedCommands {
    /** Typed in the console right after an answer: the 👍 and 👎 buttons. */
    public static final String HELPFUL = "helpful";
    public static final String NOT_HELPFUL = "not helpful";

    private TypedCommands() {
    }

    /**
     * A page of a section, as typed: {@code /transition … skills page 2} ({@code index} counts from 0); the overview's
     * second page, about the move, is {@code /transition … overview}.
     */
    static String page(GuideEntry guide, com.transitionadvisor.knowledge.Section section, int index) {
        boolean about = section == com.transitionadvisor.knowledge.Section.OVERVIEW && index == 1;
        return slashCommand(guide) + " " + section.key() + (about ? "" : " page " + (index + 1));
    }

    static String move(GuideEntry guide) {
        return guide.from().name().toLowerCase(Locale.ROOT) + " to " + guide.to().name().toLowerCase(Locale.ROOT);
    }

    static String slashCommand(GuideEntry guide) {
        return "/transition " + move(guide);
    }
}
