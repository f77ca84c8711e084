package com.transitionadvisor.slack;

import java.time.Duration;

/**
 * Makes an event Slack delivers more than once (a redelivery with {@code retry_attempt}, to this copy of the app
 * or another) answered once. A listener takes the event before it acks, answers only when told to, then reports
 * {@link #answered}. Slack redelivers only events nobody acked within its 3 s deadline, again after a minute and after
 * five: an event another copy took and has not answered is left unacked ({@link Decision#HELD_ELSEWHERE}), so that
 * Slack asks again later; by then the other copy has answered it, or has been silent for longer than
 * {@link #TAKEOVER_AFTER} (it died before acking) and the redelivery is taken over instead of lost.
 */
public interface EventDeduplicator {
    /** Within Slack's ack deadline: an unanswered event taken longer ago than this may be taken again. */
    Duration TAKEOVER_AFTER = Duration.ofMillis(2500);
    /** Slack retries within about five minutes; an event id is remembered longer than that. */
    Duration REMEMBER_FOR = Duration.ofMinutes(15);

    /** What to do with one delivery of an event. */
    enum Decision {
        /** The first delivery, or one whose taker went silent: answer it (then call {@link #answered}). */
        ANSWER,
        /** Answered already, or being answered by this copy: ack it and do nothing. */
        DUPLICATE,
        /** Another copy took it moments ago and has not answered yet: do not ack, so Slack asks again later. */
        HELD_ELSEWHERE
    }

    /** Decides one delivery; ids that are missing are always answered. */
    Decision take(String eventId);

    /** The reply to a taken event was posted: no redelivery of it is answered again. */
    void answered(String eventId);
}
