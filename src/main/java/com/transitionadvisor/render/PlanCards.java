package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.plans.CheckIn;
import com.transitionadvisor.plans.CheckInSchedule;
import com.transitionadvisor.plans.Milestone;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.plans.PlanService;
import com.transitionadvisor.plans.Share;
import com.transitionadvisor.plans.SharePoster;
import com.transitionadvisor.plans.StudyPlan;
import com.transitionadvisor.plans.Team;
import com.transitionadvisor.render.Card.Button;
import com.transitionadvisor.render.Card.Element;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.ItemList;
import com.transitionadvisor.render.Card.Line;
import com.transitionadvisor.render.Card.Note;
import com.transitionadvisor.render.Card.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Lays out study plans: replies to plan requests, the post shared in a channel, and weekly check-ins. */
public final class PlanCards {
    /** Milestones described in full in one message; longer plans point to the App Home and the export. */
    static final int MILESTONES_IN_MESSAGE = 12;
    private static final int GUIDE_BUTTONS = 5;
    private static final int DONE_BUTTONS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PlanCards() {
    }

    public static Card card(PlanOutcome outcome, Audience audience) {
        if (outcome instanceof PlanOutcome.Shown shown) {
            return shown(shown);
        }
        if (outcome instanceof PlanOutcome.NoPlan noPlan) {
            return noPlan(noPlan.guides());
        }
        if (outcome instanceof PlanOutcome.ConfirmReplace confirm) {
            return confirmReplace(confirm);
        }
        if (outcome instanceof PlanOutcome.AlreadyPlanned already) {
            return alreadyPlanned(already);
        }
        if (outcome instanceof PlanOutcome.WhichMove which) {
            return whichMove(which);
        }
        if (outcome instanceof PlanOutcome.ConfirmDelete confirm) {
            return confirmDelete(confirm.plan());
        }
        if (outcome instanceof PlanOutcome.Problem problem) {
            return new Card(problem.message(), List.of(Paragraph.of(problem.message())));
        }
        if (outcome instanceof PlanOutcome.Exported exported) {
            return exported(exported);
        }
        if (outcome instanceof PlanOutcome.ExportSent sent) {
            return exportSent(sent);
        }
        if (outcome instanceof PlanOutcome.Shared shared) {
            String text = "Your plan is posted in this channel. Teammates can follow it from there with “Follow this plan”, "
                    + "and /transition team lists everyone's progress.";
            return new Card(text, List.of(Paragraph.of(text)));
        }
        if (outcome instanceof PlanOutcome.NotShared notShared) {
            String text = refusal(notShared.reason(), notShared.detail());
            return new Card(text, List.of(Paragraph.of(text), new Note("Nothing was posted or saved.")));
        }
        if (outcome instanceof PlanOutcome.TeamList team) {
            return team(team.team(), team.today());
        }
        if (outcome instanceof PlanOutcome.Unshared unshared) {
            return unshared(unshared);
        }
        if (outcome instanceof PlanOutcome.CheckInsOn on) {
            return checkInsOn(on.schedule());
        }
        if (outcome instanceof PlanOutcome.CheckInsOff off) {
            String text = off.wereOn() ? "Weekly check-ins are off." : "Weekly check-ins were not on.";
            return new Card(text, List.of(Paragraph.of(text), new Note("Turn them on with /transition plan check-in monday 9:00")));
        }
        if (outcome instanceof PlanOutcome.Deleted) {
            String text = "Your study plan is deleted. Make a new one with /transition plan <from> to <to>.";
            return new Card(text, List.of(Paragraph.of(text)));
        }
        if (outcome instanceof PlanOutcome.Help) {
            return help();
        }
        if (outcome instanceof PlanOutcome.NoSuchGuide missing) {
            String text = "I have no guide for " + missing.from() + " → " + missing.to() + ", so I can't make that plan. See /transition list.";
            return new Card(text, List.of(Paragraph.of(text)));
        }
        throw new IllegalStateException("no layout for " + outcome.getClass().getSimpleName());
    }

    private static Card unshared(PlanOutcome.Unshared unshared) {
        String where = unshared.channelId().isPresent() ? "in this channel" : "in any channel";
        String text = unshared.withdrawn() == 0
                ? "You have no plan shown " + where + "'s /transition team, so there was nothing to withdraw."
                : "Done: /transition team no longer shows your plan " + where + ". The post stays; teammates who "
                        + "followed it keep their own copies. Share again any time with /transition plan share.";
        return new Card(text, List.of(Paragraph.of(text)));
    }

    private static Card shown(PlanOutcome.Shown shown) {
        StudyPlan plan = shown.plan();
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Your study plan: " + plan.guideTitle()));
        shown.notice().ifPresent(notice -> elements.add(new Note(notice)));
        elements.add(Paragraph.of(summary(plan)));
        elements.add(Paragraph.titled("Next", next(plan, shown.today())));
        elements.add(milestoneList(plan, shown.today(), MILESTONES_IN_MESSAGE));
        if (plan.total() > MILESTONES_IN_MESSAGE) {
            elements.add(new Note("The first " + MILESTONES_IN_MESSAGE + " of " + plan.total()
                    + " milestones. Your App Home and /transition plan export show them all."));
        }
        shown.checkIns().ifPresent(schedule -> elements.add(new Note("Weekly check-in: " + when(schedule))));
        elements.add(new Note("Tick milestones off in your App Home, or with /transition plan done <number>."));
        List<Button> buttons = new ArrayList<>();
        if (shown.canShare()) {
            buttons.add(new Button("Share in channel", PlanActions.share(plan.id()), true, Optional.of("/transition plan share")));
        }
        buttons.add(new Button("Export Markdown", PlanActions.export("markdown"), false, Optional.of("/transition plan export markdown")));
        buttons.add(new Button("Export calendar (.ics)", PlanActions.export("icalendar"), false, Optional.of("/transition plan export ical")));
        elements.add(new Card.Buttons(buttons));
        return new Card("Your study plan for " + plan.guideTitle() + ": " + plan.doneCount() + " of " + plan.total()
                + " milestones done. " + next(plan, shown.today()), elements);
    }

    /** "Part-time (about 10 hours a week), 1 Mar 2027 → 1 Mar 2028 · 1 of 3 milestones done (33%)", plus the estimate note. */
    static String summary(StudyPlan plan) {
        String text = capitalise(plan.pace().description()) + ", " + day(plan.startDate()) + " → " + day(plan.endDate())
                + " · " + plan.doneCount() + " of " + plan.total() + " milestones done (" + plan.percentDone() + "%).";
        if (plan.estimate()) {
            text += " These dates are an estimate for this pace, scaled from the guide's part-time and full-time timelines"
                    + " (part-time taken as about " + Pace.PART_TIME_HOURS + " and full-time as about " + Pace.FULL_TIME_HOURS
                    + " hours a week).";
        }
        return text;
    }

    static String next(StudyPlan plan, LocalDate today) {
        return plan.nextMilestone()
                .map(m -> m.number() + ". " + m.title() + " — due " + day(m.dueDate()) + " (" + relative(m.dueDate(), today) + ")")
                .orElse("Every milestone is done. Well done!");
    }

    static ItemList milestoneList(StudyPlan plan, LocalDate today, int limit) {
        List<Item> items = plan.milestones().stream().limit(limit).map(m -> milestoneItem(plan, m, today, true)).toList();
        return new ItemList(Optional.of("Milestones"), items, false);
    }

    static Item milestoneItem(StudyPlan plan, Milestone m, LocalDate today, boolean details) {
        boolean done = plan.isDone(m.position());
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(m.phaseLabel() + " · " + day(m.startDate()) + " → " + day(m.dueDate()) + " · " + status(m, done, today)));
        if (details) {
            m.items().forEach(item -> lines.add(Line.labelled("•", item)));
            if (!m.gaps().isEmpty()) {
                lines.add(Line.labelled("Gaps", String.join("; ", m.gaps())));
            }
        }
        return new Item(Optional.of((done ? "✅ " : "◻️ ") + m.number() + ". " + m.title()), lines);
    }

    static String status(Milestone m, boolean done, LocalDate today) {
        return switch (m.status(done, today)) {
            case DONE -> "done";
            case OVERDUE -> "overdue by " + relativeSpan(m.dueDate(), today);
            case IN_PROGRESS -> "in progress, " + m.percentOfTimeElapsed(today) + "% of its time gone";
            case UPCOMING -> "starts " + day(m.startDate());
        };
    }

    private static Card noPlan(List<GuideEntry> guides) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("You don't have a study plan yet"));
        elements.add(Paragraph.of("A study plan turns a guide into dated milestones at your pace. Make one with "
                + "/transition plan <from> to <to> [part-time | full-time | <N> hours a week] [start <date>], "
                + "or pick a guide below."));
        List<Button> buttons = guides.stream().limit(GUIDE_BUTTONS)
                .map(g -> new Button("Make my plan: " + g.title(), PlanActions.make(g.id()), false, Optional.of("/transition plan " + command(g))))
                .toList();
        if (!buttons.isEmpty()) {
            elements.add(new Card.Buttons(buttons));
        }
        return new Card("You don't have a study plan yet. Make one with /transition plan <from> to <to>.", elements);
    }

    private static Card confirmReplace(PlanOutcome.ConfirmReplace confirm) {
        StudyPlan current = confirm.current();
        PlanService.Proposal proposal = confirm.proposal();
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Replace your current plan?"));
        String whose = proposal.share().map(s -> " (the plan shared in the channel)").orElse("");
        elements.add(Paragraph.of("You already have a plan for " + current.guideTitle() + ", with " + current.doneCount() + " of "
                + current.total() + " milestones done. A new plan for " + proposal.guide().title() + whose + ", "
                + proposal.pace().label() + " from " + day(proposal.start()) + ", would replace it, and its progress would be lost."));
        Button replace = proposal.share()
                .map(share -> new Button("Replace my plan", PlanActions.followReplace(share.id()), true,
                        Optional.of("/transition plan follow " + share.id() + " replace")))
                .orElseGet(() -> new Button("Replace my plan", PlanActions.replace(proposal.guide().id(), proposal.pace().key(), proposal.start()),
                        true, Optional.of("/transition plan replace " + command(proposal.guide().entry()) + " " + proposal.pace().commandText()
                        + " start " + proposal.start())));
        elements.add(new Card.Buttons(List.of(replace, new Button("Keep my current plan", PlanActions.keep(), false, Optional.of("/transition plan")))));
        return new Card("You already have a plan for " + current.guideTitle() + ". Replace it with " + proposal.guide().title() + "?", elements);
    }

    /** The file itself travels beside the message (an upload, a {@code files} entry), never inside it. */
    private static Card alreadyPlanned(PlanOutcome.AlreadyPlanned already) {
        StudyPlan current = already.current();
        List<String> changes = new ArrayList<>();
        already.pace().ifPresent(pace -> changes.add("its pace to " + pace.label()));
        already.start().ifPresent(start -> changes.add("its start to " + day(start)));
        String change = String.join(" and ", changes);
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("You already have this plan"));
        elements.add(Paragraph.of("Your plan for " + current.guideTitle() + " is " + current.pace().label() + " from "
                + day(current.startDate()) + ", with " + current.doneCount() + " of " + current.total() + " milestones done. "
                + "Change " + change + " instead: the dates are recomputed and your progress is kept."));
        List<Button> buttons = new ArrayList<>();
        already.pace().ifPresent(pace -> buttons.add(new Button("Change pace to " + pace.label(), PlanActions.pace(pace.key()), true,
                Optional.of("/transition plan pace " + pace.commandText()))));
        already.start().ifPresent(start -> elements.add(new Note("To move the start, type /transition plan start " + start
                + " (or pick a date in your App Home).")));
        if (!buttons.isEmpty()) {
            elements.add(new Card.Buttons(buttons));
        }
        elements.add(new Note("To start again from nothing instead, type /transition plan replace "
                + command(already.guide()) + (already.pace().map(p -> " " + p.commandText()).orElse(""))
                + already.start().map(s -> " start " + s).orElse("") + " (your progress would be lost)."));
        return new Card("You already have a plan for " + current.guideTitle() + ". Change " + change + " with /transition plan "
                + (already.pace().isPresent() ? "pace " + already.pace().get().commandText() : "start " + already.start().get())
                + " to keep your progress.", elements);
    }

    private static Card whichMove(PlanOutcome.WhichMove which) {
        String options = which.options().isBlank() ? "" : " " + which.options();
        String ask = "Which move should the plan be for? Reply with it, e.g. “backend developer to cloud engineer”, and I'll make "
                + "the plan" + (options.isEmpty() ? "" : " (" + which.options().strip() + ")") + ".";
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Which move is the plan for?"));
        elements.add(Paragraph.of(ask));
        List<Item> commands = which.guides().stream().limit(GUIDE_BUTTONS)
                .map(g -> Item.of(g.title(), Line.of("/transition plan " + command(g) + options))).toList();
        if (!commands.isEmpty()) {
            elements.add(new ItemList(Optional.of("Or type one of these"), commands, false));
        }
        if (options.isEmpty() && !which.guides().isEmpty()) {
            elements.add(new Card.Buttons(which.guides().stream().limit(GUIDE_BUTTONS)
                    .map(g -> new Button("Make my plan: " + g.title(), PlanActions.make(g.id()), false,
                            Optional.of("/transition plan " + command(g)))).toList()));
        }
        return new Card(ask, elements);
    }

    private static Card confirmDelete(StudyPlan plan) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Delete your study plan?"));
        elements.add(Paragraph.of("Your plan for " + plan.guideTitle() + " has " + plan.doneCount() + " of " + plan.total()
                + " milestones done. Deleting it removes its milestones and progress, and can't be undone."));
        elements.add(new Card.Buttons(List.of(
                new Button("Delete my plan", PlanActions.delete(plan.id()), false, Optional.of("/transition plan delete confirm")),
                new Button("Keep my plan", PlanActions.keep(), true, Optional.of("/transition plan")))));
        return new Card("Delete your study plan for " + plan.guideTitle() + "? It can't be undone.", elements);
    }

    private static Card exported(PlanOutcome.Exported exported) {
        String text = "Your plan as " + what(exported.format()) + ": " + exported.fileName() + ". " + use(exported.format());
        return new Card(text, List.of(Paragraph.of(text)));
    }

    private static Card exportSent(PlanOutcome.ExportSent sent) {
        String text = (sent.elsewhere() ? "I've sent you your plan as " + what(sent.format()) + ", " + sent.fileName()
                + ", in your direct messages with me (Apps → Transition Advisor), so it stays private. "
                : "Here is your plan as " + what(sent.format()) + ", " + sent.fileName() + ". ") + use(sent.format());
        return new Card(text, List.of(Paragraph.of(text)));
    }

    private static String what(PlanOutcome.Format format) {
        return format == PlanOutcome.Format.MARKDOWN ? "a Markdown file" : "an iCalendar file";
    }

    private static String use(PlanOutcome.Format format) {
        return format == PlanOutcome.Format.MARKDOWN
                ? "Open it in any editor, or paste it into a wiki or notes app."
                : "Import it into your calendar app: one all-day event per milestone, on its target date.";
    }

    private static Card team(Team team, LocalDate today) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Study plans in this channel"));
        if (team.members().isEmpty()) {
            elements.add(Paragraph.of("Nobody has shared a study plan here yet. Share yours with /transition plan share; "
                    + "teammates can then follow it."));
            return new Card("Nobody has shared a study plan in this channel yet.", elements);
        }
        List<Card.Person> people = team.members().stream().map(member -> new Card.Person(member.userId(), memberText(member, today))).toList();
        elements.add(new Card.People(Optional.empty(), people));
        elements.add(new Note("Only people who shared a plan here, or followed one shared here, are listed."));
        return new Card(team.members().size() + (team.members().size() == 1 ? " person follows" : " people follow")
                + " a study plan in this channel.", elements);
    }

    private static String memberText(Team.Member member, LocalDate today) {
        String following = member.followingOwner().map(owner -> " (following a shared plan)").orElse("");
        String next = member.next().map(m -> "; next: " + m.title() + ", due " + day(m.dueDate())).orElse("; all done");
        return "— " + member.guideTitle() + following + ", " + member.pace().label() + ": " + member.done() + " of " + member.total()
                + " milestones (" + member.percentDone() + "%)" + next;
    }

    private static Card checkInsOn(CheckInSchedule schedule) {
        String text = "Weekly check-ins are on: " + when(schedule) + ". " + zoneHint(schedule).map(hint -> hint + " ").orElse("")
                + "I'll send you a direct message with what's due, and buttons to tick it off.";
        return new Card(text, List.of(Paragraph.of(text), new Note("Change it with /transition plan check-in <day> <time> [time zone], "
                + "e.g. friday 16:30 Europe/London; stop with /transition plan check-in off."),
                new Card.Buttons(List.of(new Button("Stop check-ins", PlanActions.checkIns("off"), false,
                        Optional.of("/transition plan check-in off"))))));
    }

    private static Card help() {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Study plans"));
        elements.add(new ItemList(Optional.of("Commands"), List.of(
                Item.of("/transition plan <from> to <to> [pace] [start <date>]", Line.of("make a plan; pace is part-time, full-time or "
                        + "<N> hours a week; dates like 2027-03-01, today, next monday or 1 March 2027")),
                Item.of("/transition plan", Line.of("show your plan")),
                Item.of("/transition plan done <n> · undo <n>", Line.of("tick a milestone off, or reopen it")),
                Item.of("/transition plan pace <pace> · start <date>", Line.of("new dates, progress kept")),
                Item.of("/transition plan share", Line.of("post your plan in this channel for teammates to follow")),
                Item.of("/transition plan unshare", Line.of("stop showing your plan in /transition team here (in a direct "
                        + "message: in every channel)")),
                Item.of("/transition team", Line.of("who in this channel follows which plan")),
                Item.of("/transition plan export [markdown | ical]", Line.of("your plan as Markdown or a calendar file")),
                Item.of("/transition plan check-in <day> <time> [zone] · check-in off", Line.of("a weekly direct message with what's due")),
                Item.of("/transition plan delete", Line.of("delete your plan (asks first; plan delete confirm deletes at once)"))), false));
        return new Card("Study plans: /transition plan <from> to <to> [pace] [start <date>]", elements);
    }

    /** The plan as posted in a channel, attributed to its owner, with "Follow this plan". */
    public static Card sharedPost(Share share, StudyPlan plan) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Study plan: " + plan.guideTitle()));
        elements.add(new Card.SharedBy(share.ownerId()));
        elements.add(Paragraph.of(capitalise(plan.pace().description()) + ", " + plan.total() + " milestones over about "
                + monthsBetween(plan.startDate(), plan.endDate()) + ". " + plan.doneCount() + " of " + plan.total() + " done so far."));
        List<Item> items = plan.milestones().stream().limit(MILESTONES_IN_MESSAGE)
                .map(m -> Item.of(m.number() + ". " + m.title(), Line.of(m.phaseLabel())))
                .toList();
        elements.add(new ItemList(Optional.of("Milestones"), items, false));
        elements.add(new Note("Following gives you your own copy in your App Home, with your own dates and progress."));
        elements.add(new Card.Buttons(List.of(new Button("Follow this plan", PlanActions.follow(share.id()), true,
                Optional.of("/transition plan follow " + share.id())))));
        return new Card("A study plan for " + plan.guideTitle() + " was shared. Follow it to get your own copy.", elements);
    }

    /** A weekly check-in: what is due, with a button to tick each off. */
    public static Card checkIn(CheckIn checkIn) {
        StudyPlan plan = checkIn.plan();
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Weekly check-in: " + plan.guideTitle()));
        elements.add(Paragraph.of(plan.doneCount() + " of " + plan.total() + " milestones done (" + plan.percentDone() + "%). "
                + (checkIn.due().isEmpty() ? "Nothing is due." : "Due now or this week:")));
        List<Item> items = checkIn.due().stream().limit(MILESTONES_IN_MESSAGE)
                .map(m -> milestoneItem(plan, m, checkIn.today(), false)).toList();
        if (!items.isEmpty()) {
            elements.add(new ItemList(Optional.empty(), items, false));
        }
        List<Button> buttons = checkIn.due().stream().limit(DONE_BUTTONS)
                .map(m -> new Button("Done: " + m.number() + ". " + m.title(), PlanActions.done(plan.id(), m.position()), false,
                        Optional.of("/transition plan done " + m.number())))
                .toList();
        elements.add(new Note("Your App Home has the whole plan. Stop these with /transition plan check-in off."));
        if (!buttons.isEmpty()) {
            elements.add(new Card.Buttons(buttons));
        }
        return new Card("Weekly check-in: " + next(plan, checkIn.today()), elements);
    }

    static String refusal(SharePoster.Refusal reason, String detail) {
        return switch (reason) {
            case NOT_IN_CHANNEL -> "I'm not a member of this channel, so I can't post your plan here. Add me with "
                    + "/invite @Transition Advisor, then share again.";
            case CHANNEL_NOT_FOUND, PRIVATE_CHANNEL -> "I can't post here: this is a private channel I haven't been added to, "
                    + "or one I can't see. Add me with /invite @Transition Advisor, then share again.";
            case ARCHIVED -> "This channel is archived, so nothing can be posted in it. Share your plan in an active channel.";
            case NO_CHANNEL -> "Plans are shared into a team channel: type /transition plan share in the channel where your team "
                    + "should see it.";
            case OTHER -> "Slack didn't let me post your plan here (" + detail + "). Please try again in a moment.";
        };
    }

    /**
     * "Mondays at 09:00 (Europe/Paris, your Slack time zone)": the day, the time and the zone used, and why the
     * default zone was used when it was.
     */
    static String when(CheckInSchedule schedule) {
        String why = switch (schedule.zoneSource()) {
            case TYPED -> "";
            case PROFILE -> ", your Slack time zone";
            case NO_PROFILE -> ", as the console doesn't know your time zone";
            case PROFILE_WITHOUT_ZONE -> ", as your Slack profile has no time zone I can use";
            case PROFILE_UNAVAILABLE -> ", as I couldn't read your time zone from Slack";
        };
        return schedule.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s at " + schedule.time()
                + " (" + zoneName(schedule.zone()) + why + ")";
    }

    /** For a check-in in the default zone, how to name one instead; empty when the zone was typed or is the person's own. */
    static Optional<String> zoneHint(CheckInSchedule schedule) {
        if (!schedule.zoneSource().isDefault()) {
            return Optional.empty();
        }
        String day = schedule.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String time = schedule.time().getHour() + ":" + String.format(Locale.ROOT, "%02d", schedule.time().getMinute());
        return Optional.of("To use your own time zone, name it, e.g. /transition plan check-in " + day + " " + time + " Europe/London.");
    }

    // The default zone is the app clock's, ZoneOffset.UTC, whose id is a bare "Z": name it as people know it.
    private static String zoneName(ZoneId zone) {
        return ZoneOffset.UTC.equals(zone.normalized()) ? "UTC" : zone.getId();
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "in 3 weeks", "today", "2 days ago". */
    static String relative(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        }
        return days > 0 ? "in " + span(days) : span(-days) + " ago";
    }

    private static String relativeSpan(LocalDate date, LocalDate today) {
        return span(Math.abs(ChronoUnit.DAYS.between(date, today)));
    }

    private static String span(long days) {
        if (days < 14) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 70) {
            return days / 7 + " weeks";
        }
        return Math.round(days / 30.44) + " months";
    }

    private static String monthsBetween(LocalDate start, LocalDate end) {
        long months = Math.max(1, Math.round(ChronoUnit.DAYS.between(start, end) / 30.44));
        return months + (months == 1 ? " month" : " months");
    }

    static String command(GuideEntry guide) {
        return TypedCommands.move(guide);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
