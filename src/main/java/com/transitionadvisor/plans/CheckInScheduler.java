package com.transitionadvisor.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly check-ins that are due. Each user gets at most one per ISO week: a check-in is claimed in the
 * database before it is sent, so restarts and several app instances never send it twice; a send that fails for
 * a passing reason gives the claim back and is tried again on the next run. A check-in whose time passed while
 * the app was down goes out on the first run afterwards, within the same week.
 */
public final class CheckInScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(CheckInScheduler.class);

    private final PlanStore store;
    private final CheckInSender sender;
    private final Clock clock;

    public CheckInScheduler(PlanStore store, CheckInSender sender, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sends every check-in due at {@code now} that has not been sent this week.
     *
     * @return the users messaged
     */
    public List<String> runDue(Instant now) {
        List<String> sent = new ArrayList<>();
        for (CheckInSchedule schedule : store.checkInSchedules()) {
            try {
                if (runOne(schedule, now)) {
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
        if (!store.claimCheckIn(schedule.userId(), week.get(), now)) {
            return false;
        }
        LocalDate today = now.atZone(schedule.zone()).toLocalDate();
        CheckIn checkIn = new CheckIn(schedule, week.get(), today, plan.get(), CheckIn.dueFor(plan.get(), today));
        CheckInSender.Delivery delivery;
        try {
            delivery = sender.send(checkIn);
        } catch (RuntimeException e) {
            LOG.warn("sending a check-in failed; will try again", e);
            delivery = CheckInSender.Delivery.RETRY;
        }
        if (delivery == CheckInSender.Delivery.RETRY) {
            store.releaseCheckIn(schedule.userId(), week.get());
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
