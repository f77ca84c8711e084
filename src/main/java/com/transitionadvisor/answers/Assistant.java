package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.understanding.Command;
import com.transitionadvisor.understanding.CommandParser;
import java.util.Optional;

/**
 * The app's core entry point, shared by Slack and the console: text or a button's target in, a reply out.
 * Never throws on odd input; anything it cannot understand gets help.
 */
public final class Assistant {
    private final CommandParser parser;
    private final Advisor advisor;

    public Assistant(CommandParser parser, Advisor advisor) {
        this.parser = parser;
        this.advisor = advisor;
    }

    /** The text after {@code /transition}. */
    public Reply command(String text) {
        return advisor.answer(parser.parse(text));
    }

    /**
     * A direct message or @mention. A message that names a transition gets the same answer as the command;
     * anything else gets a short help reply.
     */
    public Reply message(String text) {
        Command command = parser.parse(text);
        Reply reply = advisor.answer(command);
        if (command instanceof Command.ShowTransition && !(reply instanceof Reply.UnknownRole)) {
            return reply;
        }
        if (command instanceof Command.ListGuides) {
            return reply;
        }
        return advisor.help(Optional.of("Tell me the move you have in mind, e.g. “backend developer to cloud engineer”."));
    }

    /** A button that opens a guide at a section. */
    public Reply open(String guideId, Section section, int page) {
        return advisor.open(guideId, section, page);
    }

    public Reply guideList() {
        return advisor.guideList();
    }
}
