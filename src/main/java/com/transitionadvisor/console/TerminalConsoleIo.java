package com.transitionadvisor.console;

import com.transitionadvisor.render.ConsoleStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The console on a terminal, through JLine: line editing (arrows, Ctrl-A/E, Ctrl-W…), history kept between runs in
 * the data folder, Ctrl-C to drop the line being typed, Ctrl-D to leave; replies in bold and wrapped to the width.
 */
public final class TerminalConsoleIo implements ConsoleIo {
    static final String HISTORY_FILE = "console-history";
    private final Terminal terminal;
    private final LineReader reader;

    TerminalConsoleIo(Terminal terminal, Optional<Path> history) {
        this.terminal = terminal;
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("transition-advisor")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        history.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        this.reader = builder.build();
    }

    /** The process's own terminal, with history in {@code dataDir}. */
    public static TerminalConsoleIo open(Path dataDir) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        Optional<Path> history = Optional.empty();
        try {
            Files.createDirectories(dataDir);
            history = Optional.of(dataDir.resolve(HISTORY_FILE));
        } catch (IOException e) {
            // a read-only data folder: history for this run only
        }
        return new TerminalConsoleIo(terminal, history);
    }

    /** The width of the process's terminal, for output that needs no line editing (0 when it cannot tell). */
    public static int width() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return terminal.getColumns();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public Optional<String> readLine(String prompt) {
        while (true) {
            try {
                return Optional.of(reader.readLine(prompt));
            } catch (UserInterruptException e) {
                // Ctrl-C drops the line being typed, as in a shell; Ctrl-D or "quit" leaves
            } catch (EndOfFileException e) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void write(String text) {
        terminal.writer().print(text);
        terminal.writer().flush();
    }

    @Override
    public ConsoleStyle style() {
        boolean dumb = terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
        return ConsoleStyle.terminal(terminal.getColumns(), !dumb);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.getHistory().save();
        } finally {
            terminal.close();
        }
    }
}
