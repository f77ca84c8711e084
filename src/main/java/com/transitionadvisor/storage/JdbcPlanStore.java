package com.transitionadvisor.storage;

import com.transitionadvisor.plans.CheckInClaim;
import com.transitionadvisor.plans.CheckInSchedule;
import com.transitionadvisor.plans.Milestone;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.PlanStore;
import com.transitionadvisor.plans.Share;
import com.transitionadvisor.plans.StudyPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan store over SQL: the repositories of this package behind the domain's {@link PlanStore}. */
public final class JdbcPlanStore implements PlanStore {
    private final PlanRepository plans;
    private final ProgressRepository progress;
    private final ShareRepository shares;
    private final CheckInRepository checkIns;
    private final Clock clock;

    public JdbcPlanStore(Database database, Clock clock) {
        this.plans = new PlanRepository(database);
        this.progress = new ProgressRepository(database);
        this.shares = new ShareRepository(database);
        this.checkIns = new CheckInRepository(database);
        this.clock = clock;
    }

    @Override
    public Optional<StudyPlan> activePlan(String userId) {
        return plans.findByUser(userId);
    }

    @Override
    public boolean insertPlan(StudyPlan plan) {
        return plans.insert(plan);
    }

    @Override
    public void replacePlan(StudyPlan plan) {
        plans.replace(plan);
    }

    @Override
    public boolean reschedule(String planId, Pace pace, LocalDate start, boolean estimate, List<Milestone> milestones, Instant at) {
        return plans.reschedule(planId, pace, start, estimate, milestones, at);
    }

    @Override
    public boolean deletePlan(String userId) {
        return plans.deleteByUser(userId);
    }

    @Override
    public boolean setDone(String planId, int position, boolean done, Instant at) {
        return progress.setDone(planId, position, done, at);
    }

    @Override
    public Map<String, StudyPlan> activePlans(Collection<String> userIds) {
        return plans.findByUsers(userIds);
    }

    @Override
    public List<StudyPlan> plansFollowing(Collection<String> shareIds) {
        return plans.findFollowing(shareIds);
    }

    @Override
    public void insertShare(Share share) {
        shares.insert(share);
    }

    @Override
    public Optional<Share> share(String shareId) {
        return shares.find(shareId);
    }

    @Override
    public List<Share> sharesIn(String channelId) {
        return shares.inChannel(channelId);
    }

    @Override
    public int withdrawShares(String ownerId, Optional<String> channelId, Instant at) {
        return shares.withdraw(ownerId, channelId, at);
    }

    @Override
    public void saveCheckInSchedule(CheckInSchedule schedule) {
        checkIns.save(schedule, clock.instant());
    }

    @Override
    public boolean deleteCheckInSchedule(String userId) {
        return checkIns.delete(userId);
    }

    @Override
    public Optional<CheckInSchedule> checkInSchedule(String userId) {
        return checkIns.find(userId);
    }

    @Override
    public List<CheckInSchedule> checkInSchedules() {
        return checkIns.all();
    }

    @Override
    public CheckInClaim.Result claimCheckIn(CheckInClaim claim, Instant now, Instant leaseUntil) {
        return checkIns.claim(claim, now, leaseUntil);
    }

    @Override
    public boolean startPostingCheckIn(CheckInClaim claim, Instant now, Instant leaseUntil) {
        return checkIns.startPosting(claim, now, leaseUntil);
    }

    @Override
    public void finishCheckIn(CheckInClaim claim, CheckInClaim.Outcome outcome, Instant at) {
        checkIns.finish(claim, outcome, at);
    }

    @Override
    public void releaseCheckIn(CheckInClaim claim) {
        checkIns.release(claim);
    }
}
