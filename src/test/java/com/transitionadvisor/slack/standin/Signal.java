package com.transitionadvisor.slack.standin;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A monitor that writers fire after changing shared state, so readers can wait for a condition with a
 * deadline instead of polling with sleeps.
 *
 * <p>Writers must make their change visible (e.g. in a concurrent collection) <em>before</em> calling
 * {@link #fire()}; readers re-check their condition under the monitor, so no change is missed.
 */
final class Signal {

    /** Wakes every thread blocked in {@link #await}. */
    synchronized void fire() {
        notifyAll();
    }

    /**
     * Waits until {@code probe} returns a value or the timeout elapses.
     *
     * @param what    what is awaited, for the failure message
     * @param timeout the longest time to wait
     * @param probe   checks the shared state; empty while the condition does not hold
     * @param seen    describes the state seen so far, for the failure message
     * @return the probe's value
     * @throws AssertionError if the timeout elapses first
     */
    synchronized <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe, Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            long remainingNanos = deadline - System.nanoTime();
            if (remainingNanos <= 0) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + "; seen: " + seen.get());
            }
            try {
                // Round up so a sub-millisecond remainder does not become wait(0), which waits forever.
                wait(Math.max(1, Duration.ofNanos(remainingNanos).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
