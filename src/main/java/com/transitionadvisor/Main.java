package com.transitionadvisor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.transitionadvisor.console.InteractiveConsole;
import com.transitionadvisor.console.JsonLinesChat;
import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.InvalidKnowledgeBaseException;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.plans.CheckInScheduler;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.search.IndexedKnowledge;
import com.transitionadvisor.search.IndexedKnowledgeLoader;
import com.transitionadvisor.search.semantic.MiniLmEmbedder;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.EventDeduplicator;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.SlackTimeouts;
import com.transitionadvisor.slack.SlackGroupMembers;
import com.transitionadvisor.slack.SocketModeRunner;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.JdbcPlanStore;
import com.transitionadvisor.storage.StorageException;
import com.transitionadvisor.storage.UnansweredQuestionRepository;
import com.transitionadvisor.understanding.TopicDetector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Reads the command line and the environment, wires the app, and starts the mode asked for. */
public final class Main {
    static final String USAGE = """
            Usage: java -jar target/transition-advisor.jar [command] [--knowledge DIR]
              (no command)     Socket Mode when SLACK_BOT_TOKEN and SLACK_APP_TOKEN are set, else the console
              chat             the interactive console: each line is a direct message, or /transition ...
              chat --jsonl     one JSON reply per input line on stdout (Block Kit as Slack gets it); logs on stderr
              slack            Socket Mode (needs both tokens)
              validate [DIR]   check a knowledge folder; exits 1 on any problem
              index            check the knowledge folder and build or update its search index in
                               $TRANSITION_DATA_DIR, then exit; run it after deploying a new build so the app
                               then starts without re-reading every guide
              --knowledge DIR  the knowledge folder (default: knowledge, or $TRANSITION_KNOWLEDGE_DIR)
            Study plans are kept in an embedded database in $TRANSITION_DATA_DIR (default: data), or in PostgreSQL
            when $TRANSITION_DATABASE_URL is set (jdbc:postgresql://…, with $TRANSITION_DATABASE_USER and _PASSWORD).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, Settings.fromEnvironment(System.getenv()), stdout));
    }

    static int run(String[] rawArgs, Settings environment, PrintStream out) {
        List<String> args = new ArrayList<>(List.of(rawArgs));
        Settings settings = environment;
        int knowledgeFlag = args.indexOf("--knowledge");
        if (knowledgeFlag >= 0) {
            if (knowledgeFlag + 1 >= args.size()) {
                System.err.println("--knowledge needs a folder\n" + USAGE);
                return 2;
            }
            settings = settings.withKnowledgeDir(Path.of(args.get(knowledgeFlag + 1)));
            args.subList(knowledgeFlag, knowledgeFlag + 2).clear();
        }
        String command = args.isEmpty() ? (settings.hasSlackTokens() ? "slack" : "chat") : args.get(0);
        try {
            return switch (command) {
                case "validate" -> validate(args.size() > 1 ? Path.of(args.get(1)) : settings.knowledgeDir(), out);
                case "index" -> index(settings, out);
                case "chat" -> chat(settings, args.contains("--jsonl"), out);
                case "slack" -> slack(settings);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.println("Unknown command '" + command + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (InvalidKnowledgeBaseException e) {
            System.err.println("Refusing to start: " + e.getMessage());
            return 1;
        } catch (Settings.SettingsException e) {
            System.err.println("Cannot start: " + e.getMessage());
            return 2;
        } catch (StorageException e) {
            System.err.println("Cannot start: " + e.getMessage() + " (set " + Settings.DATABASE_URL + " for PostgreSQL, or "
                    + Settings.DATA_DIR + " for the embedded database's folder)");
            return 1;
        } catch (Exception e) {
            System.err.println("Stopped by an error: " + e);
            return 1;
        }
    }

    private static int validate(Path folder, PrintStream out) {
        List<GuideProblem> problems = new ArrayList<>(new KnowledgeBaseLoader().validate(folder));
        if (java.nio.file.Files.isDirectory(folder)) {
            problems.addAll(new VocabularyLoader().validate(folder));
        }
        if (problems.isEmpty()) {
            out.println(folder + ": OK");
            return 0;
        }
        problems.forEach(problem -> out.println(problem));
        out.println(problems.size() + " problem(s) in " + folder);
        return 1;
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

    private static int chat(Settings settings, boolean jsonLines, PrintStream out) throws Exception {
        try (Database database = Database.open(settings.databaseConfig())) {
            // the console's one local user reads their own question log
            Application app = Application.start(settings.withAuthor(Requester.CONSOLE_USER), new UnansweredQuestionRepository(database),
                    new JdbcPlanStore(database, Clock.systemUTC()), new MiniLmEmbedder());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (jsonLines) {
                new JsonLinesChat(app.assistant(), app.presenter(), new ObjectMapper()).run(in, out);
            } else {
                new InteractiveConsole(app.assistant(), app.presenter()).run(in, out);
            }
        }
        return 0;
    }

    private static int slack(Settings settings) throws Exception {
        Settings.SlackTokens tokens = settings.slackTokens();
        Database database = Database.open(settings.databaseConfig());
        JdbcPlanStore planStore = new JdbcPlanStore(database, Clock.systemUTC());
        SlackConfig slackConfig = SlackTimeouts.applyTo(new SlackConfig(), SlackTimeouts.CALL);
        // a Web API client of its own for author groups: the core is built before the Socket Mode app
        Slack directory = Slack.getInstance(slackConfig);
        Application app = Application.start(settings, new UnansweredQuestionRepository(database), planStore,
                new MiniLmEmbedder(), SlackGroupMembers.of(directory.methods(tokens.bot()), Ticker.systemTicker()));
        ExecutorService executor = AfterAck.boundedWorkers(AfterAck.WORKERS, AfterAck.QUEUE);
        SlackAppFactory factory = new SlackAppFactory(app.assistant(), app.presenter(),
                new EventDeduplicator(Ticker.systemTicker()), executor, app.plans());
        SocketModeRunner runner = SocketModeRunner.connect(slackConfig, factory, tokens.bot(), tokens.app(), executor);
        ScheduledExecutorService checkInTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "check-ins");
            thread.setDaemon(true);
            return thread;
        });
        factory.checkInSender().ifPresent(sender -> new CheckInScheduler(planStore, sender, Clock.systemUTC())
                .start(checkInTimer, Duration.ofMinutes(1)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // SIGTERM: no new check-ins, but one being sent finishes while the Web API client is still open;
                // then the runner closes the socket, lets answers in flight post, and closes the client.
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
                stopped.countDown();
            }
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
