package com.transitionadvisor.answers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What guide authors work from: questions the guides could not answer, the answers that were given (so a 👍 or 👎
 * names a stored answer, never text from a button), and the votes on them. Only authors may read it
 * ({@link AuthorDirectory}); question text is redacted before it is kept ({@link QuestionRedaction}) and kept for
 * a retention period ({@link RetainedQuestionLog}).
 */
public interface QuestionLog {
    /** Very long text is cut: authors need the gist and the log must stay small. */
    int MAX_QUESTION = 1000;

    /** A question the guides did not answer, as kept: cut and redacted. */
    record Entry(String question, Instant at, String userId) {
        public Entry {
            question = keptText(question);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(userId, "userId");
        }
    }

    /**
     * An answer given to {@code userId}, which 👍 and 👎 refer to by {@code id}.
     *
     * @param question the question as kept: cut and redacted
     * @param passage  the title of the passage the answer opened with
     */
    record AnswerRecord(String id, String question, String guideId, String section, String passage, String userId,
                        Instant at) {
        public AnswerRecord {
            Objects.requireNonNull(id, "id");
            question = keptText(question);
            Objects.requireNonNull(guideId, "guideId");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(passage, "passage");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** What a vote did: each person has one vote per answer, which a second click changes. */
    enum Vote {
        COUNTED, CHANGED, UNCHANGED, NO_SUCH_ANSWER
    }

    record Frequent(String question, long count, Instant lastAsked) {
    }

    void record(Entry entry);

    void recordAnswer(AnswerRecord answer);

    Optional<AnswerRecord> answer(String answerId);

    /** Records {@code userId}'s vote on a stored answer. */
    Vote vote(String answerId, String userId, boolean helpful, Instant at);

    /**
     * The questions that need work most: unanswered ones, counted once per asking, and answers marked 👎, counted once
     * per person; the same question compared case- and space-insensitively; most frequent first.
     */
    List<Frequent> mostFrequent(int limit);

    /** Deletes questions, answers and votes from before {@code cutoff}; returns how many records went. */
    int purgeBefore(Instant cutoff);

    /** The text as kept: redacted, then cut to {@link #MAX_QUESTION} characters without splitting a character. */
    static String keptText(String question) {
        String kept = QuestionRedaction.redact(Objects.requireNonNull(question, "question").strip());
        if (kept.length() <= MAX_QUESTION) {
            return kept;
        }
        int end = Character.isHighSurrogate(kept.charAt(MAX_QUESTION - 1)) ? MAX_QUESTION - 1 : MAX_QUESTION;
        return kept.substring(0, end);
    }

    /** "The same question": lower case, single spaces. */
    static String normalized(String question) {
        return question.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
