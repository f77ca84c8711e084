package com.transitionadvisor.answers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts missing moves on a thread of its own, so a reply that travels in a slash command's ack never waits for
 * the database. A count that cannot be written is logged and dropped: the reply matters more. Reads wait (up to
 * {@link #READ_WAIT}) for the counts asked for before them, so an author sees every request made until then.
 */
public final class BackgroundMissingMoves implements MissingMoves {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundMissingMoves.class);
    static final int QUEUE = 1_000;
    static final Duration READ_WAIT = Duration.ofSeconds(2);

    private final MissingMoves moves;
    private final ThreadPoolExecutor writer;

    public BackgroundMissingMoves(MissingMoves moves) {
        this.moves = Objects.requireNonNull(moves, "moves");
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, "missing-moves");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void record(Move move, Instant at) {
        try {
            writer.execute(() -> {
                try {
                    moves.record(move, at);
                } catch (RuntimeException e) {
                    LOG.warn("counting a move without a guide failed; it is not counted: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("too many moves without a guide waiting to be counted; this one is not counted");
        }
    }

    @Override
    public List<Requested> mostRequested(int limit) {
        try {
            writer.submit(() -> { }).get(READ_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.info("reading the missing moves before every count was written: {}", e.toString());
        }
        return moves.mostRequested(limit);
    }
}
