package com.transitionadvisor.console;

import com.transitionadvisor.render.ConsoleStyle;
import java.io.IOException;
import java.util.Optional;

/** Where the interactive console reads lines and writes replies: a terminal, or plain streams (pipes, scripts). */
public interface ConsoleIo extends AutoCloseable {

    /** The next line typed after {@code prompt}; empty at the end of input. */
    Optional<String> readLine(String prompt) throws IOException;

    /** Writes text that is already rendered for {@link #style()}. */
    void write(String text);

    /** How replies are laid out here: plain lines, or bold and wrapped to the terminal's current width. */
    ConsoleStyle style();

    @Override
    void close() throws IOException;
}
