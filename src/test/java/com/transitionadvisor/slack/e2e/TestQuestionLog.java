package com.transitionadvisor.slack.e2e;

import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.QuestionLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A question log for end-to-end tests: an {@link InMemoryQuestionLog} that also keeps every entry for
 * assertions, and that can {@linkplain #stall() stall} like a database that hangs, so a test can prove the app
 * acks before it touches storage and can hold an answer "in flight" for as long as it likes.
 *
 * <p>A stalled call waits until {@link #release()}, or at most {@link #LONGEST_STALL}, so a failing test can
 * never hang the build.
 */
final class TestQuestionLog implements QuestionLog {

    static final Duration LONGEST_STALL = Duration.ofSeconds(15);

    private final InMemoryQuestionLog delegate = new InMemoryQuestionLog();
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<AnswerRecord> answers = new CopyOnWriteArrayList<>();
    private final List<Vote> votes = new CopyOnWriteArrayList<>();
    private final Object monitor = new Object();
    private boolean stalled;
    /** Calls that have reached the log since start (stalled or not). */
    private int calls;
    /** Calls waiting in {@link #stall()} right now. */
    private int waiting;

    @Override
    public void record(Entry entry) {
        pass();
        entries.add(entry);
        delegate.record(entry);
    }

    @Override
    public void recordAnswer(AnswerRecord answer) {
        pass();
        answers.add(answer);
        delegate.recordAnswer(answer);
    }

    @Override
    public Optional<AnswerRecord> answer(String answerId) {
        pass();
        return delegate.answer(answerId);
    }

    @Override
    public Vote vote(String answerId, String userId, boolean helpful, Instant at) {
        pass();
        Vote vote = delegate.vote(answerId, userId, helpful, at);
        votes.add(vote);
        return vote;
    }

    @Override
    public List<Frequent> mostFrequent(int limit) {
        pass();
        return delegate.mostFrequent(limit);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return delegate.purgeBefore(cutoff);
    }

    /** Every answer stored so far (the ones 👍/👎 refer to), oldest first. */
    List<AnswerRecord> answers() {
        return List.copyOf(answers);
    }

    /** What every vote did, in order. */
    List<Vote> votes() {
        return List.copyOf(votes);
    }

    /** Every entry recorded so far, oldest first. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** From now on every call blocks until {@link #release()}. */
    void stall() {
        synchronized (monitor) {
            stalled = true;
        }
    }

    /** Lets every blocked call through, and later calls too. */
    void release() {
        synchronized (monitor) {
            stalled = false;
            monitor.notifyAll();
        }
    }

    /** Calls blocked by {@link #stall()} right now. */
    int waiting() {
        synchronized (monitor) {
            return waiting;
        }
    }

    /**
     * Waits until at least {@code n} calls are blocked in the stalled log: the app's work has reached storage.
     *
     * @throws AssertionError if fewer are blocked when {@code timeout} elapses
     */
    void awaitWaiting(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (waiting < n) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + n
                            + " call(s) to reach the stalled question log; " + waiting + " waiting, " + calls + " so far");
                }
                waitOnMonitor(remaining);
            }
        }
    }

    private void pass() {
        long deadline = System.nanoTime() + LONGEST_STALL.toNanos();
        synchronized (monitor) {
            calls++;
            if (!stalled) {
                return;
            }
            waiting++;
            monitor.notifyAll();
            try {
                while (stalled && deadline - System.nanoTime() > 0) {
                    waitOnMonitor(deadline - System.nanoTime());
                }
            } finally {
                waiting--;
                monitor.notifyAll();
            }
        }
    }

    private void waitOnMonitor(long remainingNanos) {
        try {
            // Round up so a sub-millisecond remainder does not become wait(0), which waits forever.
            monitor.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remainingNanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stalled", e);
        }
    }
}
