package com.transitionadvisor.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly check-ins that are due. Each user gets at most one per ISO week, whichever copies of the app
 * are running: a check-in is claimed in the database with a lease before it is sent ({@link CheckInClaim}), marked
 * as posting just before the post, and marked sent only when Slack confirms. A claim whose holder died before
 * posting is taken over once its lease ran out; a post that Slack surely refused for a passing reason gives the
 * claim back for the next run; a post of unknown outcome (timed out, or its holder died posting) is never sent
 * again, and logged as a possible miss. A check-in whose time passed while the app was down goes out on the first
 * run afterwards, within the same week.
 */
public final class CheckInScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(CheckInScheduler.class);
    /**
     * How long a claim is left to its holder, and a post under way to finish, before another copy takes over or gives
     * it up. Longer than any post takes (Web API timeouts and rate-limit waits included).
     */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private final PlanStore store;
    private final CheckInSender sender;
    private final Clock clock;
    private final String holder;
    private final Duration lease;

    public CheckInScheduler(PlanStore store, CheckInSender sender, Clock clock) {
        this(store, sender, clock, "scheduler-" + UUID.randomUUID(), LEASE);
    }

    /**
     * @param holder this copy's name, written into the claims it holds
     * @param lease  how long its claims last ({@link #LEASE})
     */
    public CheckInScheduler(PlanStore store, CheckInSender sender, Clock clock, String holder, Duration lease) {
        this.store = Objects.requireNonNull(store, "store");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    /**
     * Sends every check-in due at {@code now} that has not been sent this week.
     *
     * @return the users messaged
     */
    public List<String> runDue(Instant now) {
        List<String> sent = new ArrayList<>();
        Instant started = clock.instant();
        for (CheckInSchedule schedule : store.checkInSchedules()) {
            try {
                // A long run (many people, slow posts) keeps its leases in step with the time that passed since it began.
                if (runOne(schedule, now.plus(Duration.between(started, clock.instant())))) {
                    sent.add(schedule.userId());
                }
            } catch (RuntimeException e) {
                LOG.error("check-in for one user failed; the others go on", e);
            }
        }
        return sent;
    }

    private boolean runOne(CheckInSchedule schedule, Instant now) {
        Optional<String> week = schedule.dueWeek(now);
        if (week.isEmpty()) {
            return false;
        }
        Optional<StudyPlan> plan = store.activePlan(schedule.userId());
        if (plan.isEmpty() || plan.get().complete()) {
            return false;
        }
        CheckInClaim claim = new CheckInClaim(schedule.userId(), week.get(), holder);
        CheckInClaim.Result claimed = store.claimCheckIn(claim, now, now.plus(lease));
        if (claimed == CheckInClaim.Result.ABANDONED) {
            LOG.warn("a check-in of {} may not have reached its person: the copy posting it stopped before Slack "
                    + "answered; it is not sent again, so nobody gets two", week.get());
        }
        if (claimed != CheckInClaim.Result.CLAIMED) {
            return false;
        }
        LocalDate today = now.atZone(schedule.zone()).toLocalDate();
        CheckIn checkIn = new CheckIn(schedule, week.get(), today, plan.get(), CheckIn.dueFor(plan.get(), today));
        if (!store.startPostingCheckIn(claim, now, now.plus(lease))) {
            LOG.info("a check-in of {} was taken over by another copy before it was posted", week.get());
            return false;
        }
        CheckInSender.Delivery delivery;
        try {
            delivery = sender.send(checkIn);
        } catch (RuntimeException e) {
            LOG.warn("sending a check-in failed, perhaps after Slack took it", e);
            delivery = CheckInSender.Delivery.UNKNOWN;
        }
        switch (delivery) {
            case SENT -> store.finishCheckIn(claim, CheckInClaim.Outcome.SENT, now);
            case SKIP -> store.finishCheckIn(claim, CheckInClaim.Outcome.SKIPPED, now);
            case RETRY -> store.releaseCheckIn(claim);
            case UNKNOWN -> {
                store.finishCheckIn(claim, CheckInClaim.Outcome.UNKNOWN, now);
                LOG.warn("a check-in of {} may not have reached its person (Slack did not say whether it took the "
                        + "post); it is not sent again, so nobody gets two", week.get());
            }
        }
        return delivery == CheckInSender.Delivery.SENT;
    }

    /** Runs {@link #runDue} with the clock's time every {@code period}, starting now. Stop it with the future. */
    public ScheduledFuture<?> start(ScheduledExecutorService executor, Duration period) {
        return executor.scheduleWithFixedDelay(() -> {
            try {
                runDue(clock.instant());
            } catch (RuntimeException e) {
                LOG.error("check-in run failed", e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
