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
     * Claims the check-in of {@code week} for a user: true for exactly one caller per user and week, across
     * restarts and app instances.
     */
    boolean claimCheckIn(String userId, String week, Instant at);

    /** Gives a claim back after the message could not be sent, so a later run tries again. */
    void releaseCheckIn(String userId, String week);
}
