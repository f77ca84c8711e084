package com.transitionadvisor.plans;

import java.time.LocalDate;
import java.util.Optional;

/** The optional parts of a plan request; what is missing gets a default (part-time, starting today). */
public record PlanOptions(Optional<Pace> pace, Optional<LocalDate> start) {
    public static PlanOptions defaults() {
        return new PlanOptions(Optional.empty(), Optional.empty());
    }

    public static PlanOptions of(Pace pace, LocalDate start) {
        return new PlanOptions(Optional.of(pace), Optional.of(start));
    }
}
