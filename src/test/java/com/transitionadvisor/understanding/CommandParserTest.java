package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.Section;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code /transition <text>} asks for, with the roles and aliases the app ships with. */
class CommandParserTest {
    private final RoleMatcher roles = new RoleMatcher(RoleMatcherTest.ROLES);
    private final CommandParser parser = new CommandParser(roles, TestVocabulary.REAL);

    /** The roles a transition command names, resolved, as "from-id > to-id". */
    private String pair(String text) {
        Command command = parser.parse(text);
        Command.ShowTransition show = assertInstanceOf(Command.ShowTransition.class, command, () -> text + " -> " + command);
        String from = roles.match(show.from()).map(m -> m.role().id()).orElse("?" + show.from());
        String to = roles.match(show.to()).map(m -> m.role().id()).orElse("?" + show.to());
        return from + " > " + to;
    }

    private Optional<Section> sectionOf(String text) {
        return assertInstanceOf(Command.ShowTransition.class, parser.parse(text)).section();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "backend developer to cloud engineer",
            "backend developer -> cloud engineer",
            "backend developer->cloud engineer",
            "backend developer → cloud engineer",
            "backend developer=>cloud engineer",
            "backend developer into cloud engineer",
            "from backend developer to cloud engineer",
            "backend developer cloud engineer",
            "BACKEND DEVELOPER TO CLOUD ENGINEER",
            "  backend   developer   to    cloud   engineer  ",
            "backend dev to cloud eng",
            "backend engineer -> cloud",
            "bakend developr to clod engineer",
            "senior backend developer to cloud engineer",
            "going from backend developer to cloud engineer?",
    })
    void parse_transitionWrittenAnyWay_namesBackendThenCloud(String text) {
        assertEquals("backend-developer > cloud-engineer", pair(text));
    }

    @Test
    void parse_reverseRoute_keepsTheDirection() {
        assertEquals("cloud-engineer > backend-developer", pair("cloud engineer to backend developer"));
        assertEquals("cloud-engineer > backend-developer", pair("cloud eng -> back-end dev"));
    }

    @Test
    void parse_noSection_leavesItEmpty() {
        assertEquals(Optional.empty(), sectionOf("backend developer to cloud engineer"));
    }

    @ParameterizedTest(name = "\"{0}\" asks for {1}")
    @CsvSource({
            "backend developer to cloud engineer gaps, GAPS",
            "backend developer to cloud engineer GAPS, GAPS",
            "backend developer to cloud engineer timeline, TIMELINE",
            "backend developer to cloud engineer interview, INTERVIEW",
            "backend developer to cloud engineer faq, FAQ",
            "backend developer to cloud engineer pay, SALARY",
            "salary cloud to backend, SALARY",
            "timeline backend developer -> cloud engineer, TIMELINE",
    })
    void parse_sectionWordAtEitherEnd_isTheSection(String text, Section section) {
        assertEquals(Optional.of(section), sectionOf(text));
    }

    @Test
    void parse_leadingSectionWord_isNotPartOfTheFromRole() {
        assertEquals("cloud-engineer > backend-developer", pair("salary cloud to backend"));
        assertEquals("backend-developer > cloud-engineer", pair("backend developer to cloud engineer gaps"));
    }

    @ParameterizedTest(name = "\"{0}\" is help")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "help", "HELP", "  help  ", "?", "--help", "help!"})
    void parse_emptyOrHelp_isHelp(String text) {
        assertInstanceOf(Command.Help.class, parser.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is list")
    @ValueSource(strings = {"list", "LIST", " list ", "ls", "guides"})
    void parse_list_isListGuides(String text) {
        assertInstanceOf(Command.ListGuides.class, parser.parse(text));
    }

    @Test
    void parse_oneRoleAlone_isShowRole() {
        Command.ShowRole show = assertInstanceOf(Command.ShowRole.class, parser.parse("cloud engineer"));
        assertEquals("cloud engineer", show.role());
    }

    @Test
    void parse_unknownRoles_keepTheTypedPhrasesForTheAdvisor() {
        Command.ShowTransition show = assertInstanceOf(Command.ShowTransition.class, parser.parse("pilot to chef"));
        assertEquals("pilot", show.from());
        assertEquals("chef", show.to());
    }

    @Test
    void parse_unknownRoles_keepTheCaseTheyWereTypedIn() {
        // echoed back in "I couldn't match …": the person's own words, not a lower-cased copy
        Command.ShowTransition show = assertInstanceOf(Command.ShowTransition.class,
                parser.parse("Backend Wizard TO Cloud Ninja interview"));
        assertEquals("Backend Wizard", show.from());
        assertEquals("Cloud Ninja", show.to());
        assertEquals(Optional.of(Section.INTERVIEW), show.section());

        Command.ShowRole role = assertInstanceOf(Command.ShowRole.class, parser.parse("Data Wrangler"));
        assertEquals("Data Wrangler", role.role());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"BE dev -> cloud eng", "BE → cloud", "from BE to cloud engineer"})
    void parse_upperCaseBE_isBackend(String text) {
        assertEquals("backend-developer > cloud-engineer", pair(text));
    }

    @Test
    void parse_veryLongInput_answersQuicklyWithoutThrowing() {
        String noise = "lorem ipsum ".repeat(1_000);
        String endless = "backend developer to cloud engineer " + "x".repeat(10_000);

        // Slack gives a slash command 3 seconds for its answer; parsing must be a small part of that.
        Command first = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> parser.parse(noise));
        Command second = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> parser.parse(endless));

        assertInstanceOf(Command.ShowRole.class, first);
        Command.ShowTransition show = assertInstanceOf(Command.ShowTransition.class, second);
        assertEquals("backend developer", show.from());
        assertTrue(show.to().length() <= 500, "input is cut before matching");
    }
}
