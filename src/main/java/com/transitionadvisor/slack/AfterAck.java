package com.transitionadvisor.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where listeners put the work that follows the ack: a bounded pool of workers ({@link #boundedWorkers}). When every
 * worker is busy and the queue is full, the work is not taken and the person gets a short {@link #BUSY} reply
 * instead, sent from a thread of its own so the ack is not delayed. Web API calls that Slack rate-limits are tried
 * again through {@link #retry()}, scheduled on a timer: no worker sleeps.
 */
public final class AfterAck {
    private static final Logger LOG = LoggerFactory.getLogger(AfterAck.class);
    /** Threads that answer after the ack (database, search, Web API calls). */
    public static final int WORKERS = 4;
    /** Answers that may wait for a worker; one more is refused with {@link #BUSY}. */
    public static final int QUEUE = 64;
    /** Busy replies waiting to be sent; beyond that they are dropped (and logged): the app is overwhelmed. */
    static final int BUSY_REPLIES_QUEUE = 256;
    public static final String BUSY = "I'm busy with a lot of questions right now. Please try again in a minute.";

    private final Executor workers;
    private final Executor busyReplies;
    private final RateLimitRetry retry;

    /**
     * @param workers     where work runs; it refuses ({@link RejectedExecutionException}) when full or shut down
     * @param busyReplies where busy replies are sent from
     * @param retryTimer  where rate-limited calls wait for their {@code Retry-After}
     */
    public AfterAck(Executor workers, Executor busyReplies, ScheduledExecutorService retryTimer) {
        this.workers = workers;
        this.busyReplies = busyReplies;
        this.retry = new RateLimitRetry(retryTimer, workers);
    }

    /** With a thread of its own for busy replies and one for the retry timer (daemons, ended when idle). */
    public static AfterAck over(Executor workers) {
        ThreadPoolExecutor busy = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(BUSY_REPLIES_QUEUE), daemonThreads("busy-replies-"),
                (task, pool) -> LOG.warn("a busy reply was dropped: {} are already waiting", BUSY_REPLIES_QUEUE));
        busy.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemonThreads("rate-limit-retries-"));
        timer.setKeepAliveTime(30, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
        return new AfterAck(workers, busy, timer);
    }

    /** The pool Main answers on: {@code threads} workers and at most {@code queue} answers waiting; more are refused. */
    public static ThreadPoolExecutor boundedWorkers(int threads, int queue) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                daemonThreads("answers-"), new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queues {@code work}; false, and nothing queued, when the workers are all busy and the queue full (or shut down). */
    public boolean tryRun(Runnable work) {
        try {
            workers.execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("every worker is busy and {} answers are waiting (or the app is stopping): one more was refused", QUEUE);
            return false;
        }
    }

    /** Queues {@code work}, or, when that is refused, sends {@code busyReply} (e.g. {@link BusyReply#post}) instead. */
    public void run(Runnable work, BusyReply busyReply) {
        if (!tryRun(work)) {
            try {
                busyReplies.execute(() -> {
                    try {
                        busyReply.send();
                    } catch (Exception e) {
                        LOG.info("the busy reply could not be sent: {}", LogSafe.value(e.getMessage()));
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.warn("the busy reply could not be queued either");
            }
        }
    }

    /** Web API calls retried after a 429 without holding a worker. */
    public RateLimitRetry retry() {
        return retry;
    }

    /** A short reply telling the person the app is busy. */
    @FunctionalInterface
    public interface BusyReply {
        BusyReply NONE = () -> { };

        void send() throws Exception;

        /** Posts {@link #BUSY} into {@code channel} (in the thread, when given); one try, no retry. */
        static BusyReply post(com.slack.api.methods.MethodsClient client, String channel, java.util.Optional<String> threadTs) {
            return () -> client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs.orElse(null)).text(BUSY));
        }

        /** Shows {@link #BUSY} to {@code userId} alone in {@code channel} (in the thread, when given); one try. */
        static BusyReply ephemeral(com.slack.api.methods.MethodsClient client, String channel, String userId,
                                   java.util.Optional<String> threadTs) {
            return () -> client.chatPostEphemeral(r -> r.channel(channel).user(userId).threadTs(threadTs.orElse(null)).text(BUSY));
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
