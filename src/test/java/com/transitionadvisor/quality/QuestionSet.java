package com.transitionadvisor.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The question set in {@code src/test/resources/questions/questions.yml}: conversations of turns, each with what a
 * careful reader of the guides would expect as the answer.
 */
record QuestionSet(List<Conversation> conversations) {
    static final String RESOURCE = "/questions/questions.yml";

    QuestionSet {
        conversations = List.copyOf(conversations);
    }

    static QuestionSet load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = QuestionSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the question set " + RESOURCE + " is not on the test classpath");
            }
            return yaml.readValue(in, QuestionSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the question set " + RESOURCE, e);
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

    record Turn(String ask, Expectation expect) {
        Turn {
            if (ask == null || ask.isBlank()) {
                throw new IllegalArgumentException("a turn has no question");
            }
            Objects.requireNonNull(expect, () -> "the turn '" + ask + "' has no expectation");
        }
    }

    enum Kind { ANSWER, DECLINED, ASKS_WHICH, NO_GUIDE }

    /** Exactly one of: a guide and its acceptable sections, declined, asks which guide, or no guide for the pair. */
    record Expectation(String guide, List<String> section, boolean declined,
                       @JsonProperty("asks_which") boolean asksWhich,
                       @JsonProperty("no_guide") boolean noGuide) {
        Expectation {
            section = section == null ? List.of() : List.copyOf(section);
            int kinds = (guide != null ? 1 : 0) + (declined ? 1 : 0) + (asksWhich ? 1 : 0) + (noGuide ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException("an expectation needs exactly one of guide, declined, asks_which, "
                        + "no_guide; was " + guide + "/" + declined + "/" + asksWhich + "/" + noGuide);
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
            return noGuide ? Kind.NO_GUIDE : Kind.ANSWER;
        }

        @Override
        public String toString() {
            return switch (kind()) {
                case ANSWER -> guide + " " + String.join("|", section);
                case DECLINED -> "declined";
                case ASKS_WHICH -> "asks which guide";
                case NO_GUIDE -> "no guide for the pair";
            };
        }
    }
}
