package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.GuideEntry;
import java.util.Locale;

/** How a person types a guide's move, for console hints and examples: "backend developer to cloud engineer". */
final class TypedCommands {
    private TypedCommands() {
    }

    static String move(GuideEntry guide) {
        return guide.from().name().toLowerCase(Locale.ROOT) + " to " + guide.to().name().toLowerCase(Locale.ROOT);
    }

    static String slashCommand(GuideEntry guide) {
        return "/transition " + move(guide);
    }
}
