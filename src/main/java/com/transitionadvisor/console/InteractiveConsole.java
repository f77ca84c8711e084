package com.transitionadvisor.console;

import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** The local console: each line is a direct message from a local user, or {@code /transition …}. */
public final class InteractiveConsole {
    private final Assistant assistant;
    private final Presenter presenter;

    public InteractiveConsole(Assistant assistant, Presenter presenter) {
        this.assistant = assistant;
        this.presenter = presenter;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        out.println("Transition Advisor console. Type a question, or /transition help. Ctrl-D or 'quit' to leave.");
        out.print("you> ");
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.equals("quit") || trimmed.equals("exit")) {
                break;
            }
            if (!trimmed.isEmpty()) {
                Audience audience = ConsoleInput.isCommand(line) ? Audience.privately() : Audience.directMessage();
                out.print(presenter.console(ConsoleInput.answer(assistant, line), audience));
            }
            out.print("you> ");
            out.flush();
        }
        out.println();
    }
}
