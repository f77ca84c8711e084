package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Study plans: making one (one active plan per person; replacing asks first), ticking milestones, changing pace
 * or start date (dates recomputed, progress kept), sharing into a channel and following a shared plan, the team
 * view of a channel, and weekly check-in schedules. Failures a person can fix are {@link PlanException}s whose
 * message is written for them.
 */
public final class PlanService {
    private final PlanStore store;
    private final Supplier<KnowledgeBase> knowledge;
    private final PlanBuilder builder;
    private final Clock clock;

    public PlanService(PlanStore store, KnowledgeBase knowledge, PlanBuilder builder, Clock clock) {
        this(store, fixed(Objects.requireNonNull(knowledge, "knowledge")), builder, clock);
    }

    /** @param knowledge the guides now served; a reload of the knowledge folder replaces them */
    public PlanService(PlanStore store, Supplier<KnowledgeBase> knowledge, PlanBuilder builder, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static Supplier<KnowledgeBase> fixed(KnowledgeBase knowledge) {
        return () -> knowledge;
    }

    /** The outcome of making a plan. */
    public sealed interface Creation {
    }

    /** Saved; {@code replaced} when it took the place of an earlier plan. */
    public record Created(StudyPlan plan, boolean replaced) implements Creation {
    }

    /** The person already has a plan: nothing was changed; ask before replacing it with {@code proposal}. */
    public record NeedsConfirmation(StudyPlan current, Proposal proposal) implements Creation {
    }

    /** A plan that would replace the current one once confirmed. */
    public record Proposal(Guide guide, Pace pace, LocalDate start, Optional<Share> share) {
    }

    /** The outcome of sharing a plan into a channel. */
    public sealed interface ShareResult {
    }

    public record Shared(Share share, StudyPlan plan) implements ShareResult {
    }

    /** Nothing was posted or recorded. */
    public record NotShared(SharePoster.Refusal reason, String detail, String channelId) implements ShareResult {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public Optional<StudyPlan> activePlan(String userId) {
        return store.activePlan(userId);
    }

    /** @throws PlanException.NoPlan when the person has no plan */
    public StudyPlan requirePlan(String userId) {
        return store.activePlan(userId).orElseThrow(PlanException.NoPlan::new);
    }

    /** The pace a plan gets when none is asked for: part-time, unless the guide only knows full-time. */
    public static Pace defaultPace(Guide guide) {
        return guide.timeline().partTime().isEmpty() && guide.timeline().fullTime().isPresent() ? Pace.fullTime() : Pace.partTime();
    }

    /**
     * Makes a plan from {@code guide}. Without {@code replace}, a person who already has a plan gets
     * {@link NeedsConfirmation} and nothing changes.
     */
    public Creation create(String userId, Guide guide, PlanOptions options, boolean replace) {
        Pace pace = options.pace().orElseGet(() -> defaultPace(guide));
        LocalDate start = options.start().orElseGet(this::today);
        return save(newPlan(userId, guide, pace, start, Optional.empty()), new Proposal(guide, pace, start, Optional.empty()), replace);
    }

    /** Makes the follower their own plan from a shared one: same guide and pace, their own dates and progress. */
    public Creation follow(String userId, String shareId, boolean replace) {
        Share share = store.share(shareId).orElseThrow(PlanException.NoSuchShare::new);
        Guide guide = knowledge.get().guideById(share.guideId()).orElseThrow(() -> new PlanException.GuideGone(share.guideTitle()));
        Optional<StudyPlan> current = store.activePlan(userId);
        if (current.isPresent() && current.get().followedShareId().equals(Optional.of(shareId))) {
            return new Created(current.get(), false);
        }
        if (share.ownerId().equals(userId) && current.isPresent() && current.get().guideId().equals(share.guideId())) {
            return new Created(current.get(), false);
        }
        LocalDate start = today();
        return save(newPlan(userId, guide, share.pace(), start, Optional.of(shareId)),
                new Proposal(guide, share.pace(), start, Optional.of(share)), replace);
    }

    private Creation save(StudyPlan plan, Proposal proposal, boolean replace) {
        if (replace) {
            boolean had = store.activePlan(plan.userId()).isPresent();
            store.replacePlan(plan);
            return new Created(plan, had);
        }
        Optional<StudyPlan> current = store.activePlan(plan.userId());
        if (current.isPresent()) {
            return new NeedsConfirmation(current.get(), proposal);
        }
        if (!store.insertPlan(plan)) {
            return store.activePlan(plan.userId())
                    .<Creation>map(existing -> new NeedsConfirmation(existing, proposal))
                    .orElseGet(() -> save(plan, proposal, false));
        }
        return new Created(plan, false);
    }

    private StudyPlan newPlan(String userId, Guide guide, Pace pace, LocalDate start, Optional<String> shareId) {
        PlanBuilder.PlanSchedule schedule = builder.build(guide, start, pace);
        return new StudyPlan(UUID.randomUUID().toString(), userId, guide.id(), guide.title(), pace, start,
                schedule.estimate(), shareId, clock.instant(), schedule.milestones(), Set.of());
    }

    /**
     * Ticks or unticks milestone {@code position} (0-based) of the person's plan {@code planId}.
     *
     * @throws PlanException.StalePlan when {@code planId} is no longer their plan (an old button)
     */
    public StudyPlan tick(String userId, String planId, int position, boolean done) {
        StudyPlan plan = requirePlan(userId);
        if (!plan.id().equals(planId)) {
            throw new PlanException.StalePlan();
        }
        return tick(plan, position, done);
    }

    /** Ticks or unticks milestone {@code number} (1-based, as people type it) of the person's current plan. */
    public StudyPlan tickNumber(String userId, int number, boolean done) {
        return tick(requirePlan(userId), number - 1, done);
    }

    private StudyPlan tick(StudyPlan plan, int position, boolean done) {
        if (plan.milestone(position).isEmpty()) {
            throw new PlanException.NoSuchMilestone(position + 1, plan.total());
        }
        if (!store.setDone(plan.id(), position, done, clock.instant())) {
            throw new PlanException.StalePlan();
        }
        return requirePlan(plan.userId());
    }

    /** Recomputes the dates for a new pace, from the same start; ticked milestones stay ticked. */
    public StudyPlan changePace(String userId, Pace pace) {
        StudyPlan plan = requirePlan(userId);
        return reschedule(plan, pace, plan.startDate());
    }

    /** Recomputes the dates from a new start date, at the same pace; ticked milestones stay ticked. */
    public StudyPlan changeStart(String userId, LocalDate start) {
        StudyPlan plan = requirePlan(userId);
        return reschedule(plan, plan.pace(), start);
    }

    private StudyPlan reschedule(StudyPlan plan, Pace pace, LocalDate start) {
        Guide guide = knowledge.get().guideById(plan.guideId()).orElseThrow(() -> new PlanException.GuideGone(plan.guideTitle()));
        PlanBuilder.PlanSchedule schedule = builder.build(guide, start, pace);
        if (!store.reschedule(plan.id(), pace, start, schedule.estimate(), schedule.milestones(), clock.instant())) {
            throw new PlanException.StalePlan();
        }
        return requirePlan(plan.userId());
    }

    /** @throws PlanException.NoPlan when there was nothing to delete */
    public void deletePlan(String userId) {
        if (!store.deletePlan(userId)) {
            throw new PlanException.NoPlan();
        }
    }

    /**
     * Posts the person's plan into {@code channelId} through {@code poster}, then records the share. When Slack
     * refuses the post nothing is recorded; when recording fails the post is taken back.
     */
    public ShareResult share(String userId, String channelId, SharePoster poster) {
        StudyPlan plan = requirePlan(userId);
        Share draft = Share.of(UUID.randomUUID().toString(), plan, channelId, clock.instant());
        SharePoster.PostResult result = poster.post(draft, plan);
        if (result instanceof SharePoster.Refused refused) {
            return new NotShared(refused.reason(), refused.detail(), channelId);
        }
        Share share = draft.posted(((SharePoster.Posted) result).messageTs());
        try {
            store.insertShare(share);
        } catch (RuntimeException e) {
            poster.retract(share);
            throw e;
        }
        return new Shared(share, plan);
    }

    public Optional<Share> share(String shareId) {
        return store.share(shareId);
    }

    /**
     * Withdraws the person's shares from the team view: those in {@code channelId}, or everywhere when empty.
     *
     * @return how many were withdrawn
     */
    public int unshare(String userId, Optional<String> channelId) {
        return store.withdrawShares(userId, channelId, clock.instant());
    }

    /**
     * Everyone in the channel who shared the plan they still have (not replaced, deleted or withdrawn since), or who
     * followed a plan shared there, with their progress.
     */
    public Team team(String channelId) {
        List<Share> shares = store.sharesIn(channelId);
        Map<String, Share> sharesById = shares.stream().collect(Collectors.toMap(Share::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> owners = shares.stream().map(Share::ownerId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, StudyPlan> ownerPlans = store.activePlans(owners);
        List<Team.Member> members = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (String owner : owners) {
            StudyPlan plan = ownerPlans.get(owner);
            // only while the plan they shared here is still theirs, and they did not withdraw it
            if (plan != null && shares.stream().anyMatch(share -> share.shows(plan)) && listed.add(owner)) {
                members.add(member(plan, plan.followedShareId().map(sharesById::get).map(Share::ownerId)));
            }
        }
        for (StudyPlan plan : store.plansFollowing(sharesById.keySet())) {
            if (listed.add(plan.userId())) {
                members.add(member(plan, plan.followedShareId().map(sharesById::get).map(Share::ownerId)));
            }
        }
        return new Team(channelId, members);
    }

    private static Team.Member member(StudyPlan plan, Optional<String> followingOwner) {
        return new Team.Member(plan.userId(), plan.guideTitle(), plan.pace(), plan.doneCount(), plan.total(),
                plan.nextMilestone(), followingOwner.filter(owner -> !owner.equals(plan.userId())));
    }

    /** Turns on (or moves) the person's weekly check-in. */
    public CheckInSchedule scheduleCheckIns(String userId, DayOfWeek day, LocalTime time, ZoneId zone) {
        return scheduleCheckIns(new CheckInSchedule(userId, day, time, zone));
    }

    /** Turns on (or moves) the weekly check-in of {@code schedule.userId()}. */
    public CheckInSchedule scheduleCheckIns(CheckInSchedule schedule) {
        store.saveCheckInSchedule(schedule);
        return schedule;
    }

    /** @return false when check-ins were not on */
    public boolean stopCheckIns(String userId) {
        return store.deleteCheckInSchedule(userId);
    }

    public Optional<CheckInSchedule> checkInSchedule(String userId) {
        return store.checkInSchedule(userId);
    }

    /** The clock's current instant, e.g. to stamp an export. */
    public Instant now() {
        return clock.instant();
    }
}
