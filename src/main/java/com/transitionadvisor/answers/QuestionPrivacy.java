package com.transitionadvisor.answers;

import java.time.Duration;
import java.util.Objects;

/**
 * How the question log is protected: who may read it, and how long what people asked is kept.
 *
 * @param retention questions, answers and votes older than this are purged
 */
public record QuestionPrivacy(Authors authors, Duration retention) {
    public QuestionPrivacy {
        Objects.requireNonNull(authors, "authors");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive, was " + retention);
        }
    }

    /** Nobody named, kept for {@link RetainedQuestionLog#DEFAULT_RETENTION}. */
    public static QuestionPrivacy standard() {
        return new QuestionPrivacy(Authors.none(), RetainedQuestionLog.DEFAULT_RETENTION);
    }

    /** The same, with {@code userId} an author too. */
    public QuestionPrivacy withAuthor(String userId) {
        return new QuestionPrivacy(authors.with(userId), retention);
    }
}
