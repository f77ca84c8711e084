package com.transitionadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.Guide.MonthRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    private List<GuideProblem> problemsIn(String fixture) {
        return loader.validate(KnowledgeFixtures.folder(fixture));
    }

    private static String guideFile(String fixture, String fileName) {
        return KnowledgeFixtures.folder(fixture).resolve(KnowledgeBaseLoader.GUIDES_FOLDER).resolve(fileName).toString();
    }

    /** Exactly one problem, located at {@code file}, {@code line} and {@code field}, whose message says {@code saying}. */
    private static GuideProblem assertOnlyProblem(List<GuideProblem> problems, String file, int line, String field,
                                                  String saying) {
        assertEquals(1, problems.size(), () -> "expected exactly one problem, got " + problems);
        GuideProblem problem = problems.get(0);
        assertAll(
                () -> assertEquals(file, problem.file(), "file"),
                () -> assertEquals(line, problem.line(), "line"),
                () -> assertEquals(field, problem.field(), "field"),
                () -> assertTrue(problem.message().toLowerCase(Locale.ROOT).contains(saying.toLowerCase(Locale.ROOT)),
                        () -> "message should mention '" + saying + "': " + problem.message()));
        return problem;
    }

    @Nested
    class ValidFolder {
        private final KnowledgeBase knowledge = KnowledgeFixtures.valid();

        @Test
        void validate_validFolder_reportsNoProblems() {
            assertEquals(List.of(), problemsIn("valid"));
        }

        @Test
        void load_validFolder_hasEveryGuideAndRole() {
            assertEquals(4, knowledge.size());
            assertEquals(Set.of("backend-developer-to-cloud-engineer", "cloud-engineer-to-backend-developer",
                            "data-engineer-to-backend-developer", "cloud-engineer-to-data-engineer"),
                    knowledge.guides().stream().map(GuideEntry::id).collect(Collectors.toSet()));
            assertEquals(Set.of("backend-developer", "cloud-engineer", "data-engineer", "frontend-developer"),
                    knowledge.roles().roles().stream().map(Role::id).collect(Collectors.toSet()));
        }

        @Test
        void load_fullGuide_carriesEveryField() {
            Guide guide = knowledge.guideById("backend-developer-to-cloud-engineer").orElseThrow();

            assertEquals("Backend Developer → Cloud Engineer", guide.title());
            assertTrue(guide.summary().startsWith("Much of what backend developers know carries over"));
            assertEquals(List.of("Python scripting", "Code review"),
                    guide.transferableSkills().stream().map(Guide.TransferableSkill::skill).toList());
            assertEquals(Optional.of(Difficulty.LOW), guide.transferableSkills().get(0).difficulty());
            assertEquals(Optional.of(Difficulty.VERY_LOW), guide.transferableSkills().get(1).difficulty());
            assertEquals(List.of("Networking depth", "Terraform state"), guide.gaps().stream().map(Guide.Gap::name).toList());
            assertEquals(Optional.of(new MonthRange(6, 12)), guide.timeline().partTime());
            assertEquals(Optional.of(new MonthRange(3, 6)), guide.timeline().fullTime());
            assertEquals(List.of(Optional.of(new MonthRange(1, 2)), Optional.of(new MonthRange(3, 4))),
                    guide.timeline().phases().stream().map(Guide.Phase::months).toList());
            assertEquals(List.of("Why cloud?"), guide.interview().orElseThrow().questions());
            assertEquals("£50,000–£75,000", guide.salary().orElseThrow().figures().get(0).range());
            assertEquals(Optional.of("UK"), guide.salary().orElseThrow().region());
            assertEquals(1, guide.paths().size());
            assertEquals(1, guide.mistakes().size());
            assertEquals(1, guide.faq().size());
            assertEquals(List.of(Section.SKILLS), guide.notes().stream().map(Guide.ExtraNote::section).toList());
            assertEquals(List.of(Section.values()), guide.sections(), "a guide with every section shows them all");
        }

        @Test
        void load_guideWithOnlyRequiredFields_hasNoOptionalSections() {
            Guide guide = knowledge.guideById("cloud-engineer-to-backend-developer").orElseThrow();

            for (Section optional : List.of(Section.SKILLS, Section.INTERVIEW, Section.SALARY, Section.PATHS,
                    Section.MISTAKES, Section.FAQ)) {
                assertFalse(guide.has(optional), () -> "has " + optional);
            }
            assertEquals(List.of(Section.OVERVIEW, Section.GAPS, Section.TIMELINE), guide.sections());
            assertEquals(Optional.empty(), guide.overview());
            assertEquals(Optional.empty(), guide.timeline().partTime());
            assertEquals(List.of(), guide.timeline().phases());
        }

        @Test
        void load_guidesAreFoundByEitherRole() {
            Role cloud = knowledge.roles().byId("cloud-engineer").orElseThrow();
            Role backend = knowledge.roles().byId("backend-developer").orElseThrow();

            assertEquals(2, knowledge.guidesFrom(cloud).size());
            assertEquals(2, knowledge.guidesTo(backend).size());
            assertEquals("cloud-engineer-to-backend-developer", knowledge.guide(cloud, backend).orElseThrow().id());
        }
    }

    @Nested
    class YamlSyntax {
        @Test
        void validate_tabIndentation_pointsAtTheTabLineAndSaysUseSpaces() {
            assertOnlyProblem(problemsIn("syntax-tab"), guideFile("syntax-tab", "backend-developer-to-cloud-engineer.yml"),
                    6, "", "spaces");
        }

        @Test
        void validate_unquotedColonInText_pointsAtTheLineAndExplainsTheFix() {
            GuideProblem problem = assertOnlyProblem(problemsIn("syntax-unquoted-colon"),
                    guideFile("syntax-unquoted-colon", "backend-developer-to-cloud-engineer.yml"), 6, "", "YAML syntax error");
            assertTrue(problem.message().contains("'|'") && problem.message().contains("quotes"), problem.message());
        }

        @Test
        void validate_nestingPastTheParsersLimit_pointsAtTheLineWhereItGoesTooDeep() {
            // SnakeYAML reports this limit without a position; found by GuideFileProperties.
            assertOnlyProblem(problemsIn("too-deeply-nested"),
                    guideFile("too-deeply-nested", "backend-developer-to-cloud-engineer.yml"), 4, "", "levels deep");
        }

        @Test
        void validate_emptyFile_isReportedForTheWholeFile() {
            assertOnlyProblem(problemsIn("empty-file"), guideFile("empty-file", "backend-developer-to-cloud-engineer.yml"),
                    0, "", "empty");
        }

        @Test
        void validate_fileNotInUtf8_saysToSaveItAsUtf8() {
            assertOnlyProblem(problemsIn("not-utf8"), guideFile("not-utf8", "backend-developer-to-cloud-engineer.yml"),
                    0, "", "UTF-8");
        }

        @Test
        void validate_duplicateKey_pointsAtTheSecondOccurrence() {
            assertOnlyProblem(problemsIn("duplicate-key"), guideFile("duplicate-key", "backend-developer-to-cloud-engineer.yml"),
                    8, "summary", "twice");
        }
    }

    @Nested
    class GuideContent {
        @Test
        void validate_missingRequiredFields_reportsEachOneByName() {
            String file = guideFile("missing-required", "backend-developer-to-cloud-engineer.yml");
            List<GuideProblem> problems = problemsIn("missing-required");

            assertEquals(Set.of("summary", "gaps", "timeline"),
                    problems.stream().map(GuideProblem::field).collect(Collectors.toSet()), problems::toString);
            assertEquals(3, problems.size(), problems::toString);
            // A missing field has no line of its own; the start of the file's fields (after the comment) is used.
            problems.forEach(p -> assertAll(
                    () -> assertEquals(file, p.file()),
                    () -> assertEquals(2, p.line()),
                    () -> assertTrue(p.message().contains("required"), p.message())));
        }

        @Test
        void validate_gapsWrittenAsText_saysItMustBeAList() {
            assertOnlyProblem(problemsIn("wrong-type"), guideFile("wrong-type", "backend-developer-to-cloud-engineer.yml"),
                    4, "gaps", "must be a list");
        }

        @Test
        void validate_misspeltField_suggestsTheClosestAllowedName() {
            String file = guideFile("unknown-field", "backend-developer-to-cloud-engineer.yml");
            List<GuideProblem> problems = problemsIn("unknown-field");

            GuideProblem unknown = problems.stream().filter(p -> p.field().equals("gapz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no problem for gapz: " + problems));
            assertEquals(file, unknown.file());
            assertEquals(4, unknown.line());
            assertTrue(unknown.message().contains("did you mean 'gaps'"), unknown.message());
            // The real gaps field is then missing, which is reported too.
            assertTrue(problems.stream().anyMatch(p -> p.field().equals("gaps") && p.message().contains("required")),
                    problems::toString);
        }

        @Test
        void validate_roleNotInRolesFile_namesTheUnknownIdAndTheKnownOnes() {
            GuideProblem problem = assertOnlyProblem(problemsIn("unknown-role"),
                    guideFile("unknown-role", "backend-developer-to-pilot.yml"), 2, "to", "'pilot' is not a role");
            assertTrue(problem.message().contains("cloud-engineer"), problem.message());
        }

        @Test
        void validate_fromEqualsTo_isRejected() {
            assertOnlyProblem(problemsIn("same-role"), guideFile("same-role", "backend-developer-to-backend-developer.yml"),
                    2, "to", "must differ");
        }

        @Test
        void validate_unknownDifficulty_listsTheAllowedValues() {
            GuideProblem problem = assertOnlyProblem(problemsIn("bad-difficulty"),
                    guideFile("bad-difficulty", "backend-developer-to-cloud-engineer.yml"),
                    8, "transferable_skills[2].difficulty", "'easy'");
            assertTrue(problem.message().contains("very low, low, medium, high"), problem.message());
        }

        @Test
        void validate_monthRangeLongestFirst_isRejected() {
            assertOnlyProblem(problemsIn("bad-month-range"), guideFile("bad-month-range", "backend-developer-to-cloud-engineer.yml"),
                    10, "timeline.part_time_months", "shortest first");
        }

        @Test
        void validate_phaseWithStartMonthOnly_asksForBoth() {
            // The missing end_month has no line of its own, so the phase's first line (its `when:`) is given.
            assertOnlyProblem(problemsIn("phase-without-end-month"),
                    guideFile("phase-without-end-month", "backend-developer-to-cloud-engineer.yml"),
                    16, "timeline.phases[2].end_month", "both start_month and end_month");
        }

        @Test
        void load_gapsNamingTheirPhase_byTitleOrNumber_goOnThatMilestoneOfAPlan() {
            assertEquals(List.of(), problemsIn("gap-phase"));
            Guide guide = loader.load(KnowledgeFixtures.folder("gap-phase")).guideById("backend-developer-to-cloud-engineer").orElseThrow();

            assertEquals(List.of(Optional.of(1), Optional.of(0)), guide.gaps().stream().map(Guide.Gap::phase).toList());
            var milestones = new com.transitionadvisor.plans.PlanBuilder()
                    .build(guide, java.time.LocalDate.of(2027, 3, 1), com.transitionadvisor.plans.Pace.partTime()).milestones();
            // By words alone "State" would go with the Terraform phase ("Learn state"); it names phase 1.
            assertEquals(List.of(List.of("State"), List.of("Networking")),
                    milestones.stream().map(com.transitionadvisor.plans.Milestone::gaps).toList());
        }

        @Test
        void validate_gapsNamingAPhaseThatIsNotThere_areReportedAtTheirPhaseField() {
            String file = guideFile("bad-gap-phase", "backend-developer-to-cloud-engineer.yml");
            List<GuideProblem> problems = problemsIn("bad-gap-phase");

            assertEquals(2, problems.size(), problems::toString);
            assertEquals(List.of(8, 12), problems.stream().map(GuideProblem::line).toList(), problems::toString);
            assertEquals(List.of("gaps[1].phase", "gaps[2].phase"), problems.stream().map(GuideProblem::field).toList());
            assertTrue(problems.stream().allMatch(p -> p.file().equals(file)), problems::toString);
            assertTrue(problems.get(0).message().contains("phases 1 to 2"), problems.get(0).message());
            assertTrue(problems.get(1).message().contains("'Kubernetes' is neither a phase number (1 to 2) nor the title of a phase")
                    && problems.get(1).message().contains("Provider; Terraform"), problems.get(1).message());
        }

        @Test
        void validate_twoGuidesForOnePair_namesBothFiles() {
            // files are read in name order: .yaml before .yml
            String first = guideFile("duplicate-pair", "backend-developer-to-cloud-engineer.yaml");
            String second = guideFile("duplicate-pair", "backend-developer-to-cloud-engineer.yml");
            GuideProblem problem = assertOnlyProblem(problemsIn("duplicate-pair"), second, 1, "from/to", "already exists");
            assertTrue(problem.message().contains(first), problem.message());
        }

        @Test
        void validate_fileWithSeveralProblems_reportsAllOfThemAtOnce() {
            String file = guideFile("many-problems", "backend-developer-to-cloud-engineer.yml");
            List<GuideProblem> problems = problemsIn("many-problems");

            assertEquals(Set.of(
                            new Located(6, "transferable_skills[1].difficulty"),
                            new Located(8, "gaps[1].how"),
                            new Located(12, "timeline.part_time_months"),
                            new Located(13, "timeline.full_time"),
                            new Located(14, "interveiw")),
                    problems.stream().map(p -> new Located(p.line(), p.field())).collect(Collectors.toSet()),
                    problems::toString);
            assertEquals(5, problems.size(), problems::toString);
            problems.forEach(p -> assertEquals(file, p.file()));
        }
    }

    private record Located(int line, String field) {
    }

    @Nested
    class FolderLayout {
        @Test
        void validate_withoutRolesFile_reportsTheMissingFile() {
            Path folder = KnowledgeFixtures.folder("missing-roles");
            assertOnlyProblem(problemsIn("missing-roles"), folder.resolve("roles.yml").toString(), 0, "", "is missing");
        }

        @Test
        void validate_withoutGuidesFolder_reportsTheMissingFolder() {
            Path folder = KnowledgeFixtures.folder("missing-guides");
            assertOnlyProblem(problemsIn("missing-guides"), folder.resolve("guides").toString(), 0, "", "is missing");
        }

        @Test
        void validate_folderThatDoesNotExist_isReported() {
            Path folder = KnowledgeFixtures.folder("valid").resolve("no-such-folder");
            List<GuideProblem> problems = loader.validate(folder);
            assertOnlyProblem(problems, folder.toString(), 0, "", "not a folder");
        }

        @Test
        void validate_aliasOfTwoRoles_pointsAtTheSecondRole() {
            Path roles = KnowledgeFixtures.folder("shared-alias").resolve("roles.yml");
            GuideProblem problem = assertOnlyProblem(problemsIn("shared-alias"), roles.toString(), 8, "roles[2].aliases",
                    "'platform'");
            assertTrue(problem.message().contains("backend-developer"), problem.message());
        }

        @Test
        void validate_relatedRoleThatIsNotInTheFile_isReportedAtItsField() {
            Path roles = KnowledgeFixtures.folder("related-unknown-role").resolve("roles.yml");
            GuideProblem problem = assertOnlyProblem(problemsIn("related-unknown-role"), roles.toString(), 9,
                    "roles[2].related", "'devops-engineer'");
            assertTrue(problem.message().contains("not the id of another role"), problem.message());
        }

        @Test
        void validate_aliasThatIsAnotherRolesName_isReportedNotThrown() {
            // backend-developer claims "cloud engineer" as an alias; cloud-engineer's own name is "Cloud Engineer".
            Path roles = KnowledgeFixtures.folder("alias-is-another-roles-name").resolve("roles.yml");
            List<GuideProblem> problems = problemsIn("alias-is-another-roles-name");

            assertFalse(problems.isEmpty(), "the clash must be reported");
            assertTrue(problems.stream().allMatch(p -> p.file().equals(roles.toString())), problems::toString);
            assertTrue(problems.stream().anyMatch(p -> p.message().toLowerCase(Locale.ROOT).contains("cloud engineer")),
                    problems::toString);
        }
    }

    @Nested
    class Load {
        @Test
        void load_invalidFolder_throwsWithEveryProblem() {
            Path folder = KnowledgeFixtures.folder("many-problems");
            InvalidKnowledgeBaseException thrown = assertThrows(InvalidKnowledgeBaseException.class, () -> loader.load(folder));

            assertEquals(loader.validate(folder), thrown.problems());
            assertEquals(5, thrown.problems().size());
            for (GuideProblem problem : thrown.problems()) {
                assertTrue(thrown.getMessage().contains(problem.toString()), () -> "message lacks " + problem);
            }
        }

        @Test
        void load_missingRolesFile_throws() {
            assertThrows(InvalidKnowledgeBaseException.class, () -> loader.load(KnowledgeFixtures.folder("missing-roles")));
        }

        @Test
        void problemToString_showsFileLineAndField() {
            assertEquals("guides/a.yml:7: gaps[1].how: is required",
                    new GuideProblem("guides/a.yml", 7, "gaps[1].how", "is required").toString());
            assertEquals("roles.yml: is missing", new GuideProblem("roles.yml", 0, "", "is missing").toString());
        }
    }

    /** Mistakes coaches make while writing a guide: each gives exactly one problem, where it can be fixed. */
    @Nested
    class AuthoringMistakes {
        private static final String GUIDE = "backend-developer-to-cloud-engineer.yml";

        @Test
        void validate_copyOfTheTemplate_isOneProblemAtItsFirstExampleText() {
            GuideProblem problem = assertOnlyProblem(problemsIn("template-copy"), guideFile("template-copy", GUIDE),
                    12, "summary", "example text of TEMPLATE.yml");
            assertTrue(problem.message().contains("One or two sentences that sum up the move."), problem.message());
            assertTrue(problem.message().contains("more (lines 15, 17"), problem.message());
        }

        @Test
        void validate_oneExampleTextLeftInAFilledGuide_pointsAtIt() {
            assertOnlyProblem(problemsIn("template-text-left"), guideFile("template-text-left", GUIDE),
                    11, "gaps[2].how", "'How to close it'");
        }

        @Test
        void validate_theRealTemplateCopiedIntoTheRealGuides_doesNotValidate(@TempDir Path temp) throws IOException {
            Path knowledge = Path.of("knowledge");
            Files.copy(knowledge.resolve(KnowledgeBaseLoader.ROLES_FILE), temp.resolve(KnowledgeBaseLoader.ROLES_FILE));
            Files.copy(knowledge.resolve(TemplateText.FILE), temp.resolve(TemplateText.FILE));
            Path guides = Files.createDirectories(temp.resolve(KnowledgeBaseLoader.GUIDES_FOLDER));
            Files.copy(knowledge.resolve(TemplateText.FILE), guides.resolve("data-engineer-to-cloud-engineer.yml"));

            List<GuideProblem> problems = loader.validate(temp);

            assertEquals(1, problems.size(), () -> problems.toString());
            assertEquals("summary", problems.get(0).field());
            assertTrue(problems.get(0).message().contains("TEMPLATE.yml"), problems.get(0).message());
        }

        @Test
        void validate_fileNamedOtherwiseThanItsMove_saysWhatToRenameItTo() {
            GuideProblem problem = assertOnlyProblem(problemsIn("file-name-mismatch"),
                    guideFile("file-name-mismatch", "backend-to-cloud.yml"), 2, "from/to", "rename the file");
            assertTrue(problem.message().contains("backend-developer-to-cloud-engineer.yml"), problem.message());
        }

        @Test
        void load_roleNameAndAliasWhereIdsAreExpected_areReadAsTheRolesIds() {
            assertEquals(List.of(), problemsIn("role-names-for-ids"));
            Guide guide = loader.load(KnowledgeFixtures.folder("role-names-for-ids"))
                    .guideById("backend-developer-to-cloud-engineer").orElseThrow();
            assertEquals("backend-developer", guide.from().id());
            assertEquals("cloud-engineer", guide.to().id());
        }

        @Test
        void validate_unknownRole_namesTheIdsToUse() {
            assertOnlyProblem(problemsIn("unknown-role"), guideFile("unknown-role", "backend-developer-to-pilot.yml"),
                    2, "to", "backend-developer, cloud-engineer");
        }

        @Test
        void validate_listItemWithColon_saysYamlReadItAsAFieldAndToQuoteIt() {
            GuideProblem problem = assertOnlyProblem(problemsIn("list-item-colon"), guideFile("list-item-colon", GUIDE),
                    7, "overview.key_points[1]", "read this item as a field named 'Networking'");
            assertTrue(problem.message().contains("\"Networking: the biggest gap for most people.\""), problem.message());
            assertFalse(problem.message().contains("non-empty"), problem.message());
        }

        @Test
        void validate_unclosedQuote_pointsAtTheLineWhereItOpens() {
            assertOnlyProblem(problemsIn("syntax-unclosed-quote"), guideFile("syntax-unclosed-quote", GUIDE),
                    4, "", "never closed");
        }

        @Test
        void validate_fieldOneSpaceShort_saysItDoesNotLineUp() {
            assertOnlyProblem(problemsIn("syntax-misaligned-field"), guideFile("syntax-misaligned-field", GUIDE),
                    8, "", "does not line up");
        }

        @Test
        void validate_textContinuedWithoutIndent_pointsAtTheContinuation() {
            assertOnlyProblem(problemsIn("syntax-line-without-colon"), guideFile("syntax-line-without-colon", GUIDE),
                    5, "", "indent it under");
        }

        @Test
        void validate_textStartingWithAt_saysToQuoteIt() {
            assertOnlyProblem(problemsIn("syntax-text-starts-with-special"),
                    guideFile("syntax-text-starts-with-special", GUIDE), 4, "", "cannot start with @");
        }

        @Test
        void validate_textGoingOnAfterItsClosingQuote_saysSo() {
            assertOnlyProblem(problemsIn("syntax-text-after-quote"), guideFile("syntax-text-after-quote", GUIDE),
                    4, "", "follows the closing quote");
        }

        @Test
        void validate_fieldIndentedUnderTheOneAbove_saysItIsIndentedTooFar() {
            assertOnlyProblem(problemsIn("syntax-field-indented-too-far"),
                    guideFile("syntax-field-indented-too-far", GUIDE), 5, "", "indented further");
        }

        @Test
        void validate_brokenRolesFile_isOneProblem_notOnePerGuide() {
            Path roles = KnowledgeFixtures.folder("roles-syntax-error").resolve(KnowledgeBaseLoader.ROLES_FILE);
            assertOnlyProblem(problemsIn("roles-syntax-error"), roles.toString(), 4, "", "tab");
        }

        @Test
        void validate_unclosedBracket_pointsAtTheLineThatOpensIt() {
            assertOnlyProblem(problemsIn("syntax-unclosed-bracket"), guideFile("syntax-unclosed-bracket", GUIDE),
                    11, "", "never closed with ]");
        }
    }
}
