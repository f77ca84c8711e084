package com.transitionadvisor.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One step of a study plan: a phase of the guide's timeline with its study items and the gaps it works on,
 * and the dates it runs between.
 *
 * @param position   0-based place in the plan; people see {@code position + 1}
 * @param phaseLabel the guide's own words for when, e.g. "Months 1–2" or "The first few months"
 * @param startDate  when work on it begins (the previous milestone's due date, or the plan's start)
 * @param dueDate    its target date
 */
public record Milestone(int position, String phaseLabel, String title, List<String> items, List<String> gaps,
                        LocalDate startDate, LocalDate dueDate) {
    public Milestone {
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more, was " + position);
        }
        Objects.requireNonNull(phaseLabel, "phaseLabel");
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(dueDate, "dueDate");
        if (dueDate.isBefore(startDate)) {
            throw new IllegalArgumentException("milestone " + (position + 1) + " is due " + dueDate + ", before it starts on " + startDate);
        }
    }

    /** The number people see and type: 1 for the first milestone. */
    public int number() {
        return position + 1;
    }

    /** Where this milestone stands on {@code today}, given whether it has been ticked. */
    public Status status(boolean done, LocalDate today) {
        if (done) {
            return Status.DONE;
        }
        if (dueDate.isBefore(today)) {
            return Status.OVERDUE;
        }
        return startDate.isAfter(today) ? Status.UPCOMING : Status.IN_PROGRESS;
    }

    /** The share of this milestone's time that has passed on {@code today}, 0 to 100. */
    public int percentOfTimeElapsed(LocalDate today) {
        long total = Math.max(1, dueDate.toEpochDay() - startDate.toEpochDay());
        long elapsed = today.toEpochDay() - startDate.toEpochDay();
        return (int) Math.max(0, Math.min(100, elapsed * 100 / total));
    }

    public enum Status { DONE, IN_PROGRESS, UPCOMING, OVERDUE }
}
