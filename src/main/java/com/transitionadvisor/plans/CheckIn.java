package com.transitionadvisor.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * One weekly check-in message: what is due for the person (open milestones due within a week, overdue ones
 * included, or else the next one), for the week {@code week}.
 */
public record CheckIn(CheckInSchedule schedule, String week, LocalDate today, StudyPlan plan, List<Milestone> due) {
    public CheckIn {
        due = List.copyOf(due);
    }

    /** What is due for {@code plan} on {@code today}. */
    public static List<Milestone> dueFor(StudyPlan plan, LocalDate today) {
        List<Milestone> due = plan.dueWithin(today, 7);
        return due.isEmpty() ? plan.nextMilestone().stream().toList() : due;
    }
}
