package com.transitionadvisor.slack.e2e;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed thread pool, like {@code Executors.newFixedThreadPool(n)} in {@code Main}, that also counts the tasks
 * it was given and has finished, so a test can wait until it is quiet instead of sleeping. Shared by the Socket Mode
 * suites ({@code RunningApp} here, {@code RunningPlansApp} in {@code slack.plans}).
 */
public final class TrackingExecutor extends ThreadPoolExecutor {

    private final Object monitor = new Object();
    private long submitted;
    private long finished;

    TrackingExecutor(int threads) {
        this(threads, "e2e-answers-");
    }

    /** A pool of {@code threads} daemon threads named {@code threadNamePrefix} followed by a count. */
    public TrackingExecutor(int threads, String threadNamePrefix) {
        super(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemonThreads(threadNamePrefix));
    }

    /**
     * Like {@code AfterAck.boundedWorkers} in {@code Main}: at most {@code queue} tasks wait, more are refused with
     * a {@link RejectedExecutionException} (counted as finished, since they never run).
     */
    public TrackingExecutor(int threads, int queue, String threadNamePrefix) {
        super(threads, threads, 0L, TimeUnit.MILLISECONDS, new java.util.concurrent.ArrayBlockingQueue<>(queue),
                daemonThreads(threadNamePrefix), new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void execute(Runnable task) {
        synchronized (monitor) {
            submitted++;
        }
        try {
            super.execute(task);
        } catch (RejectedExecutionException e) {
            taskDone();
            throw e;
        }
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        super.afterExecute(task, failure);
        taskDone();
    }

    private void taskDone() {
        synchronized (monitor) {
            finished++;
            monitor.notifyAll();
        }
    }

    /**
     * Waits until every task given so far has finished.
     *
     * @throws AssertionError if some are still running when {@code timeout} elapses
     */
    public void awaitQuiet(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (finished < submitted) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for the app's "
                            + "answers: " + (submitted - finished) + " of " + submitted + " still running");
                }
                try {
                    monitor.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the app's answers", e);
                }
            }
        }
    }

    private static ThreadFactory daemonThreads(String threadNamePrefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, threadNamePrefix + count.incrementAndGet());
            // Daemon, so a test that fails before closing the app cannot keep the test JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }
}
