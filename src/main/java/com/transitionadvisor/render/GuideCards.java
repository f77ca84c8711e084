package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Card.Button;
import com.transitionadvisor.render.Card.Element;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.ItemList;
import com.transitionadvisor.render.Card.Line;
import com.transitionadvisor.render.Card.Note;
import com.transitionadvisor.render.Card.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lays out a guide: the at-a-glance overview, an "about this move" page, and each section in full. */
final class GuideCards {
    /** Items per page of a long section; keeps every page well inside Slack's 50-block limit. */
    static final int PAGE_SIZE = 8;
    private static final int OVERVIEW_SKILLS = 5;
    private static final int OVERVIEW_TIPS = 1;
    private static final int GLANCE_LINE = 70;
    private static final int OVERVIEW_LINE = 280;

    private GuideCards() {
    }

    static Card card(Guide guide, Section section, int page, Audience audience) {
        List<Element> elements = new ArrayList<>();
        String heading = section == Section.OVERVIEW ? guide.title() : guide.title() + " · " + section.title();
        elements.add(new Card.Heading(heading));
        audience.sharedBy().ifPresent(user -> elements.add(new Card.SharedBy(user)));
        int pages = pageCount(guide, section);
        int shownPage = Math.min(page, pages - 1);
        if (section == Section.OVERVIEW && shownPage == 0) {
            overview(guide, elements);
        } else if (section == Section.OVERVIEW) {
            about(guide, elements);
        } else {
            section(guide, section, shownPage, elements);
        }
        if (pages > 1 && section != Section.OVERVIEW) {
            elements.add(new Note("Page " + (shownPage + 1) + " of " + pages));
        }
        Reviewed.sourceLine(guide).ifPresent(line -> elements.add(new Note(line)));
        elements.add(new Card.Divider());
        elements.add(new Card.Buttons(buttons(guide, section, shownPage, pages, audience)));
        String fallback = guide.title() + (section == Section.OVERVIEW ? "" : " · " + section.title()) + ": " + guide.summary();
        return new Card(fallback, elements);
    }

    /** The card with a note right under its heading. */
    static Card withNote(Card card, String note) {
        List<Element> elements = new ArrayList<>(card.elements());
        elements.add(elements.isEmpty() ? 0 : 1, new Note(note));
        return new Card(note + " " + card.fallbackText(), elements);
    }

    /** The at-a-glance card of a bare move: one line per item, every detail one button away. */
    private static void overview(Guide guide, List<Element> elements) {
        elements.add(Paragraph.of(guide.summary()));
        List<String> firstRoles = guide.paths().stream().filter(Guide.CareerPath::startHere).map(Guide.CareerPath::name).toList();
        if (!firstRoles.isEmpty()) {
            elements.add(new Note("🎯 Where to aim first: " + String.join("; ", firstRoles)));
        }
        if (!guide.transferableSkills().isEmpty()) {
            List<Item> items = guide.transferableSkills().stream().limit(OVERVIEW_SKILLS)
                    .map(skill -> Item.text(skill.skill() + skill.becomes().map(b -> " → " + Gist.of(b, GLANCE_LINE)).orElse("")))
                    .toList();
            elements.add(new ItemList(Optional.of(Section.SKILLS.title()), items, false));
            int more = guide.transferableSkills().size() - OVERVIEW_SKILLS;
            if (more > 0) {
                elements.add(new Note("…and " + more + " more in “What transfers”."));
            }
        }
        elements.add(new ItemList(Optional.of(Section.GAPS.title()),
                guide.gaps().stream().map(gap -> Item.text(gap.name())).toList(), true));
        elements.add(timelineBrief(guide.timeline()));
        guide.interview().filter(interview -> !interview.tips().isEmpty()).ifPresent(interview -> elements.add(
                new ItemList(Optional.of(Section.INTERVIEW.title()), interview.tips().stream().limit(OVERVIEW_TIPS)
                        .map(tip -> Item.text(Gist.of(tip, GLANCE_LINE + 20))).toList(), false)));
        guide.salary().ifPresent(salary -> elements.add(salaryList(salary)));
    }

    private static void about(Guide guide, List<Element> elements) {
        elements.add(Paragraph.of(guide.summary()));
        guide.overview().ifPresent(overview -> {
            overview.why().ifPresent(why -> elements.add(Paragraph.titled("Why people make this move", why)));
            overview.realism().ifPresent(realism -> elements.add(Paragraph.titled("How realistic it is", realism)));
            overview.dayToDay().ifPresent(day -> elements.add(new ItemList(Optional.of("Day to day"), List.of(
                    Item.of("As a " + guide.from().name(), Line.of(day.before())),
                    Item.of("As a " + guide.to().name(), Line.of(day.after()))), false)));
            if (!overview.keyPoints().isEmpty()) {
                elements.add(new ItemList(Optional.of("Key points"),
                        overview.keyPoints().stream().map(Item::text).toList(), false));
            }
        });
        guide.notesFor(Section.OVERVIEW).forEach(note -> elements.add(Paragraph.titled(note.title(), note.text())));
    }

    private static void section(Guide guide, Section section, int page, List<Element> elements) {
        List<Item> items = items(guide, section);
        int from = page * PAGE_SIZE;
        List<Item> pageItems = items.subList(Math.min(from, items.size()), Math.min(from + PAGE_SIZE, items.size()));
        if (page == 0) {
            intro(guide, section).ifPresent(elements::add);
        }
        if (!pageItems.isEmpty()) {
            elements.add(new ItemList(Optional.empty(), pageItems, section == Section.GAPS));
        }
        if (page == pageCount(guide, section) - 1) {
            outro(guide, section, elements);
        }
    }

    /** The entries of a section that are paged; everything else is shown around them. */
    static List<Item> items(Guide guide, Section section) {
        return switch (section) {
            case OVERVIEW -> List.of();
            case SKILLS -> guide.transferableSkills().stream().map(GuideCards::skillFull).toList();
            case GAPS -> guide.gaps().stream().map(gap -> Item.of(gap.name(),
                    Line.labelled("Why it matters", gap.why()), Line.labelled("How to close it", gap.how()))).toList();
            case TIMELINE -> guide.timeline().phases().stream().map(GuideCards::phase).toList();
            case INTERVIEW -> guide.interview().map(i -> i.tips().stream().map(Item::text).toList()).orElse(List.of());
            case SALARY -> guide.salary().map(s -> s.figures().stream().map(GuideCards::figure).toList()).orElse(List.of());
            case PATHS -> guide.paths().stream().map(path -> new Item(Optional.of(path.name()), concat(
                    List.of(Line.of(path.description())), path.fit().map(fit -> Line.labelled("Fit", fit))))).toList();
            case MISTAKES -> guide.mistakes().stream().map(m -> new Item(Optional.of(m.title()), concat(
                    List.of(Line.of(m.detail())), m.fix().map(fix -> Line.labelled("Instead", fix))))).toList();
            case FAQ -> guide.faq().stream().map(f -> Item.of(f.question(), Line.of(f.answer()))).toList();
        };
    }

    static int pageCount(Guide guide, Section section) {
        if (section == Section.OVERVIEW) {
            return guide.overview().isPresent() || !guide.notesFor(Section.OVERVIEW).isEmpty() ? 2 : 1;
        }
        return Math.max(1, (items(guide, section).size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static Optional<Element> intro(Guide guide, Section section) {
        return switch (section) {
            case TIMELINE -> Optional.of(timelineTotals(guide.timeline()));
            case INTERVIEW -> guide.interview().filter(i -> !i.questions().isEmpty()).map(i -> new ItemList(
                    Optional.of("Questions you will be asked"), i.questions().stream().map(Item::text).toList(), false));
            case SALARY -> guide.salary().flatMap(Guide.Salary::region).map(region -> new Note("Figures for the " + region + " market"));
            default -> Optional.empty();
        };
    }

    private static void outro(Guide guide, Section section, List<Element> elements) {
        if (section == Section.INTERVIEW) {
            guide.interview().flatMap(Guide.Interview::example)
                    .ifPresent(example -> elements.add(Paragraph.titled("An example answer", example)));
        }
        if (section == Section.SALARY) {
            guide.salary().flatMap(Guide.Salary::note).ifPresent(note -> elements.add(Paragraph.of(note)));
        }
        guide.notesFor(section).forEach(note -> elements.add(Paragraph.titled(note.title(), note.text())));
    }

    private static List<Button> buttons(Guide guide, Section section, int page, int pages, Audience audience) {
        List<Button> buttons = new ArrayList<>();
        String command = TypedCommands.slashCommand(guide.entry());
        if (audience.isShared()) {
            return buttons;
        }
        if (page + 1 < pages) {
            String label = section == Section.OVERVIEW ? "About this move" : "Show more";
            buttons.add(new Button(label, UiAction.openSection(guide.id(), section.key(), page + 1), true,
                    Optional.of(TypedCommands.page(guide.entry(), section, page + 1))));
        }
        for (Section other : guide.sections()) {
            if (other != section || page > 0) {
                String label = other == Section.OVERVIEW ? "Overview" : other.title();
                buttons.add(new Button(label, UiAction.openSection(guide.id(), other.key(), 0), false,
                        Optional.of(command + (other == Section.OVERVIEW ? "" : " " + other.key()))));
            }
        }
        buttons.add(new Button("Make my plan", PlanActions.make(guide.id()), false,
                Optional.of("/transition plan " + PlanCards.command(guide.entry()))));
        if (audience.canShare()) {
            buttons.add(new Button("Share in channel", UiAction.share(guide.id(), section.key(), page), true, Optional.empty()));
        }
        return buttons;
    }

    private static Item skillFull(Guide.TransferableSkill skill) {
        List<Line> lines = new ArrayList<>();
        skill.becomes().ifPresent(b -> lines.add(Line.labelled("In the new role", b)));
        skill.difficulty().ifPresent(d -> lines.add(Line.labelled("Transfer difficulty", d.label())));
        skill.note().ifPresent(n -> lines.add(Line.of(n)));
        return new Item(Optional.of(skill.skill()), lines);
    }

    private static Item phase(Guide.Phase phase) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(phase.title()));
        phase.items().forEach(item -> lines.add(Line.labelled("•", item)));
        return new Item(Optional.of(phase.when()), lines);
    }

    private static Item figure(Guide.SalaryFigure figure) {
        return Item.of(figure.role() + ", " + figure.level(), Line.of(figure.range()));
    }

    private static ItemList salaryList(Guide.Salary salary) {
        String title = Section.SALARY.title() + salary.region().map(r -> " (" + r + ")").orElse("");
        return new ItemList(Optional.of(title), salary.figures().stream()
                .map(f -> Item.text(f.role() + ", " + f.level() + ": " + f.range())).toList(), false);
    }

    private static Element timelineBrief(Guide.Timeline timeline) {
        List<Item> items = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        timeline.partTime().ifPresent(r -> totals.add(months(r) + " part-time"));
        timeline.fullTime().ifPresent(r -> totals.add(months(r) + " full-time"));
        // the totals say in a line what the summary says in a paragraph; the summary is one button away
        items.add(Item.text(totals.isEmpty() ? Gist.of(timeline.summary(), OVERVIEW_LINE) : String.join(", or ", totals)));
        timeline.phases().forEach(p -> items.add(Item.text(p.when() + ": " + p.title())));
        return new ItemList(Optional.of(Section.TIMELINE.title()), items, false);
    }

    private static Element timelineTotals(Guide.Timeline timeline) {
        java.util.function.Predicate<Guide.MonthRange> said = range -> timeline.summary().contains(months(range).replace(" months", ""));
        boolean summarySaysThem = timeline.partTime().map(said::test).orElse(true) && timeline.fullTime().map(said::test).orElse(true);
        if (summarySaysThem) {
            // "6–12 months part-time, or 3–6 months …": the totals as a list would say it twice
            return Paragraph.of(timeline.summary());
        }
        List<Item> items = new ArrayList<>();
        timeline.partTime().ifPresent(r -> items.add(Item.of("Part-time", Line.of(months(r)))));
        timeline.fullTime().ifPresent(r -> items.add(Item.of("Full-time", Line.of(months(r)))));
        return items.isEmpty() ? Paragraph.of(timeline.summary())
                : new ItemList(Optional.of(timeline.summary()), items, false);
    }

    private static String months(Guide.MonthRange range) {
        return range.min() == range.max() ? range.min() + " months" : range.min() + "–" + range.max() + " months";
    }

    private static List<Line> concat(List<Line> lines, Optional<Line> extra) {
        List<Line> all = new ArrayList<>(lines);
        extra.ifPresent(all::add);
        return all;
    }
}
