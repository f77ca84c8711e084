package com.transitionadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.KnowledgeFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate DIR} as a coach runs it, on a copy of the real knowledge folder. */
class ValidateCommandTest {
    private static final String GUIDE = "guides/backend-developer-to-cloud-engineer.yml";

    @TempDir
    Path temp;

    private record Run(int exit, String output) {
    }

    private Run validate(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"validate", folder.toString()}, Settings.fromEnvironment(Map.of()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void guideNotReviewedForAYear_isAWarning_andTheFolderStillValidates() throws IOException {
        Path knowledge = KnowledgeFixtures.copyOfRealKnowledge(temp.resolve("knowledge"));
        Path guide = knowledge.resolve(GUIDE);
        Files.writeString(guide, Files.readString(guide).replace("reviewed: 2026-11-20", "reviewed: 2020-01-15"));

        Run run = validate(knowledge);

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("warning: " + guide + ":"), run.output());
        assertTrue(run.output().contains(": reviewed: last reviewed 2020-01-15, more than 12 months ago"), run.output());
        assertTrue(run.output().contains(knowledge + ": OK (1 guide(s) to review)"), run.output());
    }

    @Test
    void copyOfTheTemplateInTheGuides_doesNotValidate() throws IOException {
        Path knowledge = KnowledgeFixtures.copyOfRealKnowledge(temp.resolve("knowledge"));
        Files.copy(knowledge.resolve("TEMPLATE.yml"), knowledge.resolve("guides/data-engineer-to-platform-engineer.yml"));

        Run run = validate(knowledge);

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("data-engineer-to-platform-engineer.yml:12: summary: is still the example text of"
                + " TEMPLATE.yml"), run.output());
        assertTrue(run.output().contains("1 problem(s) in " + knowledge), run.output());
    }

}
