package com.transitionadvisor.answers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A question log that keeps what people asked for a retention period only: everything older is purged when the
 * app starts and, while it runs, at the first write after each {@link #PURGE_EVERY}.
 */
public final class RetainedQuestionLog implements QuestionLog {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(RetainedQuestionLog.class);

    private final QuestionLog log;
    private final Clock clock;
    private final Duration retention;
    private Instant lastPurge;

    /** Purges at once, before anything is read or written. */
    public RetainedQuestionLog(QuestionLog log, Clock clock, Duration retention) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive, was " + retention);
        }
        this.retention = retention;
        purge();
    }

    @Override
    public void record(Entry entry) {
        log.record(entry);
        purgeWhenDue();
    }

    @Override
    public void recordAnswer(AnswerRecord answer) {
        log.recordAnswer(answer);
        purgeWhenDue();
    }

    @Override
    public Optional<AnswerRecord> answer(String answerId) {
        return log.answer(answerId).filter(answer -> !answer.at().isBefore(cutoff()));
    }

    @Override
    public Vote vote(String answerId, String userId, boolean helpful, Instant at) {
        if (answer(answerId).isEmpty()) {
            return Vote.NO_SUCH_ANSWER;
        }
        Vote vote = log.vote(answerId, userId, helpful, at);
        purgeWhenDue();
        return vote;
    }

    @Override
    public List<Frequent> mostFrequent(int limit) {
        purgeWhenDue();
        return log.mostFrequent(limit);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return log.purgeBefore(cutoff);
    }

    private Instant cutoff() {
        return clock.instant().minus(retention);
    }

    private void purgeWhenDue() {
        synchronized (this) {
            if (clock.instant().isBefore(lastPurge.plus(PURGE_EVERY))) {
                return;
            }
        }
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("purging questions older than {} days failed; trying again later: {}", retention.toDays(), e.toString());
        }
    }

    private void purge() {
        Instant now = clock.instant();
        synchronized (this) {
            lastPurge = now;
        }
        int purged = log.purgeBefore(now.minus(retention));
        if (purged > 0) {
            LOG.info("purged {} question log record(s) older than {} days", purged, retention.toDays());
        }
    }
}
