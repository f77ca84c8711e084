package com.transitionadvisor.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A question set: conversations of turns, each with what a careful reader of the guides would expect as the answer
 * and what its visible text must and must not show. Two splits live in {@code src/test/resources/questions}: the
 * tuning set ({@code questions.yml}), which the app may be tuned on, and the frozen test set ({@code test/*.yml}),
 * written from the source documents before the code it measures, which it may not.
 */
record QuestionSet(String name, List<Conversation> conversations) {
    static final Path FOLDER = Path.of("src/test/resources/questions");

    QuestionSet {
        conversations = List.copyOf(conversations);
    }

    static QuestionSet tuning() {
        return new QuestionSet("tuning", read(FOLDER.resolve("questions.yml")).conversations());
    }

    /** The frozen test split: never tuned on. */
    static QuestionSet test() {
        return folder("test", "test");
    }

    /** The frozen test split file by file, so each batch written at a different time shows its own figure. */
    static List<QuestionSet> testByFile() {
        try (Stream<Path> files = Files.list(FOLDER.resolve("test"))) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted()
                    .map(file -> new QuestionSet("test/" + file.getFileName(), read(file).conversations())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the test split", e);
        }
    }

    /** Development conversations written later from the seeds, by people who had not seen the app's code; tuned on. */
    static QuestionSet dev() {
        return folder("dev", "tuning");
    }

    private static QuestionSet folder(String name, String folder) {
        List<Conversation> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER.resolve(folder))) {
            files.filter(file -> file.toString().endsWith(".yml")).sorted()
                    .forEach(file -> all.addAll(read(file).conversations()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the " + name + " split", e);
        }
        return new QuestionSet(name, all);
    }

    private record File(List<Conversation> conversations) {
    }

    private static File read(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return yaml.readValue(file.toFile(), File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the question set " + file, e);
        }
    }

    List<Turn> turns() {
        return conversations.stream().flatMap(c -> c.turns().stream()).toList();
    }

    /**
     * Turns asked in order in one conversation, sharing its memory; with {@code fresh}, standalone questions that
     * each get a conversation of their own.
     */
    record Conversation(String name, boolean fresh, List<Turn> turns) {
        Conversation {
            Objects.requireNonNull(name, "every conversation needs a name");
            if (turns == null || turns.isEmpty()) {
                throw new IllegalArgumentException("conversation '" + name + "' has no turns");
            }
            turns = List.copyOf(turns);
        }
    }

    /**
     * One message and what must come back: the kind of reply, and in its visible text every {@code shows} entry
     * (alternatives split by " | "), no {@code hides} entry, and at most {@code maxChars} characters.
     */
    record Turn(String ask, Expectation expect, List<String> shows, List<String> hides,
                @JsonProperty("max_chars") Optional<Integer> maxChars) {
        static final int ANSWER_BUDGET = 1500;
        static final int OTHER_BUDGET = 800;

        Turn {
            if (ask == null || ask.isBlank()) {
                throw new IllegalArgumentException("a turn has no question");
            }
            Objects.requireNonNull(expect, () -> "the turn '" + ask + "' has no expectation");
            shows = join(shows, expect.shows());
            hides = join(hides, expect.hides());
            maxChars = maxChars == null || maxChars.isEmpty() ? expect.maxChars() : maxChars;
        }

        /** One writer put what the reply must show inside {@code expect}, another beside it: both count. */
        private static List<String> join(List<String> own, List<String> expected) {
            List<String> all = new java.util.ArrayList<>(own == null ? List.of() : own);
            all.addAll(expected);
            return List.copyOf(all);
        }

        int budget() {
            return maxChars.orElse(expect.kind() == Kind.ANSWER ? ANSWER_BUDGET : OTHER_BUDGET);
        }
    }

    enum Kind { ANSWER, DECLINED, ASKS_WHICH, NO_GUIDE, SMALL_TALK }

    /** Exactly one of: a guide and its acceptable sections, declined, asks which guide, no guide, small talk. */
    record Expectation(String guide, List<String> section, boolean declined,
                       @JsonProperty("asks_which") boolean asksWhich,
                       @JsonProperty("no_guide") boolean noGuide,
                       @JsonProperty("small_talk") boolean smallTalk, List<String> shows, List<String> hides,
                       @JsonProperty("max_chars") Optional<Integer> maxChars) {
        Expectation {
            section = section == null ? List.of() : List.copyOf(section);
            shows = shows == null ? List.of() : List.copyOf(shows);
            hides = hides == null ? List.of() : List.copyOf(hides);
            maxChars = maxChars == null ? Optional.empty() : maxChars;
            int kinds = (guide != null ? 1 : 0) + (declined ? 1 : 0) + (asksWhich ? 1 : 0) + (noGuide ? 1 : 0)
                    + (smallTalk ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException("an expectation needs exactly one of guide, declined, asks_which, "
                        + "no_guide, small_talk; was " + guide + "/" + declined + "/" + asksWhich + "/" + noGuide
                        + "/" + smallTalk);
            }
            if (guide != null && section.isEmpty()) {
                throw new IllegalArgumentException("the expectation for guide " + guide + " names no section");
            }
        }

        Kind kind() {
            if (declined) {
                return Kind.DECLINED;
            }
            if (asksWhich) {
                return Kind.ASKS_WHICH;
            }
            if (smallTalk) {
                return Kind.SMALL_TALK;
            }
            return noGuide ? Kind.NO_GUIDE : Kind.ANSWER;
        }

        @Override
        public String toString() {
            return switch (kind()) {
                case ANSWER -> guide + " " + String.join("|", section);
                case DECLINED -> "declined";
                case ASKS_WHICH -> "asks which guide";
                case NO_GUIDE -> "no guide for the pair";
                case SMALL_TALK -> "small talk";
            };
        }
    }
}
