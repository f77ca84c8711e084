package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    private final PlanBuilder builder = new PlanBuilder();

    private List<LocalDate> dueDates(Guide guide, Pace pace) {
        return builder.build(guide, START, pace).milestones().stream().map(Milestone::dueDate).toList();
    }

    @Test
    void build_partTime_usesTheUpperEndOfTheGuidesRange() {
        // backend → cloud: part-time 6–12 months; phases months 1–2, 3–4, 5–6 stretch over the 12 months.
        PlanBuilder.PlanSchedule schedule = builder.build(GuideFixtures.backendToCloud(), START, Pace.partTime());
        assertEquals(List.of(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 11, 1), LocalDate.of(2028, 3, 1)),
                schedule.milestones().stream().map(Milestone::dueDate).toList());
        assertFalse(schedule.estimate());
        assertEquals(12.0, schedule.months());
    }

    @Test
    void build_fullTime_followsTheGuidesMonthNumbers() {
        assertEquals(List.of(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 7, 1), LocalDate.of(2027, 9, 1)),
                dueDates(GuideFixtures.backendToCloud(), Pace.fullTime()));
        assertFalse(builder.build(GuideFixtures.backendToCloud(), START, Pace.fullTime()).estimate());
    }

    @Test
    void build_hoursBetweenTheAnchors_interpolatesAndIsAnEstimate() {
        // 20 h/week: halfway between 1/10 and 1/40 is two thirds of the way → 12 + 2/3 × (6 − 12) = 8 months.
        PlanBuilder.PlanSchedule schedule = builder.build(GuideFixtures.backendToCloud(), START, Pace.hours(20));
        assertEquals(8.0, schedule.months(), 1e-9);
        assertTrue(schedule.estimate());
        assertEquals(LocalDate.of(2027, 11, 1), schedule.endDate());
        assertEquals(List.of(LocalDate.of(2027, 5, 21), LocalDate.of(2027, 8, 11), LocalDate.of(2027, 11, 1)),
                schedule.milestones().stream().map(Milestone::dueDate).toList());
    }

    @Test
    void build_hoursAtAnAnchor_matchesThatPaceButStaysAnEstimate() {
        assertEquals(dueDates(GuideFixtures.backendToCloud(), Pace.partTime()), dueDates(GuideFixtures.backendToCloud(), Pace.hours(10)));
        assertEquals(dueDates(GuideFixtures.backendToCloud(), Pace.fullTime()), dueDates(GuideFixtures.backendToCloud(), Pace.hours(40)));
        assertTrue(builder.build(GuideFixtures.backendToCloud(), START, Pace.hours(10)).estimate());
    }

    @Test
    void build_hoursBeyondTheAnchors_keepTheNearestAnchorsTotalHours() {
        assertEquals(24.0, builder.build(GuideFixtures.backendToCloud(), START, Pace.hours(5)).months(), 1e-9);
        assertEquals(3.0, builder.build(GuideFixtures.backendToCloud(), START, Pace.hours(80)).months(), 1e-9);
    }

    @Test
    void build_moreHours_neverTakesLonger() {
        double previous = Double.MAX_VALUE;
        for (int hours = Pace.MIN_HOURS; hours <= Pace.MAX_HOURS; hours++) {
            double months = builder.build(GuideFixtures.backendToCloud(), START, Pace.hours(hours)).months();
            assertTrue(months <= previous, hours + " h/week takes " + months + " months, more than " + previous);
            previous = months;
        }
    }

    @Test
    void build_phasesWithoutMonths_areSpreadEvenly() {
        // cloud → backend: part-time 6–12 months and two unnumbered phases.
        assertEquals(List.of(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 3, 1)), dueDates(GuideFixtures.cloudToBackend(), Pace.partTime()));
        Milestone second = builder.build(GuideFixtures.cloudToBackend(), START, Pace.partTime()).milestones().get(1);
        assertEquals(LocalDate.of(2027, 9, 1), second.startDate());
    }

    @Test
    void build_paceTheGuideGivesNoRangeFor_scalesFromTheOtherAndIsAnEstimate() {
        // cloud → backend has no full-time range: 12 months at 10 h/week is 3 months at 40 h/week.
        PlanBuilder.PlanSchedule schedule = builder.build(GuideFixtures.cloudToBackend(), START, Pace.fullTime());
        assertEquals(3.0, schedule.months(), 1e-9);
        assertTrue(schedule.estimate());
    }

    @Test
    void build_guideWithoutRanges_assumesSixMonthsPartTime() {
        PlanBuilder.PlanSchedule schedule = builder.build(GuideFixtures.withPhases(3, 0, 0), START, Pace.partTime());
        assertEquals(6.0, schedule.months(), 1e-9);
        assertTrue(schedule.estimate());
    }

    @Test
    void build_milestonesCarryThePhaseAndItsStudyItems() {
        Milestone first = builder.build(GuideFixtures.backendToCloud(), START, Pace.partTime()).milestones().get(0);
        assertEquals(0, first.position());
        // The guide's months 1–2 of a six-month timeline; part-time takes twelve, so the plan's months are 1–4.
        assertEquals("Months 1–4 of your plan (the guide's months 1–2)", first.phaseLabel());
        assertEquals("Pick a provider, get certified, build something real", first.title());
        assertEquals(3, first.items().size());
        assertEquals(START, first.startDate());
    }

    @Test
    void build_atThePaceTheGuidesMonthsDescribe_keepsTheGuidesOwnLabels() {
        List<Milestone> milestones = builder.build(GuideFixtures.backendToCloud(), START, Pace.fullTime()).milestones();
        assertEquals(List.of("Months 1–2", "Months 3–4", "Months 5–6"), milestones.stream().map(Milestone::phaseLabel).toList());
    }

    @Test
    void build_atAnyPace_labelsNeverContradictTheDates() {
        for (Pace pace : List.of(Pace.hours(2), Pace.hours(5), Pace.partTime(), Pace.hours(25), Pace.fullTime(), Pace.hours(80))) {
            PlanBuilder.PlanSchedule schedule = builder.build(GuideFixtures.backendToCloud(), START, pace);
            for (Milestone m : schedule.milestones()) {
                java.util.regex.Matcher months = java.util.regex.Pattern.compile("^Months? (\\d+)(?:–(\\d+))?").matcher(m.phaseLabel());
                assertTrue(months.find(), m::phaseLabel);
                int first = Integer.parseInt(months.group(1));
                int last = months.group(2) == null ? first : Integer.parseInt(months.group(2));
                // The label's months hold the milestone's dates: it starts in its first month and is due by the end of its last.
                assertTrue(!m.startDate().isBefore(START.plusMonths(first - 1)) && m.startDate().isBefore(START.plusMonths(first).plusDays(1)),
                        () -> pace + ": " + m.phaseLabel() + " starts " + m.startDate());
                assertTrue(!m.dueDate().isAfter(START.plusMonths(last).plusDays(1)) && m.dueDate().isAfter(START.plusMonths(last - 1).minusDays(1)),
                        () -> pace + ": " + m.phaseLabel() + " is due " + m.dueDate());
            }
        }
    }

    @Test
    void build_aGapThatNamesItsPhase_goesOnThatMilestone() {
        Guide guide = GuideFixtures.withPhases(3, 6, 3);
        Guide named = new Guide(guide.id(), guide.from(), guide.to(), guide.summary(), guide.overview(), guide.transferableSkills(),
                List.of(new Guide.Gap("Phase 1 & friends", "why", "how", Optional.of(2))), guide.timeline(), guide.interview(),
                guide.salary(), guide.paths(), guide.mistakes(), guide.faq(), guide.notes(), guide.sourceFile());

        List<Milestone> milestones = builder.build(named, START, Pace.partTime()).milestones();

        // Its words match phase 1, but it names phase 3.
        assertEquals(List.of(List.of(), List.of(), List.of("Phase 1 & friends")), milestones.stream().map(Milestone::gaps).toList());
    }

    @Test
    void build_gapsGoToThePhaseTheirTextNames() {
        List<Milestone> milestones = builder.build(GuideFixtures.backendToCloud(), START, Pace.partTime()).milestones();
        assertEquals(List.of(), milestones.get(0).gaps());
        assertEquals(List.of("Infrastructure-as-code as a discipline (Terraform state)"), milestones.get(1).gaps());
        assertEquals(List.of("Networking depth (VPCs, subnets, routing, DNS)", "Operations and cost thinking (monitoring and observability)"),
                milestones.get(2).gaps());
    }

    @Test
    void build_gapsNamedNowhere_goToTheFirstPhase() {
        List<Milestone> milestones = builder.build(GuideFixtures.cloudToBackend(), START, Pace.partTime()).milestones();
        assertEquals(GuideFixtures.cloudToBackend().gaps().size(), milestones.get(0).gaps().size());
        assertEquals(List.of(), milestones.get(1).gaps());
    }

    @Test
    void build_gapSharingWordsWithALaterPhase_goesThere() {
        Guide.Timeline timeline = new Guide.Timeline("t", Optional.of(new Guide.MonthRange(3, 6)), Optional.empty(), List.of(
                new Guide.Phase("First", Optional.empty(), "Foundations", List.of("Read the basics")),
                new Guide.Phase("Then", Optional.empty(), "Kubernetes in production", List.of("Operate a cluster"))));
        Guide guide = GuideFixtures.guide("a", "A", "b", "B", timeline, List.of(new Guide.Gap("Kubernetes operations", "why", "how")));
        assertEquals(List.of("Kubernetes operations"), builder.build(guide, START, Pace.partTime()).milestones().get(1).gaps());
    }

    @Test
    void build_guideWithoutPhases_makesOneMilestoneOfTheGaps() {
        Guide guide = GuideFixtures.guide("a", "A", "b", "B",
                new Guide.Timeline("t", Optional.of(new Guide.MonthRange(3, 6)), Optional.empty(), List.of()),
                List.of(new Guide.Gap("Gap one", "w", "h")));
        List<Milestone> milestones = builder.build(guide, START, Pace.partTime()).milestones();
        assertEquals(1, milestones.size());
        assertEquals(List.of("Gap one"), milestones.get(0).gaps());
        assertEquals(LocalDate.of(2027, 9, 1), milestones.get(0).dueDate());
    }

    @Test
    void build_everyGuideAtEveryPace_givesOrderedDates() {
        for (Guide guide : KnowledgeFixtures.fullGuides(GuideFixtures.knowledge())) {
            for (int hours = Pace.MIN_HOURS; hours <= Pace.MAX_HOURS; hours += 7) {
                List<Milestone> milestones = builder.build(guide, START, Pace.hours(hours)).milestones();
                LocalDate previous = START;
                for (Milestone m : milestones) {
                    assertFalse(m.dueDate().isBefore(previous), guide.id() + " at " + hours + " h: " + m);
                    previous = m.dueDate();
                }
            }
        }
    }
}
