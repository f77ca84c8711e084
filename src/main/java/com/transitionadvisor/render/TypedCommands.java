package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.Guide;
import java.util.Locale;

/** How a person types a guide's move, for console hints and examples: "backend developer to cloud engineer". */
final class TypedCommands {
    private TypedCommands() {
    }

    static String move(Guide guide) {
        return guide.from().name().toLowerCase(Locale.ROOT) + " to " + guide.to().name().toLowerCase(Locale.ROOT);
    }

    static String slashCommand(Guide guide) {
        return "/transition " + move(guide);
    }
}
