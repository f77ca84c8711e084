package com.transitionadvisor.console;

import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.Requester;
import java.util.Locale;

/** What a console line means: a line starting with {@code /transition} is the command, anything else a DM. */
final class ConsoleInput {
    static final String COMMAND = "/transition";

    private ConsoleInput() {
    }

    static boolean isCommand(String line) {
        String trimmed = line.stripLeading();
        return trimmed.toLowerCase(Locale.ROOT).startsWith(COMMAND)
                && (trimmed.length() == COMMAND.length() || Character.isWhitespace(trimmed.charAt(COMMAND.length())));
    }

    /** The console is one local user in one conversation. */
    static final String CONVERSATION = "console";
    static final String USER = com.transitionadvisor.plans.Requester.CONSOLE_USER;

    static Reply answer(Assistant assistant, String line) {
        return isCommand(line)
                ? assistant.command(line.stripLeading().substring(COMMAND.length()), Requester.console())
                : assistant.message(CONVERSATION, USER, line);
    }
}
