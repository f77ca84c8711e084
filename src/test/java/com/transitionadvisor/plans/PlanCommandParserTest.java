package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanCommandParserTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

    private static PlanRequest parse(String text) {
        return PlanCommandParser.parse(text, TODAY);
    }

    @Test
    void parse_nothingOrShow_showsThePlan() {
        assertEquals(new PlanRequest.Show(), parse(""));
        assertEquals(new PlanRequest.Show(), parse("show"));
        assertEquals(new PlanRequest.Help(), parse("help"));
    }

    @Test
    void parse_pair_createsWithOptions() {
        assertEquals(new PlanRequest.Create("backend developer to cloud engineer", PlanOptions.of(Pace.fullTime(), LocalDate.of(2027, 3, 8)), false),
                parse("backend developer to cloud engineer full-time start next monday"));
        assertEquals(new PlanRequest.Create("backend to cloud", PlanOptions.defaults(), true), parse("replace backend to cloud"));
    }

    @Test
    void parse_startWithAPair_isACreateNotAStartDate() {
        // "start" is also the first word of a start-date change; a pair after it means a new plan.
        assertEquals(new PlanRequest.ChangeStart(LocalDate.of(2027, 3, 8)), parse("start next monday"));
    }

    @Test
    void parse_changes_readTheirValues() {
        assertEquals(new PlanRequest.ChangePace(Pace.hours(12)), parse("pace 12 hours a week"));
        assertEquals(new PlanRequest.Tick(2, true), parse("done 2"));
        assertEquals(new PlanRequest.Tick(2, false), parse("undo #2"));
        assertEquals(new PlanRequest.Export(PlanOutcome.Format.ICALENDAR), parse("export ical"));
        assertEquals(new PlanRequest.Export(PlanOutcome.Format.MARKDOWN), parse("export"));
        assertEquals(new PlanRequest.Share(), parse("share"));
        assertEquals(new PlanRequest.Follow("abc-123", true), parse("follow abc-123 replace"));
        assertEquals(new PlanRequest.Delete(false), parse("delete"));
        assertEquals(new PlanRequest.Delete(true), parse("delete confirm"));
    }

    @Test
    void parse_checkIns_readDayTimeAndZone() {
        assertEquals(new PlanRequest.CheckIns(DayOfWeek.FRIDAY, LocalTime.of(16, 30), Optional.of(ZoneId.of("Europe/London"))),
                parse("check-in friday 16:30 europe/london"));
        assertEquals(new PlanRequest.CheckIns(DayOfWeek.MONDAY, LocalTime.of(9, 0), Optional.empty()), parse("check in monday"));
        assertEquals(new PlanRequest.CheckIns(DayOfWeek.TUESDAY, LocalTime.of(17, 0), Optional.of(ZoneId.of("UTC"))),
                parse("checkins on tuesdays at 5pm utc"));
        assertEquals(new PlanRequest.StopCheckIns(), parse("check-ins off"));
    }

    @Test
    void parse_badInput_explainsWithAnExample() {
        assertEquals("Give the milestone's number, e.g. /transition plan done 1 (I couldn't read “first”).",
                assertThrows(PlanInputException.class, () -> parse("done first")).getMessage());
        assertTrue(assertThrows(PlanInputException.class, () -> parse("check-in someday")).getMessage()
                .contains("/transition plan check-in monday 9:00"));
        assertTrue(assertThrows(PlanInputException.class, () -> parse("check-in monday 25:00")).getMessage()
                .startsWith("I couldn't read “25:00” as a time."));
        assertTrue(assertThrows(PlanInputException.class, () -> parse("check-in monday 9:00 mars/olympus")).getMessage()
                .startsWith("I don't know the time zone “mars/olympus”."));
        assertTrue(assertThrows(PlanInputException.class, () -> parse("export pdf")).getMessage().contains("markdown or ical"));
        assertTrue(assertThrows(PlanInputException.class, () -> parse("cloud engineer")).getMessage()
                .contains("Name both roles, e.g. /transition plan backend developer to cloud engineer"));
        assertTrue(assertThrows(PlanInputException.class, () -> parse("pace")).getMessage()
                .contains("/transition plan pace 15 hours a week"));
    }
}
