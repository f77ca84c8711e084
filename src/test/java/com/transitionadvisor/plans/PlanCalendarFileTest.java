package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
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

/**
 * The calendar export of a long plan (nine phases, text with commas, semicolons, a backslash and characters of
 * two to four UTF-8 bytes) as a calendar app reads it: parsed back by ical4j's own parser, and checked line by
 * line against RFC 5545's wire rules.
 */
class PlanCalendarFileTest {
    private static final Path FIXTURE = Path.of("src/test/resources/plan-fixtures/long-plan");
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Instant STAMP = Instant.parse("2027-03-01T09:00:00Z");

    static Guide longGuide() {
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(FIXTURE);
        return knowledge.guideById("support-engineer-to-site-reliability-engineer").orElseThrow();
    }

    static StudyPlan longPlan() {
        Guide guide = longGuide();
        PlanBuilder.PlanSchedule schedule = new PlanBuilder().build(guide, START, Pace.partTime());
        return new StudyPlan("plan-long", "U1", guide.id(), guide.title(), Pace.partTime(), START, false, Optional.empty(),
                STAMP, schedule.milestones(), Set.of());
    }

    @Test
    void icalendar_ofANinePhasePlan_parsesBackWithIcal4j_withEveryMilestonesDateAndText() throws Exception {
        StudyPlan plan = longPlan();
        assertTrue(plan.total() >= 8, () -> "the fixture has a long plan: " + plan.total());

        Calendar calendar = new CalendarBuilder().build(new StringReader(PlanExport.icalendar(plan, STAMP)));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(plan.total(), events.size());
        for (int i = 0; i < plan.total(); i++) {
            Milestone milestone = plan.milestones().get(i);
            VEvent event = events.get(i);
            assertEquals(milestone.dueDate(), event.getStartDate().orElseThrow().getDate());
            assertEquals("Milestone " + milestone.number() + ": " + milestone.title(),
                    event.getProperty(Property.SUMMARY).orElseThrow().getValue());
            String description = event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
            for (String item : milestone.items()) {
                assertTrue(description.contains(item), () -> "item " + item + " in " + description);
            }
        }
        assertEquals("Milestone 1: Café-level basics, shell; pipes \\ redirects",
                events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue(), "commas, semicolons, backslashes come back");
        assertTrue(events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue().contains("🌐"));
    }

    @Test
    void icalendar_linesEndInCrlf_areAtMost75Octets_andNoCharacterIsSplitAcrossAFold() {
        String ics = PlanExport.icalendar(longPlan(), STAMP);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        int lineStart = 0;
        int folded = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "a bare LF at byte " + i);
                int length = i - 1 - lineStart;
                assertTrue(length <= 75, "a line of " + length + " octets at byte " + lineStart);
                assertValidUtf8(bytes, lineStart, i - 1);
                if (i + 1 < bytes.length && bytes[i + 1] == ' ') {
                    folded++;
                }
                lineStart = i + 1;
            } else {
                assertFalse(bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'), "a bare CR at byte " + i);
            }
        }
        assertEquals(bytes.length, lineStart, "the last line ends in CRLF");
        assertTrue(folded > 0, "the long descriptions are folded");
    }

    @Test
    void icalendar_escapesTextValues() {
        String unfolded = PlanExport.icalendar(longPlan(), STAMP).replace("\r\n ", "");

        assertTrue(unfolded.contains("SUMMARY:Milestone 1: Café-level basics\\, shell\\; pipes \\\\ redirects\r\n"), unfolded);
        assertTrue(unfolded.contains("\\n• "), () -> "line breaks in a description are written as \\n: " + unfolded);
    }

    @Test
    void fold_keepsAFourByteCharacterWhole_atTheBoundary() {
        String line = "SUMMARY:" + "a".repeat(66) + "🌐🌐";

        String folded = ContentLines.fold(line);

        assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n 🌐🌐\r\n", folded, "73 octets, then the emoji would make 77");
    }

    private static void assertValidUtf8(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a character split across a fold at byte " + from, e);
        }
    }
}
