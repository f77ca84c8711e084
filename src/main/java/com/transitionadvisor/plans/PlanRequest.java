package com.transitionadvisor.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** What {@code /transition plan …} asks for, as read by {@link PlanCommandParser}. */
public sealed interface PlanRequest {

    /** {@code plan}: show my plan. */
    record Show() implements PlanRequest {
    }

    /** {@code plan help}. */
    record Help() implements PlanRequest {
    }

    /** {@code plan [replace] <from> to <to> [pace] [start <date>]}; the pair is as typed, for the role matcher. */
    record Create(String pair, PlanOptions options, boolean replace) implements PlanRequest {
    }

    record ChangePace(Pace pace) implements PlanRequest {
    }

    record ChangeStart(LocalDate start) implements PlanRequest {
    }

    /** {@code plan done 2} / {@code plan undo 2}: {@code number} is 1-based, as people see it. */
    record Tick(int number, boolean done) implements PlanRequest {
    }

    record Export(PlanOutcome.Format format) implements PlanRequest {
    }

    /** {@code plan share}: post my plan in the channel the command was typed in. */
    record Share() implements PlanRequest {
    }

    /** {@code plan unshare}: withdraw my plan from the team view (here, or everywhere outside a channel). */
    record Unshare() implements PlanRequest {
    }

    record Follow(String shareId, boolean replace) implements PlanRequest {
    }

    /** {@code plan check-in monday 9:00 [zone]}; without a zone the person's own applies (see {@link UserZones}). */
    record CheckIns(DayOfWeek day, LocalTime time, Optional<ZoneId> zone) implements PlanRequest {
    }

    record StopCheckIns() implements PlanRequest {
    }

    /** {@code plan delete} asks first; {@code plan delete confirm} deletes. */
    record Delete(boolean confirmed) implements PlanRequest {
    }
}
