package com.transitionadvisor.console;

import com.transitionadvisor.render.ConsoleStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The console over plain streams, when stdin or stdout is not a terminal: no editing, no styling, no wrapping. */
public final class PlainConsoleIo implements ConsoleIo {
    private final BufferedReader in;
    private final PrintStream out;

    public PlainConsoleIo(InputStream in, PrintStream out) {
        this(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out);
    }

    public PlainConsoleIo(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Optional<String> readLine(String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        return Optional.ofNullable(in.readLine());
    }

    @Override
    public void write(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public ConsoleStyle style() {
        return ConsoleStyle.PLAIN;
    }

    @Override
    public void close() {
        out.flush();
    }
}
