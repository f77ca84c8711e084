package com.transitionadvisor;

import com.transitionadvisor.render.ConsoleText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line, checked against what each command accepts: an unknown command, an unknown option or a missing
 * or extra argument is a {@link UsageException} (exit 2 with that command's usage), never silently another mode.
 *
 * @param knowledgeDir {@code --knowledge DIR}, when given
 * @param help         {@code --help} (or {@code -h}) was given: show the command's usage and do nothing else
 */
record CommandLine(Command command, Optional<Path> knowledgeDir, Set<String> flags, List<String> arguments, boolean help) {

    static final String JAR = "java -jar target/transition-advisor.jar";
    private static final String KNOWLEDGE_OPTION = "--knowledge";

    /** Every command, with the options and arguments it takes and its usage text. */
    enum Command {
        CHAT("chat", Set.of("--jsonl"), 0, 0, "[--jsonl] [--knowledge DIR]", """
                The interactive console: each line you type is a direct message to the app, or a /transition command.
                On a terminal it has line editing and history (up and down arrows), and wraps replies to the window.
                  --jsonl          read one message per line on stdin and write one JSON object per line on stdout,
                                   carrying exactly the Block Kit Slack would get; logs go to stderr
                """),
        SLACK("slack", Set.of(), 0, 0, "[--knowledge DIR]", """
                Connects to Slack through Socket Mode. Needs SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-…).
                """),
        VALIDATE("validate", Set.of(), 0, 1, "[DIR] [--knowledge DIR]", """
                Checks every file of a knowledge folder (default: the knowledge folder) and prints each problem with
                file, line and field. Exits 1 when there is any problem.
                """),
        INDEX("index", Set.of(), 0, 0, "[--knowledge DIR]", """
                Checks the knowledge folder, then builds or updates its search index in $TRANSITION_DATA_DIR and exits.
                Run it after deploying a new build, so that the app then starts without re-reading every guide.
                """),
        PREVIEW("preview", Set.of(), 1, 1, "FILE [--knowledge DIR]", """
                Shows one guide file section by section as Slack would show it, for coaches without Slack. Its roles
                come from the roles.yml of the knowledge folder the file is in (or --knowledge DIR). A file with
                problems gets each one with file, line and field, and exit code 1.
                """),
        HELP("help", Set.of(), 0, 0, "", """
                Shows this help. Every command also takes --help.
                """);

        private final String word;
        private final Set<String> flags;
        private final int minArguments;
        private final int maxArguments;
        private final String synopsis;
        private final String description;

        Command(String word, Set<String> flags, int minArguments, int maxArguments, String synopsis, String description) {
            this.word = word;
            this.flags = flags;
            this.minArguments = minArguments;
            this.maxArguments = maxArguments;
            this.synopsis = synopsis;
            this.description = description;
        }

        String word() {
            return word;
        }

        static Optional<Command> named(String word) {
            for (Command command : values()) {
                if (command.word.equals(word)) {
                    return Optional.of(command);
                }
            }
            return Optional.empty();
        }

        /** The usage of this one command, for {@code COMMAND --help} and after a mistake on its line. */
        String usage() {
            return "Usage: " + JAR + " " + word + (synopsis.isEmpty() ? "" : " " + synopsis) + "\n" + description
                    + (this == HELP ? "" : ENVIRONMENT);
        }
    }

    private static final String ENVIRONMENT = """
              --knowledge DIR  the knowledge folder (default: knowledge, or $TRANSITION_KNOWLEDGE_DIR)
              --help           this text
            """;

    /** The usage of the whole program, for {@code help} and after an unknown command. */
    static final String USAGE = """
            Usage: %s [command] [--knowledge DIR]
              (no command)     Socket Mode when SLACK_BOT_TOKEN and SLACK_APP_TOKEN are set, else the console
              chat             the interactive console: each line is a direct message, or /transition ...
              chat --jsonl     one JSON reply per input line on stdout (Block Kit as Slack gets it); logs on stderr
              slack            Socket Mode (needs both tokens)
              validate [DIR]   check a knowledge folder; exits 1 on any problem
              index            check the knowledge folder and build or update its search index in
                               $TRANSITION_DATA_DIR, then exit; run it after deploying a new build so the app
                               then starts without re-reading every guide
              preview FILE     show one guide file section by section as Slack would show it
              --knowledge DIR  the knowledge folder (default: knowledge, or $TRANSITION_KNOWLEDGE_DIR)
              COMMAND --help   what a command does and the options it takes
            Study plans are kept in an embedded database in $TRANSITION_DATA_DIR (default: data), or in PostgreSQL
            when $TRANSITION_DATABASE_URL is set (jdbc:postgresql://…, with $TRANSITION_DATABASE_USER and _PASSWORD).
            """.formatted(JAR);

    CommandLine {
        flags = Set.copyOf(flags);
        arguments = List.copyOf(arguments);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /**
     * @param slackByDefault what no command means: Socket Mode when Slack tokens are set, else the console
     * @throws UsageException for anything the command does not accept
     */
    static CommandLine parse(String[] args, boolean slackByDefault) {
        List<String> words = new ArrayList<>(List.of(args));
        Optional<Path> knowledge = Optional.empty();
        boolean help = false;
        Set<String> flags = new HashSet<>();
        List<String> arguments = new ArrayList<>();
        Optional<Command> command = Optional.empty();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(KNOWLEDGE_OPTION)) {
                if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                    throw new UsageException(KNOWLEDGE_OPTION + " needs a folder, e.g. " + KNOWLEDGE_OPTION + " ./knowledge",
                            command.map(Command::usage).orElse(USAGE));
                }
                knowledge = Optional.of(Path.of(words.get(++i)));
            } else if (word.startsWith(KNOWLEDGE_OPTION + "=")) {
                knowledge = Optional.of(Path.of(word.substring(KNOWLEDGE_OPTION.length() + 1)));
            } else if (word.equals("--help") || word.equals("-h")) {
                help = true;
            } else if (word.startsWith("-")) {
                options.add(word);
            } else if (command.isEmpty() && arguments.isEmpty()) {
                String name = word;
                command = Optional.of(Command.named(name).orElseThrow(() -> new UsageException(
                        "Unknown command '" + printable(name) + "'", USAGE)));
            } else {
                arguments.add(word);
            }
        }
        Command chosen = command.orElse(slackByDefault && options.isEmpty() ? Command.SLACK : Command.CHAT);
        if (help) {
            return new CommandLine(chosen, knowledge, flags, arguments, true);
        }
        for (String option : options) {
            if (!chosen.flags.contains(option)) {
                throw new UsageException("Unknown option '" + printable(option) + "' for " + chosen.word
                        + suggestion(option, chosen), chosen.usage());
            }
            flags.add(option);
        }
        if (arguments.size() < chosen.minArguments) {
            throw new UsageException(chosen.word + " needs " + chosen.synopsis.split(" ")[0], chosen.usage());
        }
        if (arguments.size() > chosen.maxArguments) {
            throw new UsageException("Unexpected '" + printable(arguments.get(chosen.maxArguments)) + "' after " + chosen.word,
                    chosen.usage());
        }
        return new CommandLine(chosen, knowledge, flags, arguments, false);
    }

    private static String suggestion(String option, Command command) {
        return command.flags.stream().filter(flag -> closeTo(option, flag)).findFirst()
                .map(flag -> " (did you mean " + flag + "?)").orElse("");
    }

    /** Same letters in another order, or one letter off: "--jsnol" for "--jsonl". */
    private static boolean closeTo(String typed, String flag) {
        char[] a = typed.toCharArray();
        char[] b = flag.toCharArray();
        Arrays.sort(a);
        Arrays.sort(b);
        if (Arrays.equals(a, b)) {
            return true;
        }
        if (Math.abs(typed.length() - flag.length()) > 1) {
            return false;
        }
        int same = 0;
        while (same < Math.min(typed.length(), flag.length()) && typed.charAt(same) == flag.charAt(same)) {
            same++;
        }
        return same >= flag.length() - 1;
    }

    /** A word from the command line, shown back without any control character a terminal would act on. */
    private static String printable(String word) {
        return ConsoleText.printable(word);
    }

    /** A command line the program does not accept; the message says what, the usage how it is written. */
    static final class UsageException extends RuntimeException {
        private final String usage;

        UsageException(String message, String usage) {
            super(message);
            this.usage = usage;
        }

        String usage() {
            return usage;
        }
    }
}
