package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class PlanExportTest {
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final Instant STAMP = Instant.parse("2027-03-01T09:00:00Z");

    static StudyPlan plan(Set<Integer> done) {
        PlanBuilder.PlanSchedule schedule = new PlanBuilder().build(GuideFixtures.backendToCloud(), START, Pace.partTime());
        return new StudyPlan("plan-1", "U1", GuideFixtures.BACKEND_TO_CLOUD, GuideFixtures.backendToCloud().title(), Pace.partTime(),
                START, false, Optional.empty(), STAMP, schedule.milestones(), done);
    }

    @Test
    void icalendar_parsesBackWithOneAllDayEventPerMilestone() throws Exception {
        String ics = PlanExport.icalendar(plan(Set.of()), STAMP);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        VEvent first = events.get(0);
        assertEquals(LocalDate.of(2027, 7, 1), first.getStartDate().orElseThrow().getDate());
        assertEquals(LocalDate.of(2027, 7, 2), first.getEndDate().orElseThrow().getDate());
        assertEquals("DATE", first.getStartDate().orElseThrow().getParameter("VALUE").orElseThrow().getValue());
        assertEquals("Milestone 1: Pick a provider, get certified, build something real",
                first.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("plan-1-m1@transition-advisor", first.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(PlanExport.PRODUCT_ID, calendar.getProperty(Property.PRODID).orElseThrow().getValue());
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270701"), ics);
    }

    @Test
    void icalendar_exportedTwice_isIdentical() {
        // Stable UIDs and stamps: re-importing updates the calendar instead of duplicating events.
        assertEquals(PlanExport.icalendar(plan(Set.of()), STAMP), PlanExport.icalendar(plan(Set.of(1)), STAMP));
    }

    @Test
    void markdown_showsDatesProgressItemsAndGaps() {
        String md = PlanExport.markdown(plan(Set.of(0)), LocalDate.of(2027, 8, 1));
        assertTrue(md.startsWith("# Study plan: Backend Developer → Cloud Engineer\n"), md);
        assertTrue(md.contains("- **Pace:** part-time (about 10 hours a week)\n"), md);
        assertTrue(md.contains("- **Target:** 1 March 2028 (from the guide's timeline)\n"), md);
        assertTrue(md.contains("- **Progress:** 1 of 3 milestones done (33%)\n"), md);
        assertTrue(md.contains("## [x] 1. Pick a provider, get certified, build something real\n"), md);
        assertTrue(md.contains("## [ ] 2. Learn Terraform properly and add Kubernetes\n\n_Months 5–8 of your plan (the guide's months 3–4)"
                + " · 1 July 2027 → 1 November 2027 · in progress_"), md);
        assertTrue(md.contains("Gaps this closes:\n\n- Infrastructure-as-code as a discipline (Terraform state)\n"), md);
    }
}
