package com.transitionadvisor.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where plans, progress, shares and check-in schedules are kept; implemented over SQL in
 * {@code com.transitionadvisor.storage}. Every method is one atomic step, safe to call from several app
 * instances sharing one database.
 */
public interface PlanStore {

    /** The user's plan with its progress. */
    Optional<StudyPlan> activePlan(String userId);

    /** Saves a new plan; false, and nothing saved, when the user already has one. */
    boolean insertPlan(StudyPlan plan);

    /** Replaces the user's plan (and its progress) with {@code plan}, in one transaction. */
    void replacePlan(StudyPlan plan);

    /** New pace, start and dates for a plan; progress is kept. False when the plan no longer exists. */
    boolean reschedule(String planId, Pace pace, LocalDate start, boolean estimate, List<Milestone> milestones, Instant at);

    /** Deletes the user's plan and its progress; false when there was none. */
    boolean deletePlan(String userId);

    /** Ticks or unticks one milestone; false when the plan no longer exists. Touches only that milestone's row. */
    boolean setDone(String planId, int position, boolean done, Instant at);

    /** The active plans of these users, by user id. */
    Map<String, StudyPlan> activePlans(Collection<String> userIds);

    /** Active plans made by following any of these shares. */
    List<StudyPlan> plansFollowing(Collection<String> shareIds);

    void insertShare(Share share);

    Optional<Share> share(String shareId);

    /** Shares posted in a channel, oldest first, withdrawn ones included. */
    List<Share> sharesIn(String channelId);

    /** Marks the owner's shares withdrawn, those in {@code channelId} or all; returns how many were not already. */
    int withdrawShares(String ownerId, Optional<String> channelId, Instant at);

    void saveCheckInSchedule(CheckInSchedule schedule);

    /** False when there was none. */
    boolean deleteCheckInSchedule(String userId);

    Optional<CheckInSchedule> checkInSchedule(String userId);

    List<CheckInSchedule> checkInSchedules();

    /**
     * Claims a week's check-in for {@code claim.holder()} until {@code leaseUntil}: {@link CheckInClaim.Result#CLAIMED}
     * for exactly one caller per user and week at a time, across restarts and app instances. A claim whose lease ran
     * out before its holder began to post is taken over; one whose holder went silent while posting is settled as
     * unknown ({@link CheckInClaim.Result#ABANDONED}), never claimed again.
     */
    CheckInClaim.Result claimCheckIn(CheckInClaim claim, Instant now, Instant leaseUntil);

    /**
     * The holder is about to post: true when it still holds the claim (its lease did not run out and nobody took it
     * over). From then on the check-in is never claimed again, whatever happens to the holder.
     */
    boolean startPostingCheckIn(CheckInClaim claim, Instant now, Instant leaseUntil);

    /** Records how the holder's post ended. */
    void finishCheckIn(CheckInClaim claim, CheckInClaim.Outcome outcome, Instant at);

    /** Gives a claim back when the message surely did not reach Slack, so a later run tries again. */
    void releaseCheckIn(CheckInClaim claim);
}
