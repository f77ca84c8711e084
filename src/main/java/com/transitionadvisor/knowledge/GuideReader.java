package com.transitionadvisor.knowledge;

import com.transitionadvisor.knowledge.Guide.CareerPath;
import com.transitionadvisor.knowledge.Guide.DayToDay;
import com.transitionadvisor.knowledge.Guide.ExtraNote;
import com.transitionadvisor.knowledge.Guide.FaqEntry;
import com.transitionadvisor.knowledge.Guide.Freshness;
import com.transitionadvisor.knowledge.Guide.Gap;
import com.transitionadvisor.knowledge.Guide.Interview;
import com.transitionadvisor.knowledge.Guide.Mistake;
import com.transitionadvisor.knowledge.Guide.MonthRange;
import com.transitionadvisor.knowledge.Guide.Overview;
import com.transitionadvisor.knowledge.Guide.Phase;
import com.transitionadvisor.knowledge.Guide.Salary;
import com.transitionadvisor.knowledge.Guide.SalaryFigure;
import com.transitionadvisor.knowledge.Guide.Timeline;
import com.transitionadvisor.knowledge.Guide.TransferableSkill;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Turns one guide file into a {@link Guide}, or into located problems when it is malformed or incomplete. */
final class GuideReader {
    private static final Set<String> TOP_LEVEL = Set.of("from", "to", "summary", "overview", "transferable_skills",
            "gaps", "timeline", "interview", "salary", "paths", "mistakes", "faq", "more", "owner", "reviewed");

    private final RoleCatalog roles;
    private final TemplateText template;

    GuideReader(RoleCatalog roles) {
        this(roles, TemplateText.NONE);
    }

    /** @param template the example text of the folder's TEMPLATE.yml, which a finished guide no longer holds */
    GuideReader(RoleCatalog roles, TemplateText template) {
        this.roles = roles;
        this.template = template;
    }

    /** The guide, or empty when {@code problems} received at least one problem for this file. */
    Optional<Guide> read(Path file, ProblemCollector problems) {
        return read(file, problems, false);
    }

    /**
     * @param draft whether a file named otherwise than its move still gives the guide (for a preview); the name is
     *              reported as a problem all the same
     */
    Optional<Guide> read(Path file, ProblemCollector problems, boolean draft) {
        Optional<YamlMap> root = YamlFiles.read(file, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (template.reportLeftovers(root.get(), problems)) {
            // a guide not yet written: what else is wrong with it would only be noise
            return Optional.empty();
        }
        Optional<Guide> guide = read(root.get(), file.toString());
        boolean onlyItsName = draft && problems.problems().stream().allMatch(GuideReader::isMisnamedFile);
        return problems.isEmpty() || onlyItsName ? guide : Optional.empty();
    }

    private Optional<Guide> read(YamlMap root, String file) {
        root.allowOnly(TOP_LEVEL);
        Optional<Role> from = role(root, "from");
        Optional<Role> to = role(root, "to");
        if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
            root.report("to", "must differ from 'from' (both are " + from.get().id() + ")");
        } else if (from.isPresent() && to.isPresent()) {
            requireNameFor(root, file, from.get(), to.get());
        }
        String summary = root.requiredText("summary");
        Optional<Overview> overview = root.map("overview").map(GuideReader::overview);
        List<TransferableSkill> skills = root.list("transferable_skills", GuideReader::skill);
        Map<Gap, YamlMap> gapsNamingAPhase = new IdentityHashMap<>();
        List<Gap> listed = root.requiredList("gaps", map -> gap(map, gapsNamingAPhase));
        Optional<Timeline> timeline = root.requiredMap("timeline").flatMap(GuideReader::timeline);
        List<Gap> gaps = timeline.map(t -> placeGaps(gapsNamingAPhase, t.phases()))
                .map(place -> listed.stream().map(place).toList()).orElse(listed);
        Optional<Interview> interview = root.map("interview").flatMap(GuideReader::interview);
        Optional<Salary> salary = root.map("salary").flatMap(GuideReader::salary);
        List<CareerPath> paths = root.list("paths", GuideReader::path);
        List<Mistake> mistakes = root.list("mistakes", GuideReader::mistake);
        List<FaqEntry> faq = root.list("faq", GuideReader::faqEntry);
        List<ExtraNote> notes = root.list("more", GuideReader::note);
        Freshness freshness = new Freshness(root.text("owner"), reviewed(root));
        if (from.isEmpty() || to.isEmpty() || timeline.isEmpty() || summary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Guide(Guide.idFor(from.get(), to.get()), from.get(), to.get(), summary, overview,
                skills, gaps, timeline.get(), interview, salary, paths, mistakes, faq, notes, file, freshness));
    }

    /** The day the guide was last reviewed, written YYYY-MM-DD. */
    private static Optional<LocalDate> reviewed(YamlMap root) {
        return root.text("reviewed").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                root.report("reviewed", "'" + text + "' is not a date written YYYY-MM-DD, e.g. 2026-11-20");
                return Optional.empty();
            }
        });
    }

    private static final String MISNAMED = "the file is named ";
    private static final String MISNAMED_FIELD = "from/to";

    /** Whether {@code problem} is only that the file's name does not match its from/to (a draft may be named anyhow). */
    static boolean isMisnamedFile(GuideProblem problem) {
        return problem.field().equals(MISNAMED_FIELD) && problem.message().startsWith(MISNAMED);
    }

    /** A guide's file is named for its move, so that a coach finds it and two files never hold one move. */
    private static void requireNameFor(YamlMap root, String file, Role from, Role to) {
        String name = Path.of(file).getFileName().toString();
        String id = Guide.idFor(from, to);
        if (!name.equals(id + ".yml") && !name.equals(id + ".yaml")) {
            root.reportAt("from", MISNAMED_FIELD, MISNAMED + name + ", but from and to make it the guide for "
                    + from.name() + " → " + to.name() + "; rename the file to " + id + ".yml, or correct from and to");
        }
    }

    private Optional<Role> role(YamlMap root, String key) {
        String id = root.requiredText(key);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Role> role = roles.byId(id).or(() -> roles.byName(id));
        if (role.isEmpty()) {
            root.report(key, "'" + id + "' is not a role in roles.yml; add it there or use one of: "
                    + String.join(", ", roles.roles().stream().map(Role::id).toList()));
        }
        return role;
    }

    private static Overview overview(YamlMap map) {
        map.allowOnly(Set.of("why", "realism", "day_to_day", "key_points"));
        Optional<DayToDay> dayToDay = map.map("day_to_day").flatMap(day -> {
            day.allowOnly(Set.of("before", "after"));
            String before = day.requiredText("before");
            String after = day.requiredText("after");
            return before.isEmpty() || after.isEmpty() ? Optional.empty() : Optional.of(new DayToDay(before, after));
        });
        return new Overview(map.text("why"), map.text("realism"), dayToDay, map.textList("key_points"));
    }

    private static Optional<TransferableSkill> skill(YamlMap map) {
        map.allowOnly(Set.of("skill", "becomes", "difficulty", "note"));
        String skill = map.requiredText("skill");
        Optional<Difficulty> difficulty = map.text("difficulty").flatMap(text -> {
            Optional<Difficulty> parsed = Difficulty.fromLabel(text);
            if (parsed.isEmpty()) {
                map.report("difficulty", "'" + text + "' is not one of: " + String.join(", ", Difficulty.labels()));
            }
            return parsed;
        });
        return skill.isEmpty() ? Optional.empty()
                : Optional.of(new TransferableSkill(skill, map.text("becomes"), difficulty, map.text("note")));
    }

    /** A gap; one with a {@code phase} field is remembered with its map, to be placed once the phases are read. */
    private static Optional<Gap> gap(YamlMap map, Map<Gap, YamlMap> namingAPhase) {
        map.allowOnly(Set.of("name", "why", "how", "phase"));
        String name = map.requiredText("name");
        String why = map.requiredText("why");
        String how = map.requiredText("how");
        if (name.isEmpty() || why.isEmpty() || how.isEmpty()) {
            return Optional.empty();
        }
        Gap gap = new Gap(name, why, how);
        if (map.text("phase").isPresent()) {
            namingAPhase.put(gap, map);
        }
        return Optional.of(gap);
    }

    /**
     * Gives each gap that names a phase (its number, from 1, or its title) that phase's position; a phase that
     * is not there is reported at the gap's {@code phase} field and the gap is left to the plan's own matching.
     */
    private static UnaryOperator<Gap> placeGaps(Map<Gap, YamlMap> namingAPhase, List<Phase> phases) {
        return gap -> {
            YamlMap map = namingAPhase.get(gap);
            if (map == null) {
                return gap;
            }
            String reference = map.text("phase").orElse("");
            if (phases.isEmpty()) {
                map.report("phase", "names phase '" + reference + "', but timeline has no phases; add timeline.phases or "
                        + "remove this line");
                return gap;
            }
            if (reference.matches("\\d{1,4}")) {
                int number = Integer.parseInt(reference);
                if (number < 1 || number > phases.size()) {
                    map.report("phase", "is phase " + number + ", but timeline.phases has phases 1 to " + phases.size());
                    return gap;
                }
                return gap.inPhase(number - 1);
            }
            List<Integer> titled = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                if (phases.get(i).title().strip().equalsIgnoreCase(reference)) {
                    titled.add(i);
                }
            }
            if (titled.size() == 1) {
                return gap.inPhase(titled.get(0));
            }
            map.report("phase", titled.isEmpty()
                    ? "'" + reference + "' is neither a phase number (1 to " + phases.size() + ") nor the title of a phase; "
                            + "phase titles are: " + String.join("; ", phases.stream().map(Phase::title).toList())
                    : "'" + reference + "' is the title of several phases; give the phase's number instead");
            return gap;
        };
    }

    private static Optional<Timeline> timeline(YamlMap map) {
        map.allowOnly(Set.of("summary", "part_time_months", "full_time_months", "phases"));
        String summary = map.requiredText("summary");
        Optional<MonthRange> partTime = map.monthRange("part_time_months");
        Optional<MonthRange> fullTime = map.monthRange("full_time_months");
        List<Phase> phases = map.list("phases", GuideReader::phase);
        return summary.isEmpty() ? Optional.empty() : Optional.of(new Timeline(summary, partTime, fullTime, phases));
    }

    private static Optional<Phase> phase(YamlMap map) {
        map.allowOnly(Set.of("when", "start_month", "end_month", "title", "items"));
        String when = map.requiredText("when");
        String title = map.requiredText("title");
        Optional<Integer> start = map.positiveNumber("start_month");
        Optional<Integer> end = map.positiveNumber("end_month");
        Optional<MonthRange> months = Optional.empty();
        if (start.isPresent() != end.isPresent()) {
            map.report(start.isPresent() ? "end_month" : "start_month",
                    "give both start_month and end_month, or neither");
        } else if (start.isPresent()) {
            if (end.get() < start.get()) {
                map.report("end_month", "must not be before start_month (" + start.get() + ")");
            } else {
                months = Optional.of(new MonthRange(start.get(), end.get()));
            }
        }
        List<String> items = map.textList("items");
        return when.isEmpty() || title.isEmpty() ? Optional.empty() : Optional.of(new Phase(when, months, title, items));
    }

    private static Optional<Interview> interview(YamlMap map) {
        map.allowOnly(Set.of("questions", "tips", "example"));
        List<String> tips = map.textList("tips");
        if (tips.isEmpty()) {
            map.report("tips", "is required when there is an interview section, with at least one tip");
            return Optional.empty();
        }
        return Optional.of(new Interview(map.textList("questions"), tips, map.text("example")));
    }

    private static Optional<Salary> salary(YamlMap map) {
        map.allowOnly(Set.of("region", "figures", "note"));
        List<SalaryFigure> figures = map.requiredList("figures", figure -> {
            figure.allowOnly(Set.of("role", "level", "range"));
            String role = figure.requiredText("role");
            String level = figure.requiredText("level");
            String range = figure.requiredText("range");
            return role.isEmpty() || level.isEmpty() || range.isEmpty() ? Optional.empty()
                    : Optional.of(new SalaryFigure(role, level, range));
        });
        return figures.isEmpty() ? Optional.empty() : Optional.of(new Salary(map.text("region"), figures, map.text("note")));
    }

    private static Optional<CareerPath> path(YamlMap map) {
        map.allowOnly(Set.of("name", "description", "fit", "start_here"));
        String name = map.requiredText("name");
        String description = map.requiredText("description");
        return name.isEmpty() || description.isEmpty() ? Optional.empty()
                : Optional.of(new CareerPath(name, description, map.text("fit"), map.flag("start_here")));
    }

    private static Optional<Mistake> mistake(YamlMap map) {
        map.allowOnly(Set.of("title", "detail", "fix"));
        String title = map.requiredText("title");
        String detail = map.requiredText("detail");
        return title.isEmpty() || detail.isEmpty() ? Optional.empty()
                : Optional.of(new Mistake(title, detail, map.text("fix")));
    }

    private static Optional<FaqEntry> faqEntry(YamlMap map) {
        map.allowOnly(Set.of("question", "answer"));
        String question = map.requiredText("question");
        String answer = map.requiredText("answer");
        return question.isEmpty() || answer.isEmpty() ? Optional.empty() : Optional.of(new FaqEntry(question, answer));
    }

    private static Optional<ExtraNote> note(YamlMap map) {
        map.allowOnly(Set.of("section", "title", "text"));
        String sectionKey = map.requiredText("section");
        String title = map.requiredText("title");
        String text = map.requiredText("text");
        Optional<Section> section = Section.fromKey(sectionKey);
        if (!sectionKey.isEmpty() && section.isEmpty()) {
            map.report("section", "'" + sectionKey + "' is not one of: " + String.join(", ", Section.keys()));
        }
        return section.isEmpty() || title.isEmpty() || text.isEmpty() ? Optional.empty()
                : Optional.of(new ExtraNote(section.get(), title, text));
    }
}
