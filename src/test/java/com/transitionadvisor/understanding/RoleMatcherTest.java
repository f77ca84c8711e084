package com.transitionadvisor.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.RoleCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Role matching against the roles and aliases the app ships with ({@code knowledge/roles.yml}). */
class RoleMatcherTest {
    static final RoleCatalog ROLES = new KnowledgeBaseLoader().load(Path.of("knowledge")).roles();

    private final RoleMatcher matcher = new RoleMatcher(ROLES);

    private Optional<String> roleOf(String phrase) {
        return matcher.match(phrase).map(match -> match.role().id());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "backend developer, backend-developer",
            "Backend Developer, backend-developer",
            "BACKEND DEVELOPER, backend-developer",
            "backend dev, backend-developer",
            "backend engineer, backend-developer",
            "back-end developer, backend-developer",
            "Back-End  Dev., backend-developer",
            "backend-developer, backend-developer",
            "cloud engineer, cloud-engineer",
            "cloud eng, cloud-engineer",
            "cloud, cloud-engineer",
            "aws engineer, cloud-engineer",
            "sre, site-reliability-engineer",
            "devops, devops-engineer",
            "data engineer, data-engineer",
    })
    void match_nameOrAlias_isExact(String phrase, String role) {
        Optional<RoleMatch> match = matcher.match(phrase);
        assertEquals(Optional.of(role), match.map(m -> m.role().id()));
        assertEquals(0, match.orElseThrow().edits());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "'  backend    developer  ', backend-developer",
            "senior backend developer, backend-developer",
            "a junior cloud engineer, cloud-engineer",
            "lead backend engineer role, backend-developer",
            "cloud engineers, cloud-engineer",
            "backend developers, backend-developer",
    })
    void match_extraSpacesFillersAndPlurals_areIgnored(String phrase, String role) {
        assertEquals(Optional.of(role), roleOf(phrase));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "bakend developr, backend-developer",
            "backend develper, backend-developer",
            "clod engineer, cloud-engineer",
            "cloud enginer, cloud-engineer",
            "clod eng, cloud-engineer",
            "devop, devops-engineer",
            "frntend, frontend-developer",
    })
    void match_smallTypos_findTheIntendedRole(String phrase, String role) {
        Optional<RoleMatch> match = matcher.match(phrase);
        assertEquals(Optional.of(role), match.map(m -> m.role().id()));
        assertTrue(match.orElseThrow().edits() > 0, "a typo is not an exact match");
    }

    @ParameterizedTest(name = "\"{0}\" is no role")
    @ValueSource(strings = {"pilot", "chef", "data", "nurse", "teacher", "product manager", "data scientist", "engineer",
            "developer", "to", "", "   ", "!!!", "🙂"})
    void match_unknownRolesAndNoise_matchNothing(String phrase) {
        assertEquals(Optional.empty(), roleOf(phrase));
    }

    @ParameterizedTest(name = "\"{0}\" is no role")
    @ValueSource(strings = {"ios engineer", "java engineer", "qa engineer", "ml engineer", "it engineer"})
    void match_otherJobThatDiffersByAShortWord_isNotTakenForATypo(String phrase) {
        // Real jobs, not misspellings: "ios engineer" is two letters from the alias "aws engineer" and "java
        // engineer" two from "data engineer". The edit budget comes from the whole phrase, so it is all spent on
        // the short word that names the job.
        assertEquals(Optional.empty(), roleOf(phrase));
    }

    @ParameterizedTest(name = "\"{0}\" is no role")
    @ValueSource(strings = {"ai engineer", "ai developer", "gpu engineer"})
    void match_phraseEquallyCloseToTwoRoles_isNotGuessed(String phrase) {
        // "ai engineer" is one edit from both "api engineer" (Backend Developer) and "ui engineer" (Frontend
        // Developer). Which one wins depends on hash order, which changes from one JVM start to the next.
        assertEquals(Optional.empty(), roleOf(phrase));
    }

    @Test
    void match_isCaseAndAccentInsensitive() {
        assertEquals(Optional.of("backend-developer"), roleOf("BÁCKEND Developer"));
    }

    @Test
    void similar_typoOfAName_putsThatRoleFirst() {
        List<Role> similar = matcher.similar("bakend", 3);
        assertEquals("backend-developer", similar.get(0).id());
        assertTrue(similar.size() <= 3);
    }

    @Test
    void similar_unrelatedWord_suggestsNothing() {
        assertEquals(List.of(), matcher.similar("pilot", 3));
        assertEquals(List.of(), matcher.similar("", 3));
    }
}
