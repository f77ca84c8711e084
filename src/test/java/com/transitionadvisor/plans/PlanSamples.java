package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One or more plan outcomes of every kind, including extreme ones (very long plans, many teammates, long
 * exports), for tests that render every reply and check Slack's limits.
 */
public final class PlanSamples {
    public static final LocalDate TODAY = LocalDate.of(2027, 5, 1);
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final Instant NOW = Instant.parse("2027-05-01T09:00:00Z");

    private PlanSamples() {
    }

    public static StudyPlan plan(String userId, Guide guide, Pace pace, Set<Integer> done) {
        PlanBuilder.PlanSchedule schedule = new PlanBuilder().build(guide, START, pace);
        return new StudyPlan("plan-" + userId, userId, guide.id(), guide.title(), pace, START, schedule.estimate(),
                Optional.empty(), NOW, schedule.milestones(), done);
    }

    /** A plan of {@code phases} milestones with long text everywhere, about half of them ticked. */
    public static StudyPlan hugePlan(int phases) {
        Guide guide = GuideFixtures.withPhases(phases, 12, 6);
        Set<Integer> done = IntStream.range(0, phases / 2).boxed().collect(Collectors.toSet());
        StudyPlan plan = plan("U1", guide, Pace.hours(15), done);
        List<Milestone> long_ = plan.milestones().stream().map(m -> new Milestone(m.position(), m.phaseLabel() + " ".repeat(3) + "x".repeat(300),
                m.title() + " <!channel> & " + "long title ".repeat(30), List.of("item ".repeat(400), "second <@U123> item"),
                List.of("gap ".repeat(100)), m.startDate(), m.dueDate())).toList();
        return new StudyPlan(plan.id(), plan.userId(), plan.guideId(), plan.guideTitle(), plan.pace(), plan.startDate(), true,
                Optional.empty(), plan.createdAt(), long_, done);
    }

    public static Map<String, PlanOutcome> outcomes() {
        Guide backendToCloud = GuideFixtures.backendToCloud();
        StudyPlan plan = plan("U1", backendToCloud, Pace.partTime(), Set.of(0));
        StudyPlan huge = hugePlan(200);
        Share share = new Share("share-1", "U1", "C1", "1.1", plan.guideId(), plan.guideTitle(), plan.pace(), NOW);
        CheckInSchedule schedule = new CheckInSchedule("U1", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/London"));
        Map<String, PlanOutcome> outcomes = new LinkedHashMap<>();
        outcomes.put("a plan", new PlanOutcome.Shown(plan, TODAY, Optional.of("Your plan is saved."), Optional.of(schedule), true));
        outcomes.put("a 200-milestone plan with long text", new PlanOutcome.Shown(huge, TODAY, Optional.of("x".repeat(4000)), Optional.empty(), true));
        outcomes.put("no plan", new PlanOutcome.NoPlan(GuideFixtures.knowledge().guides()));
        outcomes.put("unshared here", new PlanOutcome.Unshared(1, Optional.of("C1")));
        outcomes.put("unshared everywhere", new PlanOutcome.Unshared(3, Optional.empty()));
        outcomes.put("nothing to unshare", new PlanOutcome.Unshared(0, Optional.of("C1")));
        outcomes.put("replace?", new PlanOutcome.ConfirmReplace(plan, new PlanService.Proposal(GuideFixtures.cloudToBackend(),
                Pace.hours(12), START, Optional.empty())));
        outcomes.put("replace to follow?", new PlanOutcome.ConfirmReplace(huge, new PlanService.Proposal(backendToCloud,
                Pace.fullTime(), START, Optional.of(share))));
        outcomes.put("a problem", new PlanOutcome.Problem("I couldn't read “" + "x".repeat(5000) + "” as a pace."));
        outcomes.put("markdown export of a huge plan", new PlanOutcome.Exported(huge, PlanOutcome.Format.MARKDOWN, "study-plan.md",
                PlanExport.markdown(huge, TODAY)));
        outcomes.put("calendar export", new PlanOutcome.Exported(plan, PlanOutcome.Format.ICALENDAR, "study-plan.ics",
                PlanExport.icalendar(plan, NOW)));
        outcomes.put("shared", new PlanOutcome.Shared(share, plan));
        for (SharePoster.Refusal refusal : SharePoster.Refusal.values()) {
            outcomes.put("not shared: " + refusal, new PlanOutcome.NotShared(refusal, "some_error", Optional.of("C1")));
        }
        List<Team.Member> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            members.add(new Team.Member("U" + (1000 + i), "Guide " + "long ".repeat(20), Pace.hours(1 + i % 80), i % 7, 7,
                    huge.milestones().stream().findFirst(), i % 2 == 0 ? Optional.of("U1") : Optional.empty()));
        }
        outcomes.put("a team of 300", new PlanOutcome.TeamList(new Team("C1", members), TODAY));
        outcomes.put("an empty team", new PlanOutcome.TeamList(new Team("C1", List.of()), TODAY));
        outcomes.put("check-ins on", new PlanOutcome.CheckInsOn(schedule));
        outcomes.put("check-ins off", new PlanOutcome.CheckInsOff(true));
        outcomes.put("deleted", new PlanOutcome.Deleted());
        outcomes.put("delete?", new PlanOutcome.ConfirmDelete(huge));
        outcomes.put("same guide, other pace and start", new PlanOutcome.AlreadyPlanned(huge, backendToCloud.entry(),
                Optional.of(Pace.hours(80)), Optional.of(START)));
        outcomes.put("same guide, other start", new PlanOutcome.AlreadyPlanned(plan, backendToCloud.entry(), Optional.empty(),
                Optional.of(START)));
        outcomes.put("export sent elsewhere", new PlanOutcome.ExportSent("study-plan-" + "x".repeat(300) + ".ics",
                PlanOutcome.Format.ICALENDAR, true));
        outcomes.put("export sent here", new PlanOutcome.ExportSent("study-plan.md", PlanOutcome.Format.MARKDOWN, false));
        outcomes.put("help", new PlanOutcome.Help());
        outcomes.put("no such guide", new PlanOutcome.NoSuchGuide("pilot", "chef"));
        return outcomes;
    }

    /** Home views: none, a plan, a huge plan, and every guide. */
    public static Map<String, HomeView> homes() {
        List<GuideEntry> guides = GuideFixtures.knowledge().guides();
        CheckInSchedule schedule = new CheckInSchedule("U1", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/London"));
        Map<String, HomeView> homes = new LinkedHashMap<>();
        homes.put("no plan", new HomeView("U1", Optional.empty(), TODAY, Optional.empty(), guides, Optional.empty()));
        homes.put("a plan", new HomeView("U1", Optional.of(plan("U1", GuideFixtures.backendToCloud(), Pace.partTime(), Set.of(0))),
                TODAY, Optional.of(schedule), guides, Optional.of("Milestone 1 ticked off.")));
        homes.put("a finished plan", new HomeView("U1", Optional.of(plan("U1", GuideFixtures.backendToCloud(), Pace.fullTime(), Set.of(0, 1, 2))),
                TODAY, Optional.empty(), guides, Optional.empty()));
        for (int phases : List.of(9, 10, 11, 49, 50, 51, 200)) {
            homes.put("a plan of " + phases + " milestones", new HomeView("U1", Optional.of(hugePlan(phases)), TODAY, Optional.of(schedule),
                    guides, Optional.of("n".repeat(5000))));
        }
        return homes;
    }
}
