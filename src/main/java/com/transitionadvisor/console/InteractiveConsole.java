package com.transitionadvisor.console;

import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.ExportFile;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.TypedCommands;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The local console: each line is a direct message from a local user, or {@code /transition …}. Typing
 * {@code helpful} or {@code not helpful} right after an answer does what its 👍 and 👎 buttons do in Slack.
 */
public final class InteractiveConsole {
    static final String BANNER = "Transition Advisor console. Type a question, or /transition help. Ctrl-D or 'quit' to leave.\n";
    static final String PROMPT = "you> ";
    private final Assistant assistant;
    private final Presenter presenter;

    public InteractiveConsole(Assistant assistant, Presenter presenter) {
        this.assistant = assistant;
        this.presenter = presenter;
    }

    /** Over plain streams, as when stdin is a pipe. */
    public void run(BufferedReader in, PrintStream out) throws IOException {
        run(new PlainConsoleIo(in, out));
    }

    public void run(ConsoleIo io) throws IOException {
        io.write(io.style().wrap(BANNER));
        Optional<String> answered = Optional.empty();
        Optional<String> line;
        while ((line = io.readLine(PROMPT)).isPresent()) {
            String trimmed = line.get().strip();
            if (trimmed.equals("quit") || trimmed.equals("exit")) {
                break;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            Optional<Boolean> feedback = answered.isPresent() ? feedback(trimmed) : Optional.empty();
            if (feedback.isPresent()) {
                Reply noted = assistant.feedback(ConsoleInput.USER, answered.get(), feedback.get());
                io.write(presenter.console(noted, Audience.privately(), io.style()));
                answered = Optional.empty();
                continue;
            }
            Audience audience = ConsoleInput.isCommand(line.get()) ? Audience.privately() : Audience.directMessage();
            Reply reply = ConsoleInput.answer(assistant, line.get());
            answered = reply instanceof Reply.PassageAnswer answer ? answer.feedbackId() : Optional.empty();
            io.write(presenter.console(reply, audience, io.style()));
            reply.files().forEach(file -> io.write(printable(file)));
        }
        io.write("\n");
    }

    /** An exported file, printed plainly between two rulers so it can be copied (or cut out of a saved log). */
    private static String printable(ExportFile file) {
        return "----- " + file.name() + " (" + file.mimetype() + ") -----\n" + file.content().replace("\r\n", "\n")
                + (file.content().endsWith("\n") ? "" : "\n") + "----- end of " + file.name() + " -----\n";
    }

    private static Optional<Boolean> feedback(String typed) {
        String word = typed.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        if (word.equals(TypedCommands.HELPFUL) || word.equals("👍")) {
            return Optional.of(true);
        }
        if (word.equals(TypedCommands.NOT_HELPFUL) || word.equals("👎")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
