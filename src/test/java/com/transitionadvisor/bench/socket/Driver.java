package com.transitionadvisor.bench.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.bench.socket.EnvelopeMix.Envelope;
import com.transitionadvisor.bench.socket.EnvelopeMix.Kind;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends envelopes to the app through the stand-in at a fixed, open-loop rate (each envelope has its planned
 * send time, whatever happened to the ones before), never more than {@code maxInFlight} unacked at once, and
 * times every ack and every answer as the stand-in records it.
 *
 * <p>Ack latency: from just before {@link SlackStandIn#sendEnvelope} (the stand-in serialises and writes the
 * frame) to the moment the stand-in has parsed the matching ack frame. An envelope with no ack
 * {@code lostAfterNanos} after it was sent is lost (an ack after that is counted as late, and still lost);
 * a second ack for the same envelope is a duplicate. When {@code maxInFlight} envelopes are unacked, the next
 * one waits for a free slot: it is counted as held back, and how late it went out shows as send lag.
 */
final class Driver {

    private static final int PENDING = 0;
    private static final int ACKED = 1;
    private static final int LOST = 2;

    /** One envelope's timeline. Created by whichever comes first: the send or (rarely) its ack. */
    static final class Record {
        volatile Kind kind;
        volatile long plannedNanos;
        volatile long sentNanos;
        volatile long ackNanos;
        volatile long answerNanos;
        volatile boolean ackHasPayload;
        final AtomicInteger acks = new AtomicInteger();
        final AtomicInteger state = new AtomicInteger(PENDING);
        volatile boolean lateAck;
    }

    private final SlackStandIn slack;
    private final EnvelopeMix mix = new EnvelopeMix();
    private final long lostAfterNanos;
    private final Semaphore slots;
    private final Map<String, Record> byEnvelope = new ConcurrentHashMap<>();
    /** DM channel or response_url path → the envelope whose answer goes there. */
    private final Map<String, Record> byAnswerKey = new ConcurrentHashMap<>();
    private final Queue<Record> unsettled = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Thread sweeper;
    private volatile boolean stopped;

    Driver(SlackStandIn slack, int maxInFlight, long lostAfterMillis) {
        this.slack = slack;
        this.lostAfterNanos = TimeUnit.MILLISECONDS.toNanos(lostAfterMillis);
        this.slots = new Semaphore(maxInFlight);
        slack.onAck(this::acked);
        slack.onCall(this::called);
        sweeper = new Thread(this::sweep, "bench-lost-sweeper");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    /** What one phase sent, with every record, its window and the time it ended. */
    record Run(String label, int rate, int burst, int seconds, List<Record> records, long startNanos,
               long lastSendNanos, int heldBack, long settledNanos) {
    }

    /**
     * Sends {@code rate × seconds} envelopes at {@code rate} per second, in groups of {@code burst} planned for the
     * same instant (1: evenly spaced), then waits until each is acked or lost and each answer has arrived (at most
     * {@code answerWaitMillis} after the last send).
     */
    Run run(String label, int rate, int burst, int seconds, long answerWaitMillis) {
        int count = rate * seconds;
        List<Record> records = new ArrayList<>(count);
        int heldBack = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        long lastSend = start;
        for (int i = 0; i < count; i++) {
            long planned = start + (long) (i / burst) * burst * 1_000_000_000L / rate;
            Envelope envelope = mix.envelope(sequence.getAndIncrement(), slack);
            parkUntil(planned);
            if (!slots.tryAcquire()) {
                heldBack++;
                slots.acquireUninterruptibly();
            }
            long sent = System.nanoTime();
            String id = slack.sendEnvelope(envelope.type(), envelope.payload());
            Record record = byEnvelope.computeIfAbsent(id, k -> new Record());
            record.kind = envelope.kind();
            record.plannedNanos = planned;
            record.sentNanos = sent;
            if (envelope.answerKey() != null) {
                byAnswerKey.put(envelope.answerKey(), record);
            }
            records.add(record);
            unsettled.add(record);
            lastSend = sent;
        }
        long deadline = lastSend + lostAfterNanos + TimeUnit.MILLISECONDS.toNanos(Math.max(answerWaitMillis, 500));
        while (System.nanoTime() < deadline && !settled(records)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        return new Run(label, rate, burst, seconds, records, start, lastSend, heldBack, System.nanoTime());
    }

    /** Every envelope acked or lost, and every answer that is due arrived. */
    private static boolean settled(List<Record> records) {
        for (Record r : records) {
            if (r.state.get() == PENDING) {
                return false;
            }
            if (r.state.get() == ACKED && (r.kind == Kind.DIRECT_MESSAGE || r.kind == Kind.OPEN_SECTION)
                    && r.answerNanos == 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcked(Record r) {
        return r.state.get() == ACKED;
    }

    static boolean isLost(Record r) {
        return r.state.get() == LOST;
    }

    static boolean isAckedLate(Record r) {
        return r.state.get() == LOST && r.lateAck;
    }

    void stop() {
        stopped = true;
        sweeper.interrupt();
    }

    // ---- called on the stand-in's threads ----------------------------------------------------------------

    private void acked(String envelopeId, JsonNode frame) {
        long now = System.nanoTime();
        Record record = byEnvelope.computeIfAbsent(envelopeId, k -> new Record());
        int n = record.acks.incrementAndGet();
        if (n > 1) {
            return; // a duplicate, counted from record.acks
        }
        record.ackNanos = now;
        record.ackHasPayload = frame.has("payload");
        if (record.state.compareAndSet(PENDING, ACKED)) {
            slots.release();
        } else {
            record.lateAck = true;
        }
    }

    private void called(ApiCall call) {
        long now = System.nanoTime();
        String key;
        if (call.method().equals("chat.postMessage")) {
            key = call.param("channel");
        } else if (call.method().equals(SlackStandIn.RESPONSE_URL)) {
            key = call.path();
        } else {
            return;
        }
        Record record = key == null ? null : byAnswerKey.get(key);
        if (record != null && record.answerNanos == 0) {
            record.answerNanos = now;
        }
    }

    /** Marks envelopes that have had no ack for {@code lostAfterNanos} as lost, oldest first. */
    private void sweep() {
        while (!stopped) {
            long now = System.nanoTime();
            Record head;
            while ((head = unsettled.peek()) != null) {
                if (head.state.get() != PENDING) {
                    unsettled.poll();
                } else if (now - head.sentNanos > lostAfterNanos) {
                    if (head.state.compareAndSet(PENDING, LOST)) {
                        slots.release();
                    }
                    unsettled.poll();
                } else {
                    break;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static void parkUntil(long nanos) {
        long remaining;
        while ((remaining = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }
}
