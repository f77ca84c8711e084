package com.transitionadvisor.console;

import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.ExportFile;
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
                Reply reply = ConsoleInput.answer(assistant, line);
                out.print(presenter.console(reply, audience));
                reply.files().forEach(file -> printFile(file, out));
            }
            out.print("you> ");
            out.flush();
        }
        out.println();
    }

    /** An exported file, printed plainly between two rulers so it can be copied (or cut out of a saved log). */
    private static void printFile(ExportFile file, PrintStream out) {
        out.println("----- " + file.name() + " (" + file.mimetype() + ") -----");
        out.print(file.content().replace("\r\n", "\n"));
        out.println("----- end of " + file.name() + " -----");
    }
}
