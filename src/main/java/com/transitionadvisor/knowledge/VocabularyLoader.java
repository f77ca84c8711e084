package com.transitionadvisor.knowledge;

import com.transitionadvisor.knowledge.vocabulary.SearchWords;
import com.transitionadvisor.knowledge.vocabulary.Shorthand;
import com.transitionadvisor.knowledge.vocabulary.Language;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads what the app understands from a knowledge folder: {@code topics.yml}, {@code language.yml},
 * {@code abbreviations.yml} and {@code search.yml}. Every problem in every file is collected, and an invalid vocabulary is refused as a whole.
 */
public final class VocabularyLoader {
    public static final String TOPICS_FILE = "topics.yml";
    public static final String LANGUAGE_FILE = "language.yml";
    public static final String ABBREVIATIONS_FILE = "abbreviations.yml";
    public static final String SEARCH_FILE = "search.yml";
    /** Every file of a vocabulary, as named in a knowledge folder. */
    public static final List<String> FILES = List.of(TOPICS_FILE, LANGUAGE_FILE, ABBREVIATIONS_FILE, SEARCH_FILE);

    private record Attempt(Optional<Vocabulary> vocabulary, List<GuideProblem> problems) {
    }

    /**
     * What the app makes of a folder's vocabulary (its topic detector), made again only when one of the vocabulary
     * files changed: a guide saved while the app runs leaves the vocabulary as it was.
     */
    public static final class Cached<T> {
        private final Path folder;
        private final Function<Vocabulary, T> make;
        private List<String> contents = List.of();
        private Optional<T> made = Optional.empty();

        public Cached(Path folder, Function<Vocabulary, T> make) {
            this.folder = folder;
            this.make = make;
        }

        /** @throws InvalidKnowledgeBaseException when any vocabulary file has a problem */
        public synchronized T get() {
            List<String> now = FILES.stream().map(name -> contentOf(folder.resolve(name))).toList();
            if (made.isEmpty() || !now.equals(contents)) {
                made = Optional.of(make.apply(new VocabularyLoader().load(folder)));
                contents = now;
            }
            return made.get();
        }

        private static String contentOf(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException | UncheckedIOException e) {
                return "unreadable: " + e;
            }
        }
    }

    /** Every problem found, or an empty list when the vocabulary is valid. */
    public List<GuideProblem> validate(Path folder) {
        return attempt(folder).problems();
    }

    /** @throws InvalidKnowledgeBaseException when any vocabulary file has a problem */
    public Vocabulary load(Path folder) {
        Attempt attempt = attempt(folder);
        if (!attempt.problems().isEmpty()) {
            throw new InvalidKnowledgeBaseException(attempt.problems());
        }
        return attempt.vocabulary().orElseThrow();
    }

    private Attempt attempt(Path folder) {
        List<GuideProblem> problems = new ArrayList<>();
        Path topicsFile = folder.resolve(TOPICS_FILE);
        Path languageFile = folder.resolve(LANGUAGE_FILE);
        Path abbreviationsFile = folder.resolve(ABBREVIATIONS_FILE);
        Optional<Topics> topics = read(topicsFile, TopicsReader::read, problems, "the topics questions are about");
        Optional<Language> language = read(languageFile, LanguageReader::read, problems, "the everyday words the app understands");
        Optional<Shorthand> shorthand = read(abbreviationsFile, AbbreviationsReader::read, problems,
                "the short forms of role words, such as BE for backend");
        Optional<SearchWords> search = read(folder.resolve(SEARCH_FILE), SearchWordsReader::read, problems,
                "the words of a question never searched for, and synonyms");
        if (!problems.isEmpty() || topics.isEmpty() || language.isEmpty() || shorthand.isEmpty() || search.isEmpty()) {
            return new Attempt(Optional.empty(), problems);
        }
        return new Attempt(Optional.of(new Vocabulary(topics.get(), language.get(), shorthand.get().abbreviations(),
                shorthand.get().spellings(), search.get(),
                // search.yml tags no passage: how questions are read changes, the index stays as it is
                List.of(topicsFile, languageFile, abbreviationsFile))), List.of());
    }

    private static <T> Optional<T> read(Path file, BiFunction<Path, ProblemCollector, Optional<T>> reader,
                                        List<GuideProblem> problems, String holds) {
        if (!Files.isRegularFile(file)) {
            problems.add(new GuideProblem(file.toString(), 0, "", "is missing; it lists " + holds));
            return Optional.empty();
        }
        ProblemCollector collector = new ProblemCollector(file.toString());
        Optional<T> value = reader.apply(file, collector);
        problems.addAll(collector.problems());
        return collector.isEmpty() ? value : Optional.empty();
    }
}
