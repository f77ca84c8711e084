package com.transitionadvisor.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's study plan: a guide turned into dated milestones at their pace, and which milestones they have
 * ticked off. Each person has at most one active plan.
 *
 * @param estimate        true when the dates are the app's interpolation rather than the guide's own range
 * @param followedShareId the shared plan this one was made from with "Follow this plan", if any
 * @param done            positions of the milestones ticked off
 */
public record StudyPlan(String id, String userId, String guideId, String guideTitle, Pace pace, LocalDate startDate,
                        boolean estimate, Optional<String> followedShareId, Instant createdAt,
                        List<Milestone> milestones, Set<Integer> done) {
    public StudyPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(guideTitle, "guideTitle");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(followedShareId, "followedShareId");
        Objects.requireNonNull(createdAt, "createdAt");
        milestones = List.copyOf(milestones);
        done = Set.copyOf(new TreeSet<>(done));
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).position() != i) {
                throw new IllegalArgumentException("milestone " + i + " has position " + milestones.get(i).position());
            }
        }
    }

    public boolean isDone(int position) {
        return done.contains(position);
    }

    public int doneCount() {
        return (int) milestones.stream().filter(m -> done.contains(m.position())).count();
    }

    public int total() {
        return milestones.size();
    }

    public boolean complete() {
        return doneCount() == total();
    }

    /** Percentage of milestones ticked off, 0 to 100. */
    public int percentDone() {
        return total() == 0 ? 100 : doneCount() * 100 / total();
    }

    /** The first milestone not yet ticked off. */
    public Optional<Milestone> nextMilestone() {
        return milestones.stream().filter(m -> !done.contains(m.position())).findFirst();
    }

    public LocalDate endDate() {
        return milestones.isEmpty() ? startDate : milestones.get(milestones.size() - 1).dueDate();
    }

    public Optional<Milestone> milestone(int position) {
        return position >= 0 && position < milestones.size() ? Optional.of(milestones.get(position)) : Optional.empty();
    }

    /** Milestones still open that are due within {@code days} of {@code today} (overdue ones included). */
    public List<Milestone> dueWithin(LocalDate today, int days) {
        LocalDate until = today.plusDays(days);
        return milestones.stream().filter(m -> !done.contains(m.position()) && !m.dueDate().isAfter(until)).toList();
    }

    public StudyPlan withDone(Set<Integer> positions) {
        return new StudyPlan(id, userId, guideId, guideTitle, pace, startDate, estimate, followedShareId, createdAt, milestones, positions);
    }
}
