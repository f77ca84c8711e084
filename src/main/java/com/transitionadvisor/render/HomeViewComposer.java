package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.plans.Milestone;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.HomeView;
import com.transitionadvisor.plans.StudyPlan;
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

/**
 * The App Home: the person's plan (next milestone, a checkbox per milestone that saves when ticked, progress per
 * phase, start date and pace controls, exports, check-ins) and the list of guides. However long a plan is, the
 * view stays far inside Slack's 100 blocks: at most {@value #MAX_CHECKBOXES} milestones get checkboxes (a window
 * around the next one) and {@value #MAX_PHASE_DETAILS} are described.
 */
public final class HomeViewComposer {
    static final int MAX_CHECKBOXES = 50;
    static final int MAX_PHASE_DETAILS = 8;
    static final int MAX_GUIDE_BUTTONS = 20;
    private static final int GUIDE_SUMMARY = 200;

    public Card compose(HomeView home) {
        List<Element> elements = new ArrayList<>();
        List<Button> planButtons = new ArrayList<>();
        home.notice().ifPresent(notice -> elements.add(new Note(notice)));
        if (home.plan().isPresent()) {
            plan(home, home.plan().get(), elements, planButtons);
        } else {
            elements.add(new Card.Heading("Transition Advisor"));
            elements.add(Paragraph.of("Pick a guide below and press “Make my plan” to turn it into dated milestones, or type "
                    + "/transition plan <from> to <to> [part-time | full-time | <N> hours a week] [start <date>]."));
        }
        elements.add(new Card.Divider());
        guides(home.guides(), home.plan(), elements);
        if (!planButtons.isEmpty()) {
            elements.add(new Card.Buttons(planButtons));
        }
        List<Button> guideButtons = home.guides().stream().limit(MAX_GUIDE_BUTTONS)
                .filter(g -> home.plan().map(p -> !p.guideId().equals(g.id())).orElse(true))
                .map(g -> new Button("Make my plan: " + g.title(), PlanActions.make(g.id()), home.plan().isEmpty(),
                        Optional.of("/transition plan " + PlanCards.command(g))))
                .toList();
        if (!guideButtons.isEmpty()) {
            elements.add(new Card.Buttons(guideButtons));
        }
        String fallback = home.plan().map(p -> "Your study plan: " + p.guideTitle()).orElse("Transition Advisor");
        return new Card(fallback, elements);
    }

    private static void plan(HomeView home, StudyPlan plan, List<Element> elements, List<Button> buttons) {
        elements.add(new Card.Heading("Your study plan: " + plan.guideTitle()));
        elements.add(Paragraph.of(PlanCards.summary(plan)));
        elements.add(Paragraph.titled("Next milestone", PlanCards.next(plan, home.today())));
        int from = window(plan);
        int to = Math.min(plan.total(), from + MAX_CHECKBOXES);
        for (int first = from; first < to; first += Card.Checkboxes.MAX_OPTIONS) {
            int last = Math.min(to, first + Card.Checkboxes.MAX_OPTIONS);
            List<Card.Check> checks = new ArrayList<>();
            StringBuilder published = new StringBuilder();
            for (Milestone m : plan.milestones().subList(first, last)) {
                boolean done = plan.isDone(m.position());
                published.append(done ? '1' : '0');
                checks.add(new Card.Check(Integer.toString(m.position()), m.number() + ". " + m.title(),
                        Optional.of("Due " + PlanCards.day(m.dueDate()) + " · " + m.phaseLabel()), done,
                        Optional.of("/transition plan " + (done ? "undo " : "done ") + m.number())));
            }
            elements.add(new Card.Checkboxes(PlanActions.tick(plan.id(), first, published.toString()), checks));
        }
        if (from > 0 || to < plan.total()) {
            elements.add(new Note("Milestones " + (from + 1) + "–" + to + " of " + plan.total()
                    + " shown. Tick the others with /transition plan done <number>."));
        }
        elements.add(phases(plan, home));
        elements.add(new Card.DatePicker("*Start date* (dates are recomputed, ticks kept)", PlanActions.start(plan.id()),
                plan.startDate(), Optional.of("/transition plan start <date>")));
        elements.add(new Note("Share it with your team: type /transition plan share in their channel. "
                + "Other paces: /transition plan pace <N> hours a week."));
        home.checkIns().ifPresentOrElse(
                schedule -> {
                    elements.add(new Note("Weekly check-in: " + PlanCards.when(schedule) + "."
                            + PlanCards.zoneHint(schedule).map(hint -> " " + hint).orElse("")));
                    buttons.add(new Button("Stop weekly check-ins", PlanActions.checkIns("off"), false, Optional.of("/transition plan check-in off")));
                },
                () -> buttons.add(new Button("Weekly check-in: Mondays 9:00", PlanActions.checkIns("monday/09:00"), false,
                        Optional.of("/transition plan check-in monday 9:00"))));
        for (Pace pace : List.of(Pace.partTime(), Pace.hours(20), Pace.fullTime())) {
            if (!pace.equals(plan.pace())) {
                buttons.add(new Button("Pace: " + pace.label(), PlanActions.pace(pace.key()), false,
                        Optional.of("/transition plan pace " + pace.commandText())));
            }
        }
        buttons.add(new Button("Export Markdown", PlanActions.export("markdown"), false, Optional.of("/transition plan export markdown")));
        buttons.add(new Button("Export calendar (.ics)", PlanActions.export("icalendar"), false, Optional.of("/transition plan export ical")));
    }

    /** Progress per phase for the milestones around the next one. */
    private static ItemList phases(StudyPlan plan, HomeView home) {
        int next = plan.nextMilestone().map(Milestone::position).orElse(plan.total() - 1);
        int from = Math.max(0, Math.min(next - 1, plan.total() - MAX_PHASE_DETAILS));
        List<Item> items = plan.milestones().stream().skip(from).limit(MAX_PHASE_DETAILS)
                .map(m -> PlanCards.milestoneItem(plan, m, home.today(), m.position() == next)).toList();
        return new ItemList(Optional.of("Progress by phase"), items, false);
    }

    /** The first milestone with a checkbox: a window of {@value #MAX_CHECKBOXES} that shows the next one. */
    static int window(StudyPlan plan) {
        if (plan.total() <= MAX_CHECKBOXES) {
            return 0;
        }
        int next = plan.nextMilestone().map(Milestone::position).orElse(plan.total() - 1);
        int start = (next / Card.Checkboxes.MAX_OPTIONS) * Card.Checkboxes.MAX_OPTIONS;
        return Math.max(0, Math.min(start, plan.total() - MAX_CHECKBOXES));
    }

    private static void guides(List<GuideEntry> guides, Optional<StudyPlan> plan, List<Element> elements) {
        List<Item> items = guides.stream()
                .map(g -> Item.of(g.title() + (plan.map(p -> p.guideId().equals(g.id())).orElse(false) ? " (your plan)" : ""),
                        Line.of(SlackText.truncate(g.summary().strip().replaceAll("\\s+", " "), GUIDE_SUMMARY))))
                .toList();
        elements.add(new ItemList(Optional.of("Guides"), items.isEmpty() ? List.of(Item.text("There are no guides yet.")) : items, false));
    }
}
