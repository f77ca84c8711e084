package com.transitionadvisor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.transitionadvisor.console.ConsoleIo;
import com.transitionadvisor.console.GuidePreview;
import com.transitionadvisor.console.InteractiveConsole;
import com.transitionadvisor.console.JsonLinesChat;
import com.transitionadvisor.console.PlainConsoleIo;
import com.transitionadvisor.console.TerminalConsoleIo;
import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.InvalidKnowledgeBaseException;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.KnowledgeFolder;
import com.transitionadvisor.knowledge.StaleGuides;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.live.KnowledgeProblemsListener;
import com.transitionadvisor.live.KnowledgeWatcher;
import com.transitionadvisor.live.LoggedKnowledgeProblems;
import com.transitionadvisor.plans.CheckInScheduler;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.render.ConsoleStyle;
import com.transitionadvisor.search.IndexedKnowledge;
import com.transitionadvisor.search.IndexedKnowledgeLoader;
import com.transitionadvisor.search.semantic.MiniLmEmbedder;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.AuthorsNotifier;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.SlackTimeouts;
import com.transitionadvisor.slack.SlackGroupMembers;
import com.transitionadvisor.slack.SocketModeRunner;
import com.transitionadvisor.storage.DataFolderLock;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import com.transitionadvisor.storage.SharedState;
import com.transitionadvisor.storage.StorageException;
import com.transitionadvisor.storage.MissingMoveRepository;
import com.transitionadvisor.storage.UnansweredQuestionRepository;
import com.transitionadvisor.understanding.TopicDetector;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Reads the command line and the environment, wires the app, and starts the mode asked for. */
public final class Main {

    private Main() {
    }

    /**
     * Where a run reads and writes: the console's input and output, errors and logs, and whether stdin and stdout
     * are a terminal (line editing, wrapping and bold headings) or pipes (plain lines, as scripts expect).
     */
    record Streams(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, Settings.fromEnvironment(System.getenv()),
                new Streams(System.in, stdout, stderr, System.console() != null)));
    }

    static int run(String[] rawArgs, Settings environment, PrintStream out) {
        return run(rawArgs, environment, new Streams(System.in, out, System.err, false));
    }

    static int run(String[] rawArgs, Settings environment, Streams streams) {
        PrintStream out = streams.out();
        PrintStream err = streams.err();
        CommandLine line;
        try {
            line = CommandLine.parse(rawArgs, environment.hasSlackTokens());
        } catch (CommandLine.UsageException e) {
            err.println(e.getMessage());
            err.print(e.usage());
            return 2;
        }
        if (line.help()) {
            out.print(line.command() == CommandLine.Command.HELP ? CommandLine.USAGE : line.command().usage());
            return 0;
        }
        Settings settings = line.knowledgeDir().map(environment::withKnowledgeDir).orElse(environment);
        try {
            return switch (line.command()) {
                case VALIDATE -> validate(line.arguments().isEmpty() ? settings.knowledgeDir() : Path.of(line.arguments().get(0)), out);
                case PREVIEW -> preview(Path.of(line.arguments().get(0)), line.knowledgeDir(), settings, streams);
                case INDEX -> requireKnowledge(settings, err) ? index(settings, out) : 1;
                case CHAT -> requireKnowledge(settings, err) ? chat(settings, line.has("--jsonl"), streams) : 1;
                case SLACK -> requireKnowledge(settings, err) ? slack(settings) : 1;
                case HELP -> {
                    out.print(CommandLine.USAGE);
                    yield 0;
                }
            };
        } catch (InvalidKnowledgeBaseException e) {
            err.println("Refusing to start: " + e.getMessage());
            return 1;
        } catch (Settings.SettingsException e) {
            err.println("Cannot start: " + e.getMessage());
            return 2;
        } catch (DataFolderLock.HeldElsewhere e) {
            err.println(e.getMessage() + " Its embedded database can be open in one copy at a time.\n"
                    + "Stop that copy, or give this one its own data folder with " + Settings.DATA_DIR + "=DIR.\n"
                    + "To run two copies on the same plans, share a PostgreSQL database between them: set "
                    + Settings.DATABASE_URL + "=jdbc:postgresql://host:5432/transition (with " + Settings.DATABASE_USER
                    + " and " + Settings.DATABASE_PASSWORD + ") for each copy.");
            return 1;
        } catch (StorageException e) {
            err.println("Cannot start: " + e.getMessage() + " (set " + Settings.DATABASE_URL + " for PostgreSQL, or "
                    + Settings.DATA_DIR + " for the embedded database's folder)");
            return 1;
        } catch (Exception e) {
            err.println("Stopped by an error: " + e);
            return 1;
        }
    }

    /**
     * Before anything is created: a missing knowledge folder is named with where it was looked for and how to
     * point elsewhere, and no data folder or index is made for it.
     */
    private static boolean requireKnowledge(Settings settings, PrintStream err) {
        Optional<String> missing = KnowledgeFolder.missing(settings.knowledgeDir());
        missing.ifPresent(problem -> err.println(problem + "\n"
                + "Run the app from the folder that holds knowledge/, or point it at the guides with --knowledge DIR"
                + " or " + Settings.KNOWLEDGE_DIR + "=DIR. Nothing was created."));
        return missing.isEmpty();
    }

    private static int validate(Path folder, PrintStream out) {
        List<GuideProblem> problems = new ArrayList<>(new KnowledgeBaseLoader().validate(folder));
        if (java.nio.file.Files.isDirectory(folder)) {
            problems.addAll(new VocabularyLoader().validate(folder));
        }
        if (problems.isEmpty()) {
            List<GuideProblem> stale = new StaleGuides(Clock.systemUTC()).in(new KnowledgeBaseLoader().load(folder));
            stale.forEach(warning -> out.println("warning: " + warning));
            out.println(folder + ": OK" + (stale.isEmpty() ? "" : " (" + stale.size() + " guide(s) to review)"));
            return 0;
        }
        problems.forEach(problem -> out.println(problem));
        out.println(problems.size() + " problem(s) in " + folder);
        return 1;
    }

    private static int preview(Path file, Optional<Path> knowledgeOption, Settings settings, Streams streams) {
        Path knowledge = knowledgeOption.orElseGet(() -> GuidePreview.knowledgeFolderOf(file, settings.knowledgeDir()));
        ConsoleStyle style = streams.terminal() ? ConsoleStyle.terminal(TerminalConsoleIo.width()) : ConsoleStyle.PLAIN;
        return new GuidePreview(new KnowledgeBaseLoader()).show(file, knowledge, streams.out(), style);
    }

    private static int index(Settings settings, PrintStream out) throws Exception {
        IndexedKnowledge indexed;
        try {
            TopicDetector topics = new TopicDetector(new VocabularyLoader().load(settings.knowledgeDir()));
            indexed = new IndexedKnowledgeLoader(new PassageExtractor(topics), new MiniLmEmbedder())
                    .open(settings.knowledgeDir(), settings.indexDir());
        } catch (InvalidKnowledgeBaseException e) {
            e.problems().forEach(out::println);
            out.println(e.problems().size() + " problem(s) in " + settings.knowledgeDir() + "; the index was left as it was");
            return 1;
        }
        try (PassageIndex passages = indexed.passages()) {
            IndexedKnowledge.Update update = indexed.update();
            out.println(settings.knowledgeDir() + ": " + indexed.knowledge().size() + " guides indexed in "
                    + settings.indexDir() + " (" + update.read() + " read, " + update.unchanged() + " unchanged, "
                    + update.removed() + " removed)");
        }
        return 0;
    }

    private static int chat(Settings settings, boolean jsonLines, Streams streams) throws Exception {
        DatabaseConfig config = settings.databaseConfig();
        try (DataFolderLock claim = claimDataFolder(settings);
             Database database = Database.open(config)) {
            // the console's one local user reads their own question log
            Application app = Application.start(settings.withAuthor(Requester.CONSOLE_USER), new UnansweredQuestionRepository(database),
                    new MissingMoveRepository(database), new JdbcPlanStore(database, Clock.systemUTC()), new MiniLmEmbedder());
            Optional<KnowledgeWatcher> watcher = app.watchKnowledge(new LoggedKnowledgeProblems());
            if (jsonLines) {
                BufferedReader in = new BufferedReader(new InputStreamReader(streams.in(), StandardCharsets.UTF_8));
                new JsonLinesChat(app.assistant(), app.presenter(), new ObjectMapper()).run(in, streams.out());
            } else {
                try (ConsoleIo io = streams.terminal() ? TerminalConsoleIo.open(settings.dataDir())
                        : new PlainConsoleIo(streams.in(), streams.out())) {
                    new InteractiveConsole(app.assistant(), app.presenter()).run(io);
                }
            }
            watcher.ifPresent(KnowledgeWatcher::close);
        }
        return 0;
    }

    /** The embedded database's folder is claimed before H2 is opened, so a second copy is told at once. */
    private static DataFolderLock claimDataFolder(Settings settings) {
        return settings.databaseUrl().isEmpty() ? DataFolderLock.claim(settings.dataDir()) : DataFolderLock.none();
    }

    private static int slack(Settings settings) throws Exception {
        Settings.SlackTokens tokens = settings.slackTokens();
        DatabaseConfig config = settings.databaseConfig();
        DataFolderLock claim = claimDataFolder(settings);
        Database database = Database.open(config);
        JdbcPlanStore planStore = new JdbcPlanStore(database, Clock.systemUTC());
        SlackConfig slackConfig = SlackTimeouts.applyTo(new SlackConfig(), SlackTimeouts.CALL);
        // a Web API client of its own for author groups: the core is built before the Socket Mode app
        Slack directory = Slack.getInstance(slackConfig);
        // On PostgreSQL, event ids and conversations live in the database: any copy may get any envelope.
        SharedState shared = SharedState.of(database, Clock.systemUTC(), Ticker.systemTicker());
        Application app = Application.start(settings, new UnansweredQuestionRepository(database),
                new MissingMoveRepository(database), planStore,
                new MiniLmEmbedder(), shared::conversations, SlackGroupMembers.of(directory.methods(tokens.bot()), Ticker.systemTicker()));
        ExecutorService executor = AfterAck.boundedWorkers(AfterAck.WORKERS, AfterAck.QUEUE);
        SlackAppFactory factory = new SlackAppFactory(app.assistant(), app.presenter(),
                shared.events(), executor, app.plans());
        SocketModeRunner runner = SocketModeRunner.connect(slackConfig, factory, tokens.bot(), tokens.app(), executor);
        Optional<KnowledgeWatcher> watcher = app.watchKnowledge(authorsToo(runner, tokens, settings));
        ScheduledExecutorService checkInTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "check-ins");
            thread.setDaemon(true);
            return thread;
        });
        factory.checkInSender().ifPresent(sender -> new CheckInScheduler(planStore, sender, Clock.systemUTC(),
                shared.copyName(), CheckInScheduler.LEASE).start(checkInTimer, Duration.ofMinutes(1)));
        checkInTimer.scheduleWithFixedDelay(shared::purgeExpired, 10, 10, TimeUnit.MINUTES);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // SIGTERM: no new check-ins, but one being sent finishes while the Web API client is still open;
                // then the runner closes the socket, lets answers in flight post, and closes the client.
                watcher.ifPresent(KnowledgeWatcher::close);
                checkInTimer.shutdown();
                if (!checkInTimer.awaitTermination(5, TimeUnit.SECONDS)) {
                    checkInTimer.shutdownNow();
                }
                runner.close();
                directory.close();
            } catch (Exception e) {
                System.err.println("Error while disconnecting: " + e);
            } finally {
                database.close();
                claim.close();
                stopped.countDown();
            }
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    /** Problems in a change to the knowledge folder go to the log, and by DM to the authors in TRANSITION_AUTHORS. */
    private static KnowledgeProblemsListener authorsToo(SocketModeRunner runner, Settings.SlackTokens tokens, Settings settings) {
        List<String> authors = settings.privacy().authors().userIds().stream().sorted().toList();
        if (authors.isEmpty()) {
            System.err.println(AuthorsNotifier.AUTHORS + " is not set: problems in changed guides are only logged");
            return new LoggedKnowledgeProblems();
        }
        return KnowledgeProblemsListener.all(List.of(new LoggedKnowledgeProblems(),
                new AuthorsNotifier(runner.webApi(tokens.bot()), authors)));
    }
}
