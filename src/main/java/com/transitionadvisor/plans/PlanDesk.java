package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.understanding.Command;
import com.transitionadvisor.understanding.CommandParser;
import com.transitionadvisor.understanding.RoleMatch;
import com.transitionadvisor.understanding.RoleMatcher;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers plan requests from every surface — {@code /transition plan …}, {@code /transition team}, plan buttons
 * and checkboxes, the console — as {@link PlanOutcome}s. The one place that turns a {@link PlanException} into
 * a message for the person.
 */
public final class PlanDesk {
    private static final Logger LOG = LoggerFactory.getLogger(PlanDesk.class);

    private final PlanService plans;
    private final Supplier<Knowledge> knowledge;
    private final ZoneId defaultZone;

    /** The guides, and how roles and moves are read, from one version of the knowledge folder. */
    public record Knowledge(KnowledgeBase guides, RoleMatcher roles, CommandParser parser) {
        public Knowledge {
            Objects.requireNonNull(guides, "guides");
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(parser, "parser");
        }
    }

    public PlanDesk(PlanService plans, KnowledgeBase knowledge, RoleMatcher roles, CommandParser parser, ZoneId defaultZone) {
        this(plans, fixed(new Knowledge(knowledge, roles, parser)), defaultZone);
    }

    /** @param knowledge the knowledge now served; a reload of the knowledge folder replaces it whole */
    public PlanDesk(PlanService plans, Supplier<Knowledge> knowledge, ZoneId defaultZone) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
    }

    private static Supplier<Knowledge> fixed(Knowledge knowledge) {
        return () -> knowledge;
    }

    public PlanService service() {
        return plans;
    }

    /** {@code /transition plan <arguments>}. */
    public PlanOutcome plan(String arguments, Requester requester) {
        return guarded(() -> {
            PlanRequest request = PlanCommandParser.parse(arguments, plans.today());
            return withRounding(answer(request, requester), PlanOptionsParser.roundedHours(arguments == null ? "" : arguments));
        });
    }

    private PlanOutcome answer(PlanRequest request, Requester requester) {
        String user = requester.userId();
        if (request instanceof PlanRequest.Show) {
            return show(requester);
        }
        if (request instanceof PlanRequest.Help) {
            return new PlanOutcome.Help();
        }
        if (request instanceof PlanRequest.Create create) {
            return create(create, requester);
        }
        if (request instanceof PlanRequest.ChangePace pace) {
            return shown(plans.changePace(user, pace.pace()),
                    "Pace changed to " + pace.pace().description() + "; dates recomputed, progress kept.", requester);
        }
        if (request instanceof PlanRequest.ChangeStart start) {
            return shown(plans.changeStart(user, start.start()),
                    "Start date moved to " + PlanOptionsParser.format(start.start()) + "; dates recomputed, progress kept.", requester);
        }
        if (request instanceof PlanRequest.Tick tick) {
            StudyPlan plan = plans.requirePlan(user);
            int position = tick.number() - 1;
            if (plan.milestone(position).isPresent() && plan.isDone(position) == tick.done()) {
                return shown(plan, unchangedTick(tick.number(), tick.done()), requester);
            }
            return shown(plans.tickNumber(user, tick.number(), tick.done()),
                    "Milestone " + tick.number() + (tick.done() ? " ticked off." : " reopened."), requester);
        }
        if (request instanceof PlanRequest.Export export) {
            return export(user, export.format());
        }
        if (request instanceof PlanRequest.Share) {
            return share(requester);
        }
        if (request instanceof PlanRequest.Unshare) {
            return new PlanOutcome.Unshared(plans.unshare(user, requester.channelId()), requester.channelId());
        }
        if (request instanceof PlanRequest.Follow follow) {
            return follow(user, follow.shareId(), follow.replace());
        }
        if (request instanceof PlanRequest.CheckIns checkIns) {
            return checkIns(requester, checkIns.day(), checkIns.time(), checkIns.zone());
        }
        if (request instanceof PlanRequest.StopCheckIns) {
            return new PlanOutcome.CheckInsOff(plans.stopCheckIns(user));
        }
        if (request instanceof PlanRequest.Delete delete) {
            if (!delete.confirmed()) {
                return new PlanOutcome.ConfirmDelete(plans.requirePlan(user));
            }
            plans.deletePlan(user);
            return new PlanOutcome.Deleted();
        }
        throw new IllegalStateException("unhandled plan request " + request);
    }

    /** {@code /transition team}: who in this channel follows which plan. */
    public PlanOutcome team(Requester requester) {
        return guarded(() -> requester.channelId()
                .<PlanOutcome>map(channel -> new PlanOutcome.TeamList(plans.team(channel), plans.today()))
                .orElseGet(() -> new PlanOutcome.Problem("/transition team lists who follows which plan in a channel: "
                        + "type it in your team's channel.")));
    }

    /** "Make my plan" on a guide, or "Replace my plan" after confirming: the guide at the given options. */
    public PlanOutcome makePlan(Requester requester, String guideId, PlanOptions options, boolean replace) {
        return guarded(() -> {
            Guide guide = knowledge.get().guides().guideById(guideId).orElseThrow(() -> new PlanException(
                    "That guide is no longer available. See every guide with /transition list."));
            Optional<StudyPlan> current = replace ? Optional.empty() : plans.activePlan(requester.userId());
            if (current.isPresent() && current.get().guideId().equals(guideId)) {
                return alreadyPlanned(current.get(), guide, options, requester);
            }
            return created(plans.create(requester.userId(), guide, options, replace), requester);
        });
    }

    /** "Follow this plan" under a shared plan. */
    public PlanOutcome follow(String userId, String shareId, boolean replace) {
        return guarded(() -> {
            Optional<StudyPlan> current = plans.activePlan(userId);
            if (current.isPresent() && current.get().followedShareId().equals(Optional.of(shareId))) {
                return shown(current.get(), "You already follow this plan; it is in your App Home.", Requester.of(userId));
            }
            PlanService.Creation creation = plans.follow(userId, shareId, replace);
            if (current.isPresent() && creation instanceof PlanService.Created created && created.plan().equals(current.get())) {
                return shown(created.plan(), "This is your own plan; it is already in your App Home.", Requester.of(userId));
            }
            return created(creation, Requester.of(userId));
        });
    }

    /** "Delete my plan" after confirming: deletes the plan the question was about, and only that one. */
    public PlanOutcome delete(String userId, String planId) {
        return guarded(() -> {
            StudyPlan plan = plans.requirePlan(userId);
            if (!plan.id().equals(planId)) {
                throw new PlanException.StalePlan();
            }
            plans.deletePlan(userId);
            return new PlanOutcome.Deleted();
        });
    }

    /** Ticks and unticks several milestones at once (a checkbox group); positions are 0-based. */
    public PlanOutcome tick(String userId, String planId, Map<Integer, Boolean> changes) {
        return guarded(() -> {
            StudyPlan plan = plans.requirePlan(userId);
            if (changes.size() == 1 && plan.id().equals(planId)) {
                Map.Entry<Integer, Boolean> change = changes.entrySet().iterator().next();
                if (plan.milestone(change.getKey()).isPresent() && plan.isDone(change.getKey()) == change.getValue()) {
                    return shown(plan, unchangedTick(change.getKey() + 1, change.getValue()), Requester.of(userId));
                }
            }
            for (Map.Entry<Integer, Boolean> change : changes.entrySet()) {
                plan = plans.tick(userId, planId, change.getKey(), change.getValue());
            }
            return shown(plan, changes.size() == 1 ? tickNotice(changes) : "Progress saved.", Requester.of(userId));
        });
    }

    public PlanOutcome changePace(String userId, Pace pace) {
        return guarded(() -> shown(plans.changePace(userId, pace),
                "Pace changed to " + pace.description() + "; dates recomputed, progress kept.", Requester.of(userId)));
    }

    public PlanOutcome changeStart(String userId, LocalDate start) {
        return guarded(() -> shown(plans.changeStart(userId, start),
                "Start date moved to " + PlanOptionsParser.format(start) + "; dates recomputed, progress kept.", Requester.of(userId)));
    }

    /** Posts the requester's plan in their channel; refused with an explanation where there is no channel. */
    public PlanOutcome share(Requester requester) {
        return guarded(() -> {
            if (requester.channelId().isEmpty()) {
                plans.requirePlan(requester.userId());
                return new PlanOutcome.NotShared(SharePoster.Refusal.NO_CHANNEL, "no channel", Optional.empty());
            }
            PlanService.ShareResult result = plans.share(requester.userId(), requester.channelId().get(), requester.poster());
            if (result instanceof PlanService.Shared shared) {
                return new PlanOutcome.Shared(shared.share(), shared.plan());
            }
            PlanService.NotShared refused = (PlanService.NotShared) result;
            return new PlanOutcome.NotShared(refused.reason(), refused.detail(), Optional.of(refused.channelId()));
        });
    }

    public PlanOutcome export(String userId, PlanOutcome.Format format) {
        return guarded(() -> {
            StudyPlan plan = plans.requirePlan(userId);
            return switch (format) {
                case MARKDOWN -> new PlanOutcome.Exported(plan, format, PlanExport.fileName(plan, format.extension()),
                        PlanExport.markdown(plan, plans.today()));
                case ICALENDAR -> new PlanOutcome.Exported(plan, format, PlanExport.fileName(plan, format.extension()),
                        PlanExport.icalendar(plan, plans.now()));
            };
        });
    }

    /**
     * Turns on (or moves) the requester's weekly check-in. Without a typed zone it is in their own zone
     * ({@link Requester#zones()}, asked only then), or else in the default zone, saying why.
     */
    public PlanOutcome checkIns(Requester requester, DayOfWeek day, LocalTime time, Optional<ZoneId> zone) {
        return guarded(() -> {
            String userId = requester.userId();
            plans.requirePlan(userId);
            CheckInSchedule schedule = zone
                    .map(typed -> new CheckInSchedule(userId, day, time, typed, ZoneSource.TYPED))
                    .orElseGet(() -> inOwnZone(requester, day, time));
            return new PlanOutcome.CheckInsOn(plans.scheduleCheckIns(schedule));
        });
    }

    /** A check-in asked for without a zone: in the person's own zone, or the default one when that is not to be had. */
    private CheckInSchedule inOwnZone(Requester requester, DayOfWeek day, LocalTime time) {
        UserZones.Answer answer = ownZone(requester);
        if (answer instanceof UserZones.Found found) {
            return new CheckInSchedule(requester.userId(), day, time, found.zone(), ZoneSource.PROFILE);
        }
        return new CheckInSchedule(requester.userId(), day, time, defaultZone, ((UserZones.Missing) answer).why());
    }

    /** The lookup's answer; one that throws or answers nothing counts as unavailable, so the command still works. */
    private static UserZones.Answer ownZone(Requester requester) {
        try {
            UserZones.Answer answer = requester.zones().zoneOf(requester.userId());
            return answer == null ? new UserZones.Missing(ZoneSource.PROFILE_UNAVAILABLE) : answer;
        } catch (RuntimeException e) {
            LOG.warn("looking up the time zone of a user failed; using the default zone", e);
            return new UserZones.Missing(ZoneSource.PROFILE_UNAVAILABLE);
        }
    }

    public PlanOutcome stopCheckIns(String userId) {
        return guarded(() -> new PlanOutcome.CheckInsOff(plans.stopCheckIns(userId)));
    }

    /** The App Home of {@code userId}. */
    public HomeView home(String userId, Optional<String> notice) {
        return new HomeView(userId, plans.activePlan(userId), plans.today(), plans.checkInSchedule(userId), knowledge.get().guides().guides(), notice);
    }

    private PlanOutcome show(Requester requester) {
        return plans.activePlan(requester.userId())
                .<PlanOutcome>map(plan -> shown(plan, null, requester))
                .orElseGet(() -> new PlanOutcome.NoPlan(knowledge.get().guides().guides()));
    }

    private PlanOutcome create(PlanRequest.Create create, Requester requester) {
        Knowledge now = knowledge.get();
        Command command = now.parser().parse(create.pair());
        if (!(command instanceof Command.ShowTransition transition)) {
            throw new PlanInputException("Name both roles, e.g. " + PlanCommandParser.EXAMPLE + ".");
        }
        Optional<Role> from = now.roles().match(transition.from()).map(RoleMatch::role);
        Optional<Role> to = now.roles().match(transition.to()).map(RoleMatch::role);
        Optional<Guide> guide = from.isPresent() && to.isPresent() ? now.guides().guide(from.get(), to.get()) : Optional.empty();
        if (guide.isEmpty()) {
            if (from.isPresent() && to.isEmpty()) {
                rejectUnreadOption(from.get(), transition.to());
            }
            return new PlanOutcome.NoSuchGuide(transition.from(), transition.to());
        }
        if (!create.replace()) {
            Optional<StudyPlan> current = plans.activePlan(requester.userId());
            if (current.isPresent() && current.get().guideId().equals(guide.get().id())) {
                return alreadyPlanned(current.get(), guide.get(), create.options(), requester);
            }
        }
        return created(plans.create(requester.userId(), guide.get(), create.options(), create.replace()), requester);
    }

    /**
     * The same guide again: a new pace or start keeps the progress, so that is what is offered; with nothing new
     * asked, the plan is shown as it is.
     */
    private PlanOutcome alreadyPlanned(StudyPlan current, Guide guide, PlanOptions options, Requester requester) {
        Optional<Pace> pace = options.pace().filter(p -> !p.equals(current.pace()));
        Optional<LocalDate> start = options.start().filter(s -> !s.equals(current.startDate()));
        if (pace.isEmpty() && start.isEmpty()) {
            return shown(current, "You already have this plan, with " + current.doneCount() + " of " + current.total()
                    + " milestones done.", requester);
        }
        return new PlanOutcome.AlreadyPlanned(current, guide.entry(), pace, start);
    }

    /**
     * "backend dev to cloud eng sometimes": the words after a role that is known are neither a pace nor a date,
     * so say that, rather than that the role is unknown.
     */
    private void rejectUnreadOption(Role from, String toText) {
        Knowledge now = knowledge.get();
        String[] words = toText.strip().split("\\s+");
        for (int keep = words.length - 1; keep >= 1 && keep >= words.length - 3; keep--) {
            String role = String.join(" ", Arrays.copyOfRange(words, 0, keep));
            Optional<Role> to = now.roles().match(role).map(RoleMatch::role);
            if (to.isPresent() && now.guides().guide(from, to.get()).isPresent()) {
                String rest = String.join(" ", Arrays.copyOfRange(words, keep, words.length));
                throw new PlanInputException("I couldn't read “" + rest + "” as a pace or a start date. Say "
                        + PlanOptionsParser.PACE_EXAMPLES + ", and optionally start <date>, e.g. /transition plan "
                        + from.name().toLowerCase(Locale.ROOT) + " to " + to.get().name().toLowerCase(Locale.ROOT)
                        + " 5 hours a week start next monday.");
            }
        }
    }

    /** Says that "2.5 hours a week" became a whole number of hours, on the reply that used it. */
    private static PlanOutcome withRounding(PlanOutcome outcome, Optional<String> rounding) {
        if (rounding.isEmpty() || !(outcome instanceof PlanOutcome.Shown shown)) {
            return outcome;
        }
        String notice = shown.notice().map(n -> n + " ").orElse("") + rounding.get();
        return new PlanOutcome.Shown(shown.plan(), shown.today(), Optional.of(notice), shown.checkIns(), shown.canShare());
    }

    private PlanOutcome created(PlanService.Creation creation, Requester requester) {
        if (creation instanceof PlanService.NeedsConfirmation ask) {
            return new PlanOutcome.ConfirmReplace(ask.current(), ask.proposal());
        }
        PlanService.Created created = (PlanService.Created) creation;
        return shown(created.plan(), created.replaced()
                ? "Your new plan replaces the old one. It is in your App Home too."
                : "Your plan is saved. It is in your App Home too, where you can tick milestones off.", requester);
    }

    private PlanOutcome shown(StudyPlan plan, String notice, Requester requester) {
        return new PlanOutcome.Shown(plan, plans.today(), Optional.ofNullable(notice), plans.checkInSchedule(plan.userId()),
                requester.channelId().isPresent());
    }

    private static String unchangedTick(int number, boolean done) {
        return done ? "Milestone " + number + " was already ticked off; nothing changed."
                : "Milestone " + number + " isn't ticked off, so there was nothing to reopen.";
    }

    private static String tickNotice(Map<Integer, Boolean> changes) {
        Map.Entry<Integer, Boolean> change = changes.entrySet().iterator().next();
        return "Milestone " + (change.getKey() + 1) + (change.getValue() ? " ticked off." : " reopened.");
    }

    private static PlanOutcome guarded(Supplier<PlanOutcome> work) {
        try {
            return work.get();
        } catch (PlanException e) {
            return new PlanOutcome.Problem(e.getMessage());
        }
    }
}
