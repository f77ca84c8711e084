package com.transitionadvisor.plans;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A plan as files people keep: Markdown to read or paste anywhere, and iCalendar with each milestone's target
 * date as an all-day event. Event UIDs are derived from the plan and milestone, so importing a re-exported
 * plan (after a pace change, say) updates the events instead of duplicating them.
 */
public final class PlanExport {
    public static final String PRODUCT_ID = "-//Transition Advisor//Study plan//EN";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private PlanExport() {
    }

    /** A file name for the plan, e.g. {@code study-plan-backend-developer-to-cloud-engineer.ics}. */
    public static String fileName(StudyPlan plan, String extension) {
        return "study-plan-" + plan.guideId() + "." + extension;
    }

    public static String markdown(StudyPlan plan, LocalDate today) {
        StringBuilder md = new StringBuilder();
        md.append("# Study plan: ").append(oneLine(plan.guideTitle())).append("\n\n");
        md.append("- **Pace:** ").append(plan.pace().description()).append('\n');
        md.append("- **Start:** ").append(day(plan.startDate())).append('\n');
        md.append("- **Target:** ").append(day(plan.endDate()))
                .append(plan.estimate() ? " (an estimate for this pace)" : " (from the guide's timeline)").append('\n');
        md.append("- **Progress:** ").append(plan.doneCount()).append(" of ").append(plan.total())
                .append(" milestones done (").append(plan.percentDone()).append("%)\n\n");
        for (Milestone m : plan.milestones()) {
            boolean done = plan.isDone(m.position());
            md.append("## ").append(done ? "[x] " : "[ ] ").append(m.number()).append(". ").append(oneLine(m.title())).append("\n\n");
            md.append("_").append(oneLine(m.phaseLabel())).append(" · ").append(day(m.startDate())).append(" → ")
                    .append(day(m.dueDate())).append(" · ").append(statusText(m.status(done, today))).append("_\n\n");
            if (!m.items().isEmpty()) {
                md.append("Study:\n\n");
                m.items().forEach(item -> md.append("- ").append(oneLine(item)).append('\n'));
                md.append('\n');
            }
            if (!m.gaps().isEmpty()) {
                md.append("Gaps this closes:\n\n");
                m.gaps().forEach(gap -> md.append("- ").append(oneLine(gap)).append('\n'));
                md.append('\n');
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /**
     * An iCalendar file: one all-day event per milestone, on its target date. Text values are escaped by ical4j
     * (RFC 5545 3.3.11: backslash, semicolon, comma, newline); lines end in CRLF and are folded at 75 octets.
     */
    public static String icalendar(StudyPlan plan, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT_ID).withDefaults();
        for (Milestone m : plan.milestones()) {
            VEvent event = new VEvent(m.dueDate(), m.dueDate().plusDays(1),
                    "Milestone " + m.number() + ": " + oneLine(m.title()));
            event.replace(new DtStamp(stamp));
            event.add(new Uid(uid(plan, m)));
            event.add(new Description(description(plan, m)));
            calendar.withComponent(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the plan's calendar did not validate: " + e.getMessage(), e);
        }
        return ContentLines.fold(out.toString());
    }

    /** Stable for a plan's milestone: the same plan exported twice gives the same UIDs. */
    public static String uid(StudyPlan plan, Milestone milestone) {
        return plan.id() + "-m" + milestone.number() + "@transition-advisor";
    }

    private static String description(StudyPlan plan, Milestone m) {
        StringBuilder text = new StringBuilder();
        text.append(plan.guideTitle()).append(" · ").append(m.phaseLabel()).append('\n');
        m.items().forEach(item -> text.append("• ").append(item).append('\n'));
        if (!m.gaps().isEmpty()) {
            text.append("Gaps: ").append(String.join("; ", m.gaps())).append('\n');
        }
        return text.toString().strip();
    }

    static String statusText(Milestone.Status status) {
        return switch (status) {
            case DONE -> "done";
            case IN_PROGRESS -> "in progress";
            case UPCOMING -> "upcoming";
            case OVERDUE -> "overdue";
        };
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
