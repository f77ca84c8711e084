package com.transitionadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.bench.SyntheticKnowledge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
    @TempDir
    Path temp;

    private record Run(int exit, String output) {
    }

    private Run index(Path knowledge) {
        Settings settings = Settings.fromEnvironment(Map.of(Settings.KNOWLEDGE_DIR, knowledge.toString(),
                Settings.DATA_DIR, temp.resolve("data").toString()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"index"}, settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void index_buildsTheIndexOnce_andThenFindsEveryGuideUnchanged() {
        Path knowledge = temp.resolve("knowledge");
        SyntheticKnowledge.write(knowledge, 5, 3);

        Run first = index(knowledge);
        Run second = index(knowledge);

        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("5 guides indexed in ") && first.output().contains("(5 read, 0 unchanged, 0 removed)"),
                first.output());
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("(0 read, 5 unchanged, 0 removed)"), second.output());
    }

    @Test
    void index_onAnInvalidFolder_namesEveryProblemAndExitsOne() throws IOException {
        Path knowledge = temp.resolve("knowledge");
        SyntheticKnowledge.write(knowledge, 3, 3);
        Path guide;
        try (var files = Files.list(knowledge.resolve("guides"))) {
            guide = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(guide, Files.readString(guide).replaceFirst("(?m)^summary:", "summery:"));

        Run run = index(knowledge);

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(guide.toString()), run.output());
        assertTrue(run.output().contains("problem(s) in " + knowledge + "; the index was left as it was"), run.output());
    }
}
