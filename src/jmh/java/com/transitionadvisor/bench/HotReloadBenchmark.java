package com.transitionadvisor.bench;

import com.transitionadvisor.Application;
import com.transitionadvisor.Settings;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.live.KnowledgeProblemsListener;
import com.transitionadvisor.live.KnowledgeWatcher;
import com.transitionadvisor.live.LoggedKnowledgeProblems;
import com.transitionadvisor.search.semantic.MiniLmEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hot reload, save to served: a coach saves an edited guide (written to a temporary file and renamed over the
 * original, as editors save) under an app started as {@code Main} starts it ({@code Application.start}: the search
 * index on disk, the sentence model, the knowledge folder watched); the time runs until {@code /transition <from>
 * to <to>} answers with the edited text. It includes the watcher's quiet period ({@link KnowledgeWatcher#QUIET}),
 * reading the folder again (unchanged guide files are recognised and not re-read) and embedding the changed guide's
 * passages. Each invocation edits the same guide once more, so every measurement is one real change.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
// the first iteration includes the setup's first index, which with the sentence model takes minutes at 1,000 guides
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
@State(Scope.Benchmark)
public class HotReloadBenchmark {
    /** A save not served by then is a failure, not a slow figure. */
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String EDITED = "Moving from ";

    @Param({"2", "1000", "10000"})
    public int guides;

    private Path temp;
    private Path guideFile;
    private String original;
    private String command;
    private Application app;
    private KnowledgeWatcher watcher;
    private int edits;

    /** Copies the synthetic folder (it is edited), starts the app on it and starts watching. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        temp = Files.createTempDirectory("hot-reload-bench-");
        Path knowledge = temp.resolve("knowledge");
        copy(BenchKnowledge.folder(guides), knowledge);
        SyntheticKnowledge.Pair pair = SyntheticKnowledge.plan(guides, BenchKnowledge.SEED).guides().get(0);
        guideFile = knowledge.resolve(KnowledgeBaseLoader.GUIDES_FOLDER).resolve(pair.guideId() + ".yml");
        original = Files.readString(guideFile);
        if (!original.contains(EDITED)) {
            throw new IllegalStateException(guideFile + " has no '" + EDITED + "' to edit");
        }
        command = pair.from().name().toLowerCase(Locale.ROOT) + " to " + pair.to().name().toLowerCase(Locale.ROOT);
        Settings settings = Settings.fromEnvironment(Map.of(Settings.KNOWLEDGE_DIR, knowledge.toString(),
                Settings.DATA_DIR, temp.resolve("data").toString()));
        app = Application.start(settings, new InMemoryQuestionLog(), new MiniLmEmbedder());
        watcher = app.watchKnowledge(KnowledgeProblemsListener.all(List.of(new LoggedKnowledgeProblems()))).orElseThrow();
        if (served("no edit yet") == null) {
            throw new IllegalStateException("'" + command + "' does not open the guide to be edited");
        }
    }

    /** Saves one more edit of the guide and returns once it is what the app answers. */
    @Benchmark
    public Reply saveToServed() throws IOException, InterruptedException {
        String mark = "edit " + (++edits) + " of the benchmark ";
        Path saving = guideFile.resolveSibling("." + guideFile.getFileName() + ".swp");
        Files.writeString(saving, original.replaceFirst(EDITED, EDITED + mark));
        long saved = System.nanoTime();
        Files.move(saving, guideFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        while (System.nanoTime() - saved < GIVE_UP_NANOS) {
            Reply reply = served(mark);
            if (reply != null) {
                return reply;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the save was not served within 60 s: " + mark);
    }

    /** The guide's answer when it shows {@code mark}; null while it does not yet. */
    private Reply served(String mark) {
        Reply reply = app.assistant().command(command);
        boolean shows = reply instanceof Reply.GuideAnswer answer
                && (mark.equals("no edit yet") || answer.guide().summary().contains(mark));
        return shows ? reply : null;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } finally {
            BenchKnowledge.deleteRecursively(temp);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
