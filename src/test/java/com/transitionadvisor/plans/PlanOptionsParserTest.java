package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanOptionsParserTest {
    /** A Wednesday. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

    @Nested
    class Paces {
        @ParameterizedTest
        @CsvSource({
                "part-time, part-time", "Part time, part-time", "PT, part-time", "full-time, full-time", "fulltime, full-time",
                "15 hours a week, 15h", "15 hours per week, 15h", "15h/week, 15h", "15 h/w, 15h", "15 hrs a wk, 15h",
                "15 hours, 15h", "15 hours weekly, 15h", "7.5 hours a week, 8h", "1 hour a week, 1h", "80 hours a week, 80h"})
        void parsePace_readsEveryWayOfSayingIt(String text, String key) {
            assertEquals(Pace.fromKey(key), PlanOptionsParser.parsePace(text));
        }

        @Test
        void parsePace_unknownWord_namesItAndGivesExamples() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.parsePace("half-time"));
            assertEquals("I couldn't read “half-time” as a pace. Say part-time, full-time, or a number of hours such as “15 hours a week”.",
                    e.getMessage());
        }

        @Test
        void parsePace_zeroHours_asksForAtLeastOne() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.parsePace("0 hours a week"));
            assertTrue(e.getMessage().contains("at least 1 hour a week"), e.getMessage());
            assertTrue(e.getMessage().contains("5 hours a week"), e.getMessage());
        }

        @Test
        void parsePace_tooManyHours_pointsToFullTime() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.parsePace("100 hours a week"));
            assertTrue(e.getMessage().contains("more than the 80 hours a week"), e.getMessage());
            assertTrue(e.getMessage().contains("full-time"), e.getMessage());
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @CsvSource({
                "today, 2027-03-03", "tomorrow, 2027-03-04", "next monday, 2027-03-08", "monday, 2027-03-08",
                "wednesday, 2027-03-03", "next wednesday, 2027-03-10", "next week, 2027-03-08", "next month, 2027-04-01",
                "in 2 weeks, 2027-03-17", "in a month, 2027-04-03", "2027-03-15, 2027-03-15", "2027/3/15, 2027-03-15",
                "1 March 2027, 2027-03-01", "1st of March 2027, 2027-03-01", "'March 1, 2027', 2027-03-01",
                "mar 1 2027, 2027-03-01", "1 sept 2027, 2027-09-01", "15 april, 2027-04-15", "1 march, 2028-03-01",
                "April 2027, 2027-04-01", "15/03/2027, 2027-03-15", "03/15/2027, 2027-03-15", "on friday, 2027-03-05"})
        void parseDate_readsEveryForm(String text, String expected) {
            assertEquals(LocalDate.parse(expected), PlanOptionsParser.parseDate(text, TODAY));
        }

        @Test
        void parseDate_gibberish_namesItAndGivesExamples() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.parseDate("soonish", TODAY));
            assertEquals("I couldn't read “soonish” as a date. Write it like 2027-03-01, today, next monday or 1 March 2027.", e.getMessage());
        }

        @Test
        void parseDate_dayThatDoesNotExist_saysSo() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.parseDate("31 February 2027", TODAY));
            assertTrue(e.getMessage().startsWith("February 2027 has no day 31"), e.getMessage());
        }

        @Test
        void parseDate_ambiguousDayAndMonth_offersBothReadings() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.parseDate("01/03/2027", TODAY));
            assertEquals("“01/03/2027” could be 1 March 2027 or 3 January 2027. Write it as 2027-03-01 or 1 March 2027.", e.getMessage());
        }

        @Test
        void parseDate_yearsAway_isRefused() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.parseDate("2035-01-01", TODAY));
            assertTrue(e.getMessage().contains("more than 2 years from today"), e.getMessage());
        }
    }

    @Nested
    class Requests {
        @Test
        void splitRequest_pairOnly_hasNoOptions() {
            assertEquals(new PlanOptionsParser.Request("backend developer to cloud engineer", PlanOptions.defaults()),
                    PlanOptionsParser.splitRequest("backend developer to cloud engineer", TODAY));
        }

        @Test
        void splitRequest_paceAndStart_inEitherOrder() {
            PlanOptions expected = PlanOptions.of(Pace.hours(15), LocalDate.of(2027, 3, 8));
            assertEquals(new PlanOptionsParser.Request("backend developer to cloud engineer", expected),
                    PlanOptionsParser.splitRequest("Backend developer to cloud engineer 15 hours a week start next Monday", TODAY));
            assertEquals(new PlanOptionsParser.Request("backend developer to cloud engineer", expected),
                    PlanOptionsParser.splitRequest("backend developer to cloud engineer starting next monday 15 hours a week", TODAY));
        }

        @Test
        void splitRequest_startWithLongDate_keepsTheWholeDate() {
            assertEquals(new PlanOptionsParser.Request("backend to cloud", new PlanOptions(Optional.of(Pace.fullTime()),
                            Optional.of(LocalDate.of(2027, 3, 1)))),
                    PlanOptionsParser.splitRequest("backend to cloud full-time start 1 March 2027", TODAY));
        }

        @Test
        void splitRequest_unreadablePace_isRefusedRatherThanReadAsARole() {
            PlanInputException e = assertThrows(PlanInputException.class,
                    () -> PlanOptionsParser.splitRequest("backend developer to cloud engineer 15 hours a day", TODAY));
            assertTrue(e.getMessage().startsWith("I couldn't read “15 hours a day” as a pace."), e.getMessage());
            assertTrue(e.getMessage().contains("/transition plan backend developer to cloud engineer 15 hours a week"), e.getMessage());
        }

        @Test
        void splitRequest_unreadableDate_quotesIt() {
            PlanInputException e = assertThrows(PlanInputException.class,
                    () -> PlanOptionsParser.splitRequest("backend to cloud part-time start the 32nd", TODAY));
            assertTrue(e.getMessage().startsWith("I couldn't read “the 32nd” as a date."), e.getMessage());
        }

        @Test
        void splitRequest_startWithoutDate_asksForOne() {
            PlanInputException e = assertThrows(PlanInputException.class, () -> PlanOptionsParser.splitRequest("backend to cloud start", TODAY));
            assertTrue(e.getMessage().startsWith("“start” needs a date after it, e.g. start 2027-03-08."), e.getMessage());
        }

        @Test
        void splitRequest_twoPaces_isRefused() {
            PlanInputException e = assertThrows(PlanInputException.class,
                    () -> PlanOptionsParser.splitRequest("backend to cloud part-time start today full-time", TODAY));
            assertTrue(e.getMessage().startsWith("You gave two paces"), e.getMessage());
        }

        @Test
        void parseOptions_dateWithoutTheWordStart_isTheStart() {
            assertEquals(new PlanOptions(Optional.empty(), Optional.of(LocalDate.of(2027, 3, 8))),
                    PlanOptionsParser.parseOptions("next monday", TODAY));
            assertEquals(new PlanOptions(Optional.of(Pace.fullTime()), Optional.empty()),
                    PlanOptionsParser.parseOptions("full-time", TODAY));
        }
    }
}
