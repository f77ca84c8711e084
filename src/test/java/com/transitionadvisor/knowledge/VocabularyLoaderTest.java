package com.transitionadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import com.transitionadvisor.understanding.TopicDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vocabulary files are validated like guides: each kind of mistake a coach may make is reported with its file,
 * line and field. Each fixture in {@code vocabulary-fixtures/} replaces one file of a copy of the real vocabulary.
 */
class VocabularyLoaderTest {
    private static final List<String> FILES = VocabularyLoader.FILES;

    @TempDir
    Path folder;

    /** The real vocabulary in {@link #folder}, with the files of fixture {@code name} put over it. */
    private Path withFixture(String name) {
        try {
            for (String file : FILES) {
                Files.copy(TestVocabulary.KNOWLEDGE.resolve(file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Path fixture = Path.of(VocabularyLoaderTest.class.getResource("/vocabulary-fixtures/" + name).toURI());
            try (Stream<Path> files = Files.list(fixture)) {
                for (Path file : files.toList()) {
                    Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<GuideProblem> problemsIn(String fixture) {
        return new VocabularyLoader().validate(withFixture(fixture));
    }

    /** One of the problems is at {@code file}, {@code line} and {@code field}, and says {@code saying}. */
    private void assertProblem(List<GuideProblem> problems, String file, int line, String field, String saying) {
        String path = folder.resolve(file).toString();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(path) && p.line() == line && p.field().equals(field)
                        && p.message().toLowerCase(Locale.ROOT).contains(saying.toLowerCase(Locale.ROOT))),
                () -> "expected " + file + ":" + line + ": " + field + ": …" + saying + "…, got " + problems);
    }

    @Test
    void validate_realVocabulary_reportsNoProblems() {
        assertEquals(List.of(), new VocabularyLoader().validate(TestVocabulary.KNOWLEDGE));
    }

    @Test
    void validate_chatSpellings_reportEachMistakeAtItsLine() {
        List<GuideProblem> problems = problemsIn("bad-spellings");

        assertProblem(problems, "abbreviations.yml", 7, "spellings[2].typed", "write 'wat'");
        assertProblem(problems, "abbreviations.yml", 8, "spellings[3].typed", "one word");
        assertProblem(problems, "abbreviations.yml", 9, "spellings[4].typed", "already defined at line 6");
        assertProblem(problems, "abbreviations.yml", 10, "spellings[5].means", "is required");
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void validate_anOrdinalOfMoreThanOneWord_orInBothOrdinalLists_isLocated() throws IOException {
        Path language = withFixture("valid").resolve(VocabularyLoader.LANGUAGE_FILE);
        String text = Files.readString(language);
        String changed = text.replace("  ordinal_last:\n    - last\n", "  ordinal_last:\n    - last\n    - first\n    - very end\n");
        assertTrue(!changed.equals(text), "the real language.yml has ordinal_last");
        Files.writeString(language, changed);
        List<String> lines = changed.lines().toList();
        int listLine = lines.indexOf("  ordinal_last:");
        int first = lines.subList(listLine, lines.size()).indexOf("    - first") + listLine + 1;
        int veryEnd = lines.subList(listLine, lines.size()).indexOf("    - very end") + listLine + 1;

        List<GuideProblem> problems = new VocabularyLoader().validate(folder);

        assertProblem(problems, "language.yml", first, "conversation.ordinal_last[2]", "also in conversation.ordinals");
        assertProblem(problems, "language.yml", veryEnd, "conversation.ordinal_last[3]", "more than one word");
    }

    @Test
    void validate_planRequestsWithoutAList_namesTheGroupAndList_andARepeatedCue_itsLine() throws IOException {
        Path language = withFixture("valid").resolve(VocabularyLoader.LANGUAGE_FILE);
        String text = Files.readString(language);
        int group = text.indexOf("\nplan_requests:");
        assertTrue(group > 0, "the real language.yml has plan_requests");
        String head = text.substring(0, group);
        String changed = head + text.substring(group).replaceFirst("(?s)\n  # words that ask to see.*", "\n")
                .replace("    - create\n", "    - create\n    - Create\n");
        Files.writeString(language, changed);
        List<String> lines = changed.lines().toList();
        // A list that is missing has no line of its own: the group's first line is given.
        int groupLine = lines.indexOf("  plan_words:") + 1;
        int repeat = lines.indexOf("    - Create") + 1;

        List<GuideProblem> problems = new VocabularyLoader().validate(folder);

        assertProblem(problems, "language.yml", groupLine, "plan_requests.show_cues", "is required");
        assertProblem(problems, "language.yml", repeat, "plan_requests.make_cues[" + (repeat - lines.indexOf("  make_cues:") - 1) + "]",
                "already in this list");
    }

    @Test
    void load_languageWithoutPlanRequests_stillLoads_withNoPlanCues() throws IOException {
        Path language = withFixture("valid").resolve(VocabularyLoader.LANGUAGE_FILE);
        String text = Files.readString(language);
        Files.writeString(language, text.substring(0, text.indexOf("\nplan_requests:")) + "\n");

        assertEquals(List.of(), new VocabularyLoader().validate(folder));
        assertEquals(List.of(), new VocabularyLoader().load(folder).language().planRequests().planWords());
        assertTrue(TestVocabulary.REAL.language().planRequests().planWords().contains("study plan"));
    }

    @Test
    void validate_smallValidTopicsFile_reportsNoProblems() {
        assertEquals(List.of(), problemsIn("valid"));
    }

    @Test
    void validate_missingRequiredField_namesIt() {
        assertProblem(problemsIn("missing-field"), "topics.yml", 2, "topics[1].section", "is required");
    }

    @Test
    void validate_unknownField_suggestsTheClosestAllowedName() {
        assertProblem(problemsIn("unknown-field"), "topics.yml", 10, "topics[1].cue", "did you mean 'cues'");
    }

    @Test
    void validate_numberWhereAListOfPhrasesBelongs_saysItMustBeAList() {
        assertProblem(problemsIn("wrong-type"), "topics.yml", 10, "topics[1].cues", "must be a list");
    }

    @Test
    void validate_cueWithColon_saysYamlReadItAsAFieldAndToQuoteIt() {
        assertProblem(problemsIn("wrong-type-item"), "topics.yml", 12, "topics[1].cues[2]",
                "YAML read this item as a field named 'timeline' because of the ': ' in it; put the whole item in quotes");
    }

    @Test
    void validate_emptyPhrase_isReported() {
        assertProblem(problemsIn("empty-phrase"), "topics.yml", 12, "topics[1].cues[2]", "empty phrase");
    }

    @Test
    void validate_cueTwiceInOneTopic_pointsAtTheFirst() {
        assertProblem(problemsIn("duplicate-cue"), "topics.yml", 13, "topics[1].cues[3]",
                "'how long' is already a cue of this topic (line 11)");
    }

    @Test
    void validate_cueClaimedByTwoTopics_namesTheOtherTopic() {
        assertProblem(problemsIn("cue-in-two-topics"), "topics.yml", 22, "topics[2].cues[2]",
                "'timeline' is already a cue of topic 'timeline' (line 12)");
    }

    @Test
    void validate_unknownSection_listsTheSectionKeys() {
        assertProblem(problemsIn("unknown-section"), "topics.yml", 3, "topics[1].section",
                "unknown section 'timing'; use one of: overview, skills, gaps, timeline");
    }

    @Test
    void validate_unknownPassageKind_listsTheKinds() {
        assertProblem(problemsIn("unknown-passage-kind"), "topics.yml", 6, "topics[1].strong_passages[1]",
                "unknown passage kind 'timeline.phases'; use one of: overview.summary");
    }

    @Test
    void validate_fewerThanThreeExamples_asksForMore() {
        assertProblem(problemsIn("few-examples"), "topics.yml", 6, "topics[1].examples",
                "has 2 example question(s); write at least 3");
    }

    @Test
    void validate_unknownFlag_listsTheFlags() {
        assertProblem(problemsIn("unknown-flag"), "topics.yml", 5, "topics[1].flags[1]",
                "unknown flag 'timely'; use one of: generic, describes_roles, time");
    }

    @Test
    void validate_yamlSyntaxError_pointsAtTheLine() {
        assertProblem(problemsIn("syntax-error"), "topics.yml", 4, "", "YAML syntax error");
    }

    @Test
    void validate_clearCueThatIsNoSideCue_saysWhereToAddIt() {
        assertProblem(problemsIn("clear-cue-not-a-side-cue"), "language.yml", 116, "sides.clear_cues[2]",
                "'by way of' is neither in sides.from_cues nor in sides.to_cues");
    }

    @Test
    void validate_searchWords_reportEachMistakeAtItsLine() {
        List<GuideProblem> problems = problemsIn("bad-search-words");

        assertProblem(problems, "search.yml", 3, "question_words[2]", "write 'what'");
        assertProblem(problems, "search.yml", 4, "question_words[3]", "listed twice");
        assertProblem(problems, "search.yml", 5, "question_words[4]", "one word");
        assertProblem(problems, "search.yml", 9, "synonyms[2].words", "at least 2");
        assertProblem(problems, "search.yml", 10, "synonyms[3].words[2]", "write 'certification'");
        assertProblem(problems, "search.yml", 11, "synonyms[4].words[1]", "already in the group at line 8");
        assertProblem(problems, "search.yml", 12, "synonyms[5].words[3]", "lower-case words");
        // a digit the search's tokenizer drops would leave an entry with no word at all
        assertProblem(problems, "search.yml", 13, "synonyms[6].words[2]", "lower-case words");
        assertEquals(8, problems.size(), problems.toString());
    }

    @Test
    void validate_missingSearchWords_saysWhatTheFileHolds() throws IOException {
        withFixture("valid");
        Files.delete(folder.resolve(VocabularyLoader.SEARCH_FILE));
        assertProblem(new VocabularyLoader().validate(folder), "search.yml", 0, "", "never searched for");
    }

    @Test
    void validate_missingFile_saysWhatItHolds() throws IOException {
        withFixture("valid");
        Files.delete(folder.resolve(VocabularyLoader.ABBREVIATIONS_FILE));
        assertProblem(new VocabularyLoader().validate(folder), "abbreviations.yml", 0, "", "is missing");
    }

    @Test
    void load_invalidVocabulary_isRefused() {
        Path broken = withFixture("unknown-flag");
        assertThrows(InvalidKnowledgeBaseException.class, () -> new VocabularyLoader().load(broken));
    }

    @Test
    void realTopics_eachHaveAtLeastThreeExamples() {
        for (Topic topic : TestVocabulary.REAL.topics().all()) {
            assertTrue(topic.examples().size() >= TopicsReader.MIN_EXAMPLES, topic.id());
        }
    }

    @Test
    void aCoachAddsACue_andTheTopicIsThenDetected() throws IOException {
        String question = "do they offer visa sponsorship?";
        Topic employers = TestVocabulary.topic("employers");
        assertFalse(new TopicDetector(TestVocabulary.REAL).detect(question).contains(employers));

        withFixture("valid");
        Files.copy(TestVocabulary.KNOWLEDGE.resolve(VocabularyLoader.TOPICS_FILE), folder.resolve(VocabularyLoader.TOPICS_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        Path topics = folder.resolve(VocabularyLoader.TOPICS_FILE);
        String edited = Files.readString(topics).replace("    cues:\n      - employer\n",
                "    cues:\n      - visa sponsorship\n      - employer\n");
        Files.writeString(topics, edited);
        Vocabulary taught = new VocabularyLoader().load(folder);

        assertEquals(List.of(employers), new TopicDetector(taught).detect(question));
    }
}
