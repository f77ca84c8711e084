package com.transitionadvisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.KnowledgeFixtures;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.BlockKitLimitsAssert;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.CardComposer;
import com.transitionadvisor.render.ConsoleRenderer;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Broken guide files: a valid knowledge folder (the app's own {@code knowledge/}, or the {@code valid} fixture) with
 * one file edited at random. {@link KnowledgeBaseLoader#validate} never throws; either the edit kept the folder
 * valid, and then it loads and the edited guide renders within Slack's limits on every page, or every problem is
 * located: it names one of the folder's files, a line inside that file (1 or more, except for the few problems
 * that concern a whole file), and says what is wrong.
 */
class GuideFileProperties {
    /** Problems that are about a whole file (or folder), and so have no line. */
    private static final List<String> WHOLE_FILE = List.of("UTF-8", "larger than", "must consist of fields", "is missing",
            "cannot be read", "is not a folder");
    private static final KnowledgeBaseLoader LOADER = new KnowledgeBaseLoader();
    /** Private replies get the most buttons, shared ones the attribution. */
    private static final List<Audience> AUDIENCES = List.of(Audience.privately(), Audience.sharedBy("U0123ABCD"));

    private static final List<Source> SOURCES = List.of(new Source("knowledge", Path.of("knowledge")),
            new Source("knowledge-fixtures/valid", Path.of("src/test/resources/knowledge-fixtures/valid")));

    private static Path scratch;
    private static int folders;

    /** A valid knowledge folder to start from. */
    record Source(String name, Path folder) {
        List<Path> guides() {
            try (Stream<Path> files = Files.list(folder.resolve(KnowledgeBaseLoader.GUIDES_FOLDER))) {
                return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeContainer
    static void makeScratch() throws IOException {
        scratch = Files.createTempDirectory("guide-fuzz-");
    }

    @AfterContainer
    static void removeScratch() throws IOException {
        if (scratch != null) {
            deleteTree(scratch);
        }
    }

    @Property(tries = 300)
    void validate_anyEditOfAGuide_neverThrowsAndEveryProblemIsLocated(
            @ForAll("source") Source source, @ForAll("guideIndex") int guideIndex,
            @ForAll("mutations") List<FileMutation> mutations) throws IOException {
        List<Path> guides = source.guides();
        Path edited = guides.get(guideIndex % guides.size());
        checkEdited(source, source.folder().relativize(edited), mutations);
    }

    @Property(tries = 80)
    void validate_anyEditOfRolesYml_neverThrowsAndEveryProblemIsLocated(
            @ForAll("source") Source source, @ForAll("mutations") List<FileMutation> mutations) throws IOException {
        checkEdited(source, Path.of(KnowledgeBaseLoader.ROLES_FILE), mutations);
    }

    private static void checkEdited(Source source, Path editedFile, List<FileMutation> mutations) throws IOException {
        Path folder = copy(source.folder());
        try {
            Path target = folder.resolve(editedFile);
            byte[] content = Files.readAllBytes(target);
            for (FileMutation mutation : ordered(mutations)) {
                content = mutation.apply(content);
            }
            Files.write(target, content);

            List<GuideProblem> problems = LOADER.validate(folder);

            assertNotNull(problems);
            if (problems.isEmpty()) {
                assertLoadsAndRenders(folder, target, content);
            } else {
                assertLocated(folder, target, problems);
            }
        } finally {
            deleteTree(folder);
        }
    }

    /** The edit kept the folder valid: it loads, and every page of the edited guide renders safely. */
    private static void assertLoadsAndRenders(Path folder, Path edited, byte[] content) {
        KnowledgeBase knowledge = LOADER.load(folder);
        Presenter presenter = new Presenter(new CardComposer(knowledge.guides()), new BlockKitRenderer(), new ConsoleRenderer());
        String input = new String(content, StandardCharsets.UTF_8);
        for (Guide guide : KnowledgeFixtures.fullGuides(knowledge)) {
            if (!Path.of(guide.sourceFile()).equals(edited) && !edited.endsWith(KnowledgeBaseLoader.ROLES_FILE)) {
                continue;
            }
            for (Section section : guide.sections()) {
                JsonNode previous = null;
                for (int page = 0; page < 50; page++) {
                    Reply reply = new Reply.GuideAnswer(guide, section, page);
                    JsonNode shown = null;
                    for (Audience audience : AUDIENCES) {
                        SlackMessage message = presenter.slack(reply, audience);
                        SlackOutput.assertSafe(message, audience, input);
                        shown = shown == null ? BlockKitLimitsAssert.toJson(message.blocks()) : shown;
                    }
                    assertNotNull(presenter.console(reply, Audience.directMessage()));
                    if (shown.equals(previous)) {
                        break; // past the last page, which repeats
                    }
                    previous = shown;
                }
            }
        }
    }

    /** Every problem names a file of the folder, a line inside it (or 0 for a whole-file problem) and what is wrong. */
    private static void assertLocated(Path folder, Path edited, List<GuideProblem> problems) throws IOException {
        Map<String, Integer> lineCounts = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                lineCounts.put(file.toString(), Files.isRegularFile(file) ? lineCount(Files.readAllBytes(file)) : 0);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (GuideProblem problem : problems) {
            String where = problem.toString();
            if (problem.file() == null || !lineCounts.containsKey(problem.file())) {
                wrong.add("names no file of the folder: " + where);
                continue;
            }
            if (problem.message() == null || problem.message().isBlank()) {
                wrong.add("says nothing: " + where);
            }
            if (problem.field() == null) {
                wrong.add("field is null: " + where);
            }
            int lines = lineCounts.get(problem.file());
            if (problem.line() < 0 || problem.line() > lines + 1) {
                wrong.add("line " + problem.line() + " is outside the file's " + lines + " lines: " + where);
            }
            boolean wholeFile = WHOLE_FILE.stream().anyMatch(problem.message()::contains);
            if (problem.line() == 0 && !wholeFile) {
                wrong.add("a problem inside the file without a line: " + where);
            }
            if (problem.line() == 0 && problem.field() != null && !problem.field().isEmpty()) {
                wrong.add("a problem with a field but no line: " + where);
            }
        }
        boolean editedNamed = problems.stream().anyMatch(p -> p.file().equals(edited.toString())
                || p.message().contains(edited.toString()));
        if (!editedNamed && !edited.endsWith(KnowledgeBaseLoader.ROLES_FILE)) {
            wrong.add("no problem names the edited file " + edited);
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " badly located problem(s):\n  " + String.join("\n  ", wrong)
                    + "\nall problems:\n  " + String.join("\n  ", problems.stream().map(GuideProblem::toString).toList()));
        }
    }

    /** Lines as the YAML parser counts them: \n, \r\n, a lone \r, U+0085, U+2028 and U+2029 each end a line. */
    private static int lineCount(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /** Edits of lines first, edits of bytes last, so that a corrupted byte is not repaired by decoding it again. */
    private static List<FileMutation> ordered(List<FileMutation> mutations) {
        List<FileMutation> ordered = new ArrayList<>(mutations);
        ordered.sort(Comparator.comparing(FileMutation::onBytes));
        return ordered;
    }

    private static synchronized Path copy(Path source) throws IOException {
        Path target = scratch.resolve("k" + folders++);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<Source> source() {
        return Arbitraries.of(SOURCES);
    }

    @Provide
    Arbitrary<Integer> guideIndex() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<List<FileMutation>> mutations() {
        return FileMutation.any().list().ofMinSize(1).ofMaxSize(4);
    }

    @Example
    void validate_emojiAcrossTheYamlReadersBuffer_isValid() throws IOException {
        // Found by the property above: SnakeYAML 2.3 read past its 1,024-character buffer when a surrogate pair
        // straddled its end, so a valid guide with an emoji at character 1,024 crashed validate and load.
        for (int at : new int[] {1023, 1024, 2047, 3071}) {
            Path folder = copy(SOURCES.get(0).folder());
            try {
                Path guide = SOURCES.get(0).guides().get(0);
                String text = Files.readString(folder.resolve(SOURCES.get(0).folder().relativize(guide)));
                String padded = "# " + "x".repeat(at - 2) + "🚀\n" + text;
                Files.writeString(folder.resolve(SOURCES.get(0).folder().relativize(guide)), padded);
                assertTrue(LOADER.validate(folder).isEmpty(), "emoji at " + at + ": " + LOADER.validate(folder));
            } finally {
                deleteTree(folder);
            }
        }
    }

    @Example
    void sources_areValidToStartWith() {
        // The properties above only mean something if the folders they edit are valid before the edit.
        for (Source source : SOURCES) {
            assertTrue(LOADER.validate(source.folder()).isEmpty(), source.name());
            assertFalse(source.guides().isEmpty(), source.name());
        }
    }
}
