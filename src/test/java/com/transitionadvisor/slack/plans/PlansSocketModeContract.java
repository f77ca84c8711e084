package com.transitionadvisor.slack.plans;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.HOME_TAB_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertFallbackText;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.headers;
import static com.transitionadvisor.slack.plans.PlanBlocks.assertWithinLimits;
import static com.transitionadvisor.slack.plans.PlanBlocks.button;
import static com.transitionadvisor.slack.plans.PlanBlocks.checkboxGroupWith;
import static com.transitionadvisor.slack.plans.PlanBlocks.checkboxValues;
import static com.transitionadvisor.slack.plans.PlanBlocks.elements;
import static com.transitionadvisor.slack.plans.PlanBlocks.tickedValues;
import static com.transitionadvisor.slack.plans.PlanBlocks.visibleText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.transitionadvisor.plans.CheckInSchedule;
import com.transitionadvisor.plans.CheckInScheduler;
import com.transitionadvisor.plans.Milestone;
import com.transitionadvisor.plans.MutableClock;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.Share;
import com.transitionadvisor.plans.StudyPlan;
import com.transitionadvisor.plans.ZoneSource;
import com.transitionadvisor.slack.e2e.StandInCalls;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Study plans end to end, over real Socket Mode against the stand-in for Slack, with the app wired as {@code Main}
 * wires it on a real database: making a plan, ticking a checkbox in the App Home (block action → database →
 * re-published view), sharing into a channel, a teammate following it and {@code /transition team},
 * {@code not_in_channel} handled with nothing saved, a weekly check-in sent at its time (injected clock) in the
 * person's Slack time zone when they name none ({@code users.info}, UTC when that fails), and a restart that
 * loses nothing. Subclasses say which database.
 *
 * <p>Each test starts its own app on a fresh database and uses its own users and channels. Every wait has a
 * deadline; nothing sleeps.
 */
abstract class PlansSocketModeContract {

    /** A Monday morning a week before the plans in these tests start. */
    static final Instant NOW = Instant.parse("2026-12-28T08:00:00Z");
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final String PLAN_COMMAND = "plan backend developer to cloud engineer part-time start 2027-01-04";
    static final String GUIDE_TITLE = "Backend Developer → Cloud Engineer";
    static final String GUIDE_ID = "backend-developer-to-cloud-engineer";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    MutableClock clock;
    Map<String, String> databaseEnvironment;
    RunningPlansApp app;

    /** The database variables {@code Main} reads, for a fresh, empty database; skips the test when there is none. */
    abstract Map<String, String> newDatabase(Path dataDir);

    /** Drops what {@link #newDatabase} made, if anything outlives the temporary folder. */
    abstract void discardDatabase(Map<String, String> environment);

    @BeforeEach
    void startApp() throws Exception {
        clock = new MutableClock(NOW, ZoneOffset.UTC);
        databaseEnvironment = newDatabase(dataDir);
        app = RunningPlansApp.start(databaseEnvironment, clock);
    }

    @AfterEach
    void stopApp() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (databaseEnvironment != null) {
                discardDatabase(databaseEnvironment);
            }
        }
    }

    /** Closes everything (app, database, stand-in) and starts a new app on the same database. */
    void restart() throws Exception {
        RunningPlansApp old = app;
        app = null;
        old.close();
        app = RunningPlansApp.start(databaseEnvironment, clock);
    }

    // ---- (1) making a plan ---------------------------------------------------------------------------------

    @Test
    void planCommand_inAChannel_isAckedAtOnce_answersWithDatedMilestones_andPublishesTheHome() {
        RunningPlansApp.Sent sent = app.command(PLAN_COMMAND, "U0MAKER", "C0MAKER");

        assertAckedAtOnce(sent);
        ApiCall response = app.awaitResponse(sent);
        JsonNode body = response.body();
        JsonNode blocks = body.path("blocks");
        assertEquals("ephemeral", body.path("response_type").asText(), () -> brief(body));
        assertEquals(List.of("Your study plan: " + GUIDE_TITLE), headers(blocks));
        StudyPlan saved = app.freshStore().activePlan("U0MAKER").orElseThrow(() -> new AssertionError("no plan saved"));
        assertEquals(GUIDE_ID, saved.guideId());
        assertEquals(START, saved.startDate());
        assertEquals(Pace.partTime(), saved.pace());
        assertTrue(saved.total() >= 2, () -> "one milestone per phase of the guide: " + saved.milestones());
        // The guide's part-time range is 6–12 months; plans take the upper end, so reachable rather than optimistic.
        assertEquals(START.plusYears(1), saved.endDate());
        assertDatesIncrease(saved);
        String text = visibleText(blocks);
        assertTrue(text.contains(day(START)), () -> "start date missing: " + text);
        for (Milestone milestone : saved.milestones()) {
            assertTrue(text.contains(milestone.title()), () -> milestone.title() + " missing: " + text);
            assertTrue(text.contains(day(milestone.dueDate())), () -> "due date " + day(milestone.dueDate()) + " missing: " + text);
        }
        button(blocks, "Share in channel");
        assertFallbackText(body);
        assertWithinLimits(blocks, MESSAGE_BLOCKS);

        ApiCall publish = app.awaitHomePublish("U0MAKER", 0, view -> true);
        JsonNode view = publish.body().path("view");
        assertEquals("home", view.path("type").asText(), () -> RunningPlansApp.describe(publish));
        assertEquals("Bearer " + RunningPlansApp.BOT_TOKEN, publish.authorization());
        assertWithinLimits(view.path("blocks"), HOME_TAB_BLOCKS);
        assertTrue(headers(view.path("blocks")).contains("Your study plan: " + GUIDE_TITLE), () -> brief(view));
        assertEquals(positions(saved.total()), checkboxValues(view.path("blocks")), "a checkbox per milestone");
        assertEquals(Set.of(), tickedValues(view.path("blocks")));
        List<String> pickedDates = elements(view.path("blocks"), Set.of("datepicker")).stream()
                .map(p -> p.element().path("initial_date").asText()).toList();
        assertEquals(List.of(START.toString()), pickedDates, "the start date picker shows the plan's start");
        String homeText = visibleText(view.path("blocks"));
        Milestone first = saved.milestones().get(0);
        assertTrue(homeText.contains(first.title() + " — due " + day(first.dueDate())), () -> "next milestone: " + homeText);
    }

    // ---- (2) ticking a checkbox ----------------------------------------------------------------------------

    @Test
    void homeCheckbox_ticked_isSavedAtOnce_andTheHomeIsRepublishedWithTheTick() {
        MadePlan made = makePlan("U0TICK", "C0TICK");

        JsonNode ticked = tickInHome("U0TICK", made.homeView(), Set.of("0"));

        assertEquals(Set.of("0"), tickedValues(ticked.path("blocks")));
        String text = visibleText(ticked.path("blocks"));
        assertTrue(text.contains("Milestone 1 ticked off."), () -> "the notice says what happened: " + text);
        assertTrue(text.contains("1 of " + made.plan().total() + " milestones done"), () -> text);
        assertWithinLimits(ticked.path("blocks"), HOME_TAB_BLOCKS);
        assertEquals(Set.of(0), app.freshStore().activePlan("U0TICK").orElseThrow().done(), "saved in the database");

        // Slack sends every box ticked in the group; only the one that changed is written.
        JsonNode both = tickInHome("U0TICK", ticked, Set.of("0", "1"));

        assertEquals(Set.of("0", "1"), tickedValues(both.path("blocks")));
        assertEquals(Set.of(0, 1), app.freshStore().activePlan("U0TICK").orElseThrow().done());

        JsonNode unticked = tickInHome("U0TICK", both, Set.of("1"));

        assertEquals(Set.of("1"), tickedValues(unticked.path("blocks")));
        assertEquals(Set.of(1), app.freshStore().activePlan("U0TICK").orElseThrow().done());
    }

    @Test
    void homeStartDateAndPace_changed_recomputeTheDates_andKeepTheTicks() {
        MadePlan made = makePlan("U0MOVE", "C0MOVE");
        JsonNode ticked = tickInHome("U0MOVE", made.homeView(), Set.of("0"));
        PlanBlocks.Placed picker = elements(ticked.path("blocks"), Set.of("datepicker")).get(0);
        LocalDate later = START.plusWeeks(4);
        int published = app.homePublishes("U0MOVE").size();

        RunningPlansApp.Sent picked = app.interact(PlanPayloads.homeDatePicker("U0MOVE", ticked, picker.blockId(),
                picker.element(), later));

        assertAckedAtOnce(picked);
        JsonNode moved = app.awaitHomePublish("U0MOVE", published, view -> elements(view.path("blocks"), Set.of("datepicker"))
                .get(0).element().path("initial_date").asText().equals(later.toString())).body().path("view");
        assertEquals(Set.of("0"), tickedValues(moved.path("blocks")), "progress kept");
        StudyPlan afterMove = app.freshStore().activePlan("U0MOVE").orElseThrow();
        assertEquals(later, afterMove.startDate());
        assertEquals(later.plusYears(1), afterMove.endDate(), "dates recomputed from the new start");
        assertEquals(Set.of(0), afterMove.done());
        assertWithinLimits(moved.path("blocks"), HOME_TAB_BLOCKS);

        PlanBlocks.Placed fullTime = button(moved.path("blocks"), "Pace: full-time");
        published = app.homePublishes("U0MOVE").size();
        RunningPlansApp.Sent faster = app.interact(PlanPayloads.homeButton("U0MOVE", moved, fullTime.blockId(), fullTime.element()));

        assertAckedAtOnce(faster);
        JsonNode sped = app.awaitHomePublish("U0MOVE", published,
                view -> PlanBlocks.buttonLabels(view.path("blocks")).contains("Pace: part-time")).body().path("view");
        assertEquals(Set.of("0"), tickedValues(sped.path("blocks")), "progress kept");
        StudyPlan afterPace = app.freshStore().activePlan("U0MOVE").orElseThrow();
        assertEquals(Pace.fullTime(), afterPace.pace());
        assertEquals(later, afterPace.startDate());
        // The guide's full-time range is 3–6 months: the upper end.
        assertEquals(later.plusMonths(6), afterPace.endDate());
        assertEquals(Set.of(0), afterPace.done());
        assertTrue(visibleText(sped.path("blocks")).contains("Pace changed to full-time"), () -> visibleText(sped.path("blocks")));
    }

    // ---- (3) sharing into a channel ------------------------------------------------------------------------

    @Test
    void shareButton_postsThePlanVisiblyInTheChannel_attributedToItsOwner_withFollowThisPlan() {
        MadePlan made = makePlan("U0OWNER", "C0SHARE");

        SharedPlan shared = share(made, "U0OWNER", "C0SHARE");

        JsonNode blocks = shared.post().body().path("blocks");
        assertEquals(List.of("Study plan: " + GUIDE_TITLE), headers(blocks));
        String text = visibleText(blocks);
        assertTrue(text.contains("Shared by <@U0OWNER>"), () -> "attributed to its owner: " + text);
        for (Milestone milestone : made.plan().milestones()) {
            assertTrue(text.contains(milestone.title()), () -> milestone.title() + " missing: " + text);
        }
        PlanBlocks.Placed follow = button(blocks, "Follow this plan");
        assertTrue(follow.actionId().startsWith("plan_follow#"), follow::actionId);
        assertEquals(shared.share().id(), follow.element().path("value").asText(), "the button carries the share");
        assertFallbackText(shared.post().body());
        assertWithinLimits(blocks, MESSAGE_BLOCKS);
        assertEquals("U0OWNER", shared.share().ownerId());
        assertEquals(GUIDE_ID, shared.share().guideId());
        assertFalse(shared.share().messageTs().isBlank(), "the share points at the posted message");

        JsonNode confirmation = shared.confirmation().body();
        assertEquals("ephemeral", confirmation.path("response_type").asText(), () -> brief(confirmation));
        assertTrue(visibleText(confirmation.path("blocks")).contains("posted in this channel"), () -> brief(confirmation));
        assertEquals(List.of(), app.slack().calls("chat.postEphemeral"), "the post itself is the only visible message");
    }

    // ---- (4) a teammate follows ----------------------------------------------------------------------------

    @Test
    void followThisPlan_clickedByATeammate_putsTheirOwnCopyInTheirHome_andTeamListsBothWithProgress() {
        MadePlan lead = makePlan("U0LEAD", "C0TEAM");
        SharedPlan shared = share(lead, "U0LEAD", "C0TEAM");
        tickInHome("U0LEAD", lead.homeView(), Set.of("0"));
        makePlan("U0BYSTANDER", "C0TEAM"); // has a plan, typed in the channel, but shared nothing there
        PlanBlocks.Placed follow = button(shared.post().body().path("blocks"), "Follow this plan");

        RunningPlansApp.Sent click = app.interact(PlanPayloads.messageButton(follow.element(), follow.blockId(), "U0MATE",
                "C0TEAM", "general", app.slack().responseUrl(), shared.post().body()));

        assertAckedAtOnce(click);
        ApiCall mateHome = app.awaitHomePublish("U0MATE", 0,
                view -> headers(view.path("blocks")).contains("Your study plan: " + GUIDE_TITLE));
        JsonNode homeBlocks = mateHome.body().path("view").path("blocks");
        assertWithinLimits(homeBlocks, HOME_TAB_BLOCKS);
        StudyPlan matePlan = app.freshStore().activePlan("U0MATE").orElseThrow(() -> new AssertionError("no plan for U0MATE"));
        assertEquals(Optional.of(shared.share().id()), matePlan.followedShareId());
        assertEquals(GUIDE_ID, matePlan.guideId());
        assertEquals(lead.plan().pace(), matePlan.pace(), "the shared plan's pace");
        assertEquals(LocalDate.ofInstant(NOW, ZoneOffset.UTC), matePlan.startDate(), "their own dates: from today");
        assertEquals(Set.of(), matePlan.done(), "their own progress");
        assertEquals(positions(matePlan.total()), checkboxValues(homeBlocks));
        assertEquals(Set.of(), tickedValues(homeBlocks));
        JsonNode reply = app.awaitResponse(click).body();
        assertEquals("ephemeral", reply.path("response_type").asText(), () -> brief(reply));
        assertFalse(reply.path("replace_original").asBoolean(false), "the channel post stays as it is");
        assertTrue(visibleText(reply.path("blocks")).contains("Your plan is saved"), () -> brief(reply));

        RunningPlansApp.Sent team = app.command("team", "U0MATE", "C0TEAM");

        assertAckedAtOnce(team);
        JsonNode teamReply = app.awaitResponse(team).body();
        String text = visibleText(teamReply.path("blocks"));
        int total = lead.plan().total();
        String leadLine = lineWith(text, "<@U0LEAD>");
        assertTrue(leadLine.contains(GUIDE_TITLE) && leadLine.contains("1 of " + total + " milestones (" + 100 / total + "%)"),
                () -> "the owner and their progress: " + text);
        String mateLine = lineWith(text, "<@U0MATE>");
        assertTrue(mateLine.contains("following a shared plan") && mateLine.contains("0 of " + total + " milestones (0%)"),
                () -> "the follower and their progress: " + text);
        assertFalse(text.contains("U0BYSTANDER"), () -> "only people who shared or followed here: " + text);
        assertWithinLimits(teamReply.path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void team_afterTheOwnerReplacesThePlanTheyShared_noLongerShowsThem_butStillShowsWhoFollowedIt() {
        SharedPlan shared = share(makePlan("U0REPLACER", "C0REPLACED"), "U0REPLACER", "C0REPLACED");
        PlanBlocks.Placed follow = button(shared.post().body().path("blocks"), "Follow this plan");
        app.awaitResponse(app.interact(PlanPayloads.messageButton(follow.element(), follow.blockId(), "U0FOLLOWER",
                "C0REPLACED", "general", app.slack().responseUrl(), shared.post().body())));
        assertTrue(teamText("C0REPLACED").contains("<@U0REPLACER>"), "shown while the shared plan is theirs");

        JsonNode replaced = app.awaitResponse(app.command("plan replace cloud engineer to backend developer full-time",
                "U0REPLACER", "C0REPLACED")).body();
        assertEquals("cloud-engineer-to-backend-developer", app.freshStore().activePlan("U0REPLACER").orElseThrow().guideId(),
                () -> brief(replaced));

        String text = teamText("C0REPLACED");
        assertFalse(text.contains("U0REPLACER"), () -> "their new plan was never shared here: " + text);
        assertFalse(text.contains("Cloud Engineer → Backend Developer"), () -> "nothing of the new plan: " + text);
        assertTrue(text.contains("<@U0FOLLOWER>"), () -> "the follower chose to join here and keeps their place: " + text);
    }

    @Test
    void planUnshare_inTheChannel_withdrawsThePlanFromTheTeamView_andTheCommandIsInPlanHelp() {
        share(makePlan("U0UNSHARER", "C0UNSHARED"), "U0UNSHARER", "C0UNSHARED");
        assertTrue(teamText("C0UNSHARED").contains("<@U0UNSHARER>"));

        RunningPlansApp.Sent unshare = app.command("plan unshare", "U0UNSHARER", "C0UNSHARED");
        assertAckedAtOnce(unshare);
        JsonNode reply = app.awaitResponse(unshare).body();
        assertEquals("ephemeral", reply.path("response_type").asText(), () -> brief(reply));
        assertTrue(visibleText(reply.path("blocks")).contains("no longer shows your plan in this channel"), () -> brief(reply));
        assertTrue(app.freshStore().sharesIn("C0UNSHARED").get(0).withdrawnAt().isPresent(), "saved as withdrawn");

        String text = teamText("C0UNSHARED");
        assertFalse(text.contains("U0UNSHARER"), () -> text);
        assertTrue(text.contains("Nobody has shared a study plan here yet"), () -> text);
        JsonNode again = app.awaitResponse(app.command("plan unshare", "U0UNSHARER", "C0UNSHARED")).body();
        assertTrue(visibleText(again.path("blocks")).contains("nothing to withdraw"), () -> brief(again));
        JsonNode help = app.awaitResponse(app.command("plan help", "U0UNSHARER", "C0UNSHARED")).body();
        assertTrue(visibleText(help.path("blocks")).contains("/transition plan unshare"), () -> brief(help));
    }

    private String teamText(String channel) {
        JsonNode reply = app.awaitResponse(app.command("team", "U0LOOKER", channel)).body();
        assertEquals("ephemeral", reply.path("response_type").asText(), () -> brief(reply));
        return visibleText(reply.path("blocks"));
    }

    @Test
    void followThisPlan_byATeammateWhoHasAPlan_asksFirst_andReplacesOnlyOnceConfirmed() {
        SharedPlan shared = share(makePlan("U0SHARER", "C0ASK"), "U0SHARER", "C0ASK");
        MadePlan own = makePlan("U0HASPLAN", "C0ASK", "plan cloud engineer to backend developer full-time");
        PlanBlocks.Placed follow = button(shared.post().body().path("blocks"), "Follow this plan");
        int published = app.homePublishes("U0HASPLAN").size();

        RunningPlansApp.Sent click = app.interact(PlanPayloads.messageButton(follow.element(), follow.blockId(), "U0HASPLAN",
                "C0ASK", "general", app.slack().responseUrl(), shared.post().body()));

        assertAckedAtOnce(click);
        JsonNode question = app.awaitResponse(click).body();
        assertEquals(List.of("Replace your current plan?"), headers(question.path("blocks")), () -> brief(question));
        assertEquals("ephemeral", question.path("response_type").asText());
        app.awaitAnswersSent();
        assertEquals(own.plan(), app.freshStore().activePlan("U0HASPLAN").orElseThrow(), "nothing changed before confirming");
        assertEquals(published, app.homePublishes("U0HASPLAN").size(), "the Home still shows their own plan");
        assertWithinLimits(question.path("blocks"), MESSAGE_BLOCKS);
        PlanBlocks.Placed replace = button(question.path("blocks"), "Replace my plan");
        button(question.path("blocks"), "Keep my current plan");

        RunningPlansApp.Sent confirm = app.interact(PlanPayloads.messageButton(replace.element(), replace.blockId(),
                "U0HASPLAN", "C0ASK", "general", app.slack().responseUrl(), null));

        assertAckedAtOnce(confirm);
        JsonNode replaced = app.awaitResponse(confirm).body();
        assertTrue(replaced.path("replace_original").asBoolean(false), () -> "the question is answered in place: " + brief(replaced));
        assertTrue(visibleText(replaced.path("blocks")).contains("replaces the old one"), () -> brief(replaced));
        app.awaitHomePublish("U0HASPLAN", published, view -> headers(view.path("blocks")).contains("Your study plan: " + GUIDE_TITLE));
        StudyPlan now = app.freshStore().activePlan("U0HASPLAN").orElseThrow();
        assertEquals(Optional.of(shared.share().id()), now.followedShareId());
        assertEquals(GUIDE_ID, now.guideId());
    }

    // ---- (5) not_in_channel --------------------------------------------------------------------------------

    @Test
    void shareButton_whereTheAppIsNotInTheChannel_explainsPrivately_andSavesNoShare() {
        MadePlan made = makePlan("U0NOTIN", "C0NOTIN");
        PlanBlocks.Placed share = button(made.response().path("blocks"), "Share in channel");
        refuseNext("chat.postMessage", "not_in_channel");

        RunningPlansApp.Sent click = app.interact(PlanPayloads.messageButton(share.element(), share.blockId(), "U0NOTIN",
                "C0NOTIN", "general", app.slack().responseUrl(), null));

        assertAckedAtOnce(click);
        JsonNode reply = app.awaitResponse(click).body();
        assertEquals("ephemeral", reply.path("response_type").asText(), () -> brief(reply));
        String text = visibleText(reply.path("blocks"));
        assertTrue(text.contains("not a member of this channel") && text.contains("/invite"), () -> "what to do: " + text);
        assertTrue(text.contains("Nothing was posted or saved"), () -> text);
        app.awaitAnswersSent();
        assertEquals(1, app.posts("C0NOTIN").size(), "the one refused attempt, not retried into a wall");
        assertEquals(List.of(), app.freshStore().sharesIn("C0NOTIN"), "no share row");
        assertEquals(List.of(), app.slack().calls("chat.delete"), "nothing posted, so nothing to take back");
        assertEquals(List.of(), app.slack().calls("chat.postEphemeral"), "answered through the response_url");

        // Once the app is invited, the same button works.
        SharedPlan shared = share(made, "U0NOTIN", "C0NOTIN");
        assertEquals(List.of(shared.share()), app.freshStore().sharesIn("C0NOTIN"));
    }

    @Test
    void shareCommand_whereTheAppIsNotInTheChannel_explainsPrivately_andTeamListsNobody() {
        makePlan("U0NOTIN2", "C0NOTIN2");
        refuseNext("chat.postMessage", "not_in_channel");

        RunningPlansApp.Sent sent = app.command("plan share", "U0NOTIN2", "C0NOTIN2");

        assertAckedAtOnce(sent);
        JsonNode reply = app.awaitResponse(sent).body();
        assertEquals("ephemeral", reply.path("response_type").asText(), () -> brief(reply));
        String text = visibleText(reply.path("blocks"));
        assertTrue(text.contains("not a member of this channel") && text.contains("/invite"), () -> text);
        assertEquals(List.of(), app.freshStore().sharesIn("C0NOTIN2"));
        JsonNode team = app.awaitResponse(app.command("team", "U0NOTIN2", "C0NOTIN2")).body();
        assertTrue(visibleText(team.path("blocks")).contains("Nobody has shared a study plan here yet"), () -> brief(team));
    }

    // ---- (6) weekly check-ins ------------------------------------------------------------------------------

    @Test
    void weeklyCheckIn_isSentAtItsTime_onceAWeek_evenAcrossARestart_andItsButtonTicks() throws Exception {
        MadePlan made = makePlan("U0WEEKLY", "C0WEEKLY");
        RunningPlansApp.Sent on = app.command("plan check-in monday 9:00 UTC", "U0WEEKLY", "C0WEEKLY");
        assertAckedAtOnce(on);
        String onText = visibleText(app.awaitResponse(on).body().path("blocks"));
        assertTrue(onText.contains("Weekly check-ins are on: Mondays at 09:00 (UTC)"), () -> onText);
        assertSchedule("U0WEEKLY", DayOfWeek.MONDAY, LocalTime.of(9, 0));
        // The Monday of the week the first milestone is due.
        Milestone first = made.plan().milestones().get(0);
        Instant due = first.dueDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atTime(9, 0)
                .toInstant(ZoneOffset.UTC);
        CheckInScheduler scheduler = app.newCheckInScheduler();

        clock.set(due.minus(Duration.ofMinutes(1)));
        assertEquals(List.of(), scheduler.runDue(clock.instant()), "not before its time");
        assertEquals(List.of(), directMessages("U0WEEKLY"));

        clock.set(due);
        assertEquals(List.of("U0WEEKLY"), scheduler.runDue(clock.instant()));
        ApiCall dm = single(directMessages("U0WEEKLY"));
        JsonNode blocks = dm.body().path("blocks");
        assertEquals(List.of("Weekly check-in: " + GUIDE_TITLE), headers(blocks), () -> brief(dm.body()));
        String text = visibleText(blocks);
        assertTrue(text.contains(first.title()) && text.contains(day(first.dueDate())), () -> "what is due: " + text);
        PlanBlocks.Placed done = doneButton(blocks, made.plan().id() + "/0");
        assertFallbackText(dm.body());
        assertWithinLimits(blocks, MESSAGE_BLOCKS);

        clock.set(due.plus(Duration.ofHours(3)));
        assertEquals(List.of(), scheduler.runDue(clock.instant()), "once a week");
        assertEquals(1, directMessages("U0WEEKLY").size());

        restart();
        clock.set(due.plus(Duration.ofDays(2)));
        assertEquals(List.of(), app.newCheckInScheduler().runDue(clock.instant()), "a restart does not send it again");
        assertEquals(List.of(), directMessages("U0WEEKLY"));
        assertTrue(app.freshStore().checkInSchedule("U0WEEKLY").isPresent(), "the schedule survives the restart");

        clock.set(due.plus(Duration.ofDays(7)));
        assertEquals(List.of("U0WEEKLY"), app.newCheckInScheduler().runDue(clock.instant()), "next week's");
        ApiCall nextWeek = single(directMessages("U0WEEKLY"));
        done = doneButton(nextWeek.body().path("blocks"), made.plan().id() + "/0");

        RunningPlansApp.Sent click = app.interact(PlanPayloads.messageButton(done.element(), done.blockId(), "U0WEEKLY",
                "DU0WEEKLY", "directmessage", app.slack().responseUrl(), nextWeek.body()));

        assertAckedAtOnce(click);
        ApiCall home = app.awaitHomePublish("U0WEEKLY", 0, view -> tickedValues(view.path("blocks")).contains("0"));
        assertWithinLimits(home.body().path("view").path("blocks"), HOME_TAB_BLOCKS);
        assertEquals(Set.of(0), app.freshStore().activePlan("U0WEEKLY").orElseThrow().done());
        assertTrue(visibleText(app.awaitResponse(click).body().path("blocks")).contains("Milestone 1 ticked off."));
    }

    @Test
    void checkInCommand_withoutAZone_isInTheUsersSlackTimeZone_andSentAtTheirNineOClock() {
        app.slack().setTimeZone("U0OWNZONE", "Europe/Paris");
        makePlan("U0OWNZONE", "C0OWNZONE");
        int published = app.homePublishes("U0OWNZONE").size();

        RunningPlansApp.Sent on = app.command("plan check-in monday 9:00", "U0OWNZONE", "C0OWNZONE");

        assertAckedAtOnce(on);
        String onText = visibleText(app.awaitResponse(on).body().path("blocks"));
        assertTrue(onText.contains("Weekly check-ins are on: Mondays at 09:00 (Europe/Paris, your Slack time zone)."), () -> onText);
        assertFalse(onText.contains("UTC"), () -> onText);
        ApiCall usersInfo = single(app.slack().calls("users.info"));
        assertEquals("U0OWNZONE", usersInfo.param("user"));
        assertEquals("Bearer " + RunningPlansApp.BOT_TOKEN, usersInfo.authorization());
        assertSchedule("U0OWNZONE", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Paris"), ZoneSource.PROFILE);
        String home = visibleText(app.awaitHomePublish("U0OWNZONE", published,
                view -> PlanBlocks.buttonLabels(view.path("blocks")).contains("Stop weekly check-ins")).body().path("view").path("blocks"));
        assertTrue(home.contains("Weekly check-in: Mondays at 09:00 (Europe/Paris, your Slack time zone)."), () -> home);

        // 09:00 in Paris is 08:00 UTC in winter: the check-in goes out then, not at 09:00 UTC.
        Instant parisNine = LocalDate.of(2027, 1, 4).atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        assertEquals(Instant.parse("2027-01-04T08:00:00Z"), parisNine);
        CheckInScheduler scheduler = app.newCheckInScheduler();
        clock.set(parisNine.minus(Duration.ofMinutes(1)));
        assertEquals(List.of(), scheduler.runDue(clock.instant()));
        clock.set(parisNine);
        assertEquals(List.of("U0OWNZONE"), scheduler.runDue(clock.instant()));

        // Within the hour the zone is remembered: moving the check-in asks Slack nothing more.
        RunningPlansApp.Sent moved = app.command("plan check-in friday 17:30", "U0OWNZONE", "C0OWNZONE");
        String movedText = visibleText(app.awaitResponse(moved).body().path("blocks"));
        assertTrue(movedText.contains("Fridays at 17:30 (Europe/Paris, your Slack time zone)"), () -> movedText);
        assertEquals(1, app.slack().calls("users.info").size(), "users.info once per user and hour");
    }

    @Test
    void checkInCommand_withoutAZone_whenUsersInfoFails_isInUtc_andSaysWhyAndHowToNameAZone() {
        app.slack().setTimeZone("U0NOSCOPE", "Europe/Paris");
        app.slack().refuseUsersInfo("missing_scope");
        makePlan("U0NOSCOPE", "C0NOSCOPE");
        int published = app.homePublishes("U0NOSCOPE").size();

        RunningPlansApp.Sent on = app.command("plan check-in monday 9:00", "U0NOSCOPE", "C0NOSCOPE");

        assertAckedAtOnce(on);
        String why = "Mondays at 09:00 (UTC, as I couldn't read your time zone from Slack).";
        String hint = "To use your own time zone, name it, e.g. /transition plan check-in monday 9:00 Europe/London.";
        String onText = visibleText(app.awaitResponse(on).body().path("blocks"));
        assertTrue(onText.contains("Weekly check-ins are on: " + why + " " + hint), () -> onText);
        assertEquals(1, app.slack().calls("users.info").size());
        assertSchedule("U0NOSCOPE", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneOffset.UTC, ZoneSource.PROFILE_UNAVAILABLE);
        String home = visibleText(app.awaitHomePublish("U0NOSCOPE", published,
                view -> PlanBlocks.buttonLabels(view.path("blocks")).contains("Stop weekly check-ins")).body().path("view").path("blocks"));
        assertTrue(home.contains("Weekly check-in: " + why + " " + hint), () -> home);

        // An HTTP failure is no different; and failures are not remembered, so each command asks again.
        app.slack().refuseUsersInfo(null);
        app.slack().failNext("users.info", 503, Map.of(), null);
        RunningPlansApp.Sent again = app.command("plan check-in tuesday 8:00", "U0NOSCOPE", "C0NOSCOPE");
        String againText = visibleText(app.awaitResponse(again).body().path("blocks"));
        assertTrue(againText.contains("Tuesdays at 08:00 (UTC, as I couldn't read your time zone from Slack)."), () -> againText);
        assertEquals(2, app.slack().calls("users.info").size());

        // Once Slack answers (the scope granted, the app reinstalled), the person's zone is used.
        RunningPlansApp.Sent fixed = app.command("plan check-in monday 9:00", "U0NOSCOPE", "C0NOSCOPE");
        String fixedText = visibleText(app.awaitResponse(fixed).body().path("blocks"));
        assertTrue(fixedText.contains("Mondays at 09:00 (Europe/Paris, your Slack time zone)."), () -> fixedText);
        assertSchedule("U0NOSCOPE", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Paris"), ZoneSource.PROFILE);
    }

    @Test
    void checkInCommand_withATypedZone_doesNotAskSlack() {
        app.slack().setTimeZone("U0TYPED", "Europe/Paris");
        makePlan("U0TYPED", "C0TYPED");

        RunningPlansApp.Sent on = app.command("plan check-in monday 9:00 America/New_York", "U0TYPED", "C0TYPED");

        String onText = visibleText(app.awaitResponse(on).body().path("blocks"));
        assertTrue(onText.contains("Weekly check-ins are on: Mondays at 09:00 (America/New_York)."), () -> onText);
        assertSchedule("U0TYPED", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("America/New_York"), ZoneSource.TYPED);
        assertEquals(List.of(), app.slack().calls("users.info"));
    }

    @Test
    void homeCheckInButton_turnsWeeklyCheckInsOn_andTheRepublishedHomeSaysWhen() {
        app.slack().setTimeZone("U0HOMECHK", "America/New_York");
        MadePlan made = makePlan("U0HOMECHK", "C0HOMECHK");
        PlanBlocks.Placed button = button(made.homeView().path("blocks"), "Weekly check-in: Mondays 9:00");
        int published = app.homePublishes("U0HOMECHK").size();

        RunningPlansApp.Sent click = app.interact(PlanPayloads.homeButton("U0HOMECHK", made.homeView(), button.blockId(),
                button.element()));

        assertAckedAtOnce(click);
        JsonNode blocks = app.awaitHomePublish("U0HOMECHK", published,
                view -> PlanBlocks.buttonLabels(view.path("blocks")).contains("Stop weekly check-ins")).body().path("view").path("blocks");
        String text = visibleText(blocks);
        assertTrue(text.contains("Weekly check-in: Mondays at 09:00 (America/New_York, your Slack time zone)."), () -> text);
        assertWithinLimits(blocks, HOME_TAB_BLOCKS);
        assertSchedule("U0HOMECHK", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("America/New_York"), ZoneSource.PROFILE);
    }

    // ---- (7) restart ---------------------------------------------------------------------------------------

    @Test
    void restart_onTheSameDatabase_keepsTheTickedMilestone_inTheRepublishedHome() throws Exception {
        MadePlan made = makePlan("U0KEEP", "C0KEEP");
        tickInHome("U0KEEP", made.homeView(), Set.of("0"));

        restart();
        RunningPlansApp.Sent opened = app.event(SlackPayloads.appHomeOpened("U0KEEP"));

        assertEquals(JSON.createObjectNode().put("envelope_id", opened.envelopeId()), opened.ack());
        ApiCall publish = app.awaitHomePublish("U0KEEP", 0, view -> true);
        JsonNode blocks = publish.body().path("view").path("blocks");
        assertEquals(Set.of("0"), tickedValues(blocks), "still ticked after the restart");
        assertEquals(positions(made.plan().total()), checkboxValues(blocks));
        assertTrue(visibleText(blocks).contains("1 of " + made.plan().total() + " milestones done"), () -> visibleText(blocks));
        assertWithinLimits(blocks, HOME_TAB_BLOCKS);
        StudyPlan reread = app.freshStore().activePlan("U0KEEP").orElseThrow();
        assertEquals(made.plan().id(), reread.id());
        assertEquals(Set.of(0), reread.done());
    }

    // ---- steps ---------------------------------------------------------------------------------------------

    /** A plan made with {@link #PLAN_COMMAND}: the private answer, the App Home published after it, the saved plan. */
    record MadePlan(JsonNode response, JsonNode homeView, StudyPlan plan) {
    }

    /** A plan shared into a channel: the visible post, the confirmation to the owner, the saved share. */
    record SharedPlan(ApiCall post, ApiCall confirmation, Share share) {
    }

    MadePlan makePlan(String userId, String channelId) {
        return makePlan(userId, channelId, PLAN_COMMAND);
    }

    MadePlan makePlan(String userId, String channelId, String command) {
        int published = app.homePublishes(userId).size();
        RunningPlansApp.Sent sent = app.command(command, userId, channelId);
        assertAckedAtOnce(sent);
        JsonNode response = app.awaitResponse(sent).body();
        JsonNode home = app.awaitHomePublish(userId, published, view -> !PlanBlocks.checkboxGroups(view.path("blocks")).isEmpty())
                .body().path("view");
        StudyPlan plan = app.freshStore().activePlan(userId).orElseThrow(() -> new AssertionError("no plan for " + userId));
        return new MadePlan(response, home, plan);
    }

    /** Clicks "Share in channel" on the plan's answer; waits for the post, the confirmation and the saved share. */
    SharedPlan share(MadePlan made, String userId, String channelId) {
        PlanBlocks.Placed button = button(made.response().path("blocks"), "Share in channel");
        int posts = app.posts(channelId).size();
        RunningPlansApp.Sent click = app.interact(PlanPayloads.messageButton(button.element(), button.blockId(), userId,
                channelId, "general", app.slack().responseUrl(), null));
        assertAckedAtOnce(click);
        ApiCall post = app.awaitPost(channelId, posts + 1);
        ApiCall confirmation = app.awaitResponse(click);
        List<Share> shares = app.freshStore().sharesIn(channelId);
        assertEquals(1, shares.size(), () -> "one share saved: " + shares);
        return new SharedPlan(post, confirmation, shares.get(0));
    }

    /**
     * Ticks exactly {@code tickedNow} in the App Home view {@code view}, as Slack reports a click on the group that
     * changed, and returns the view re-published with those ticks.
     */
    JsonNode tickInHome(String userId, JsonNode view, Set<String> tickedNow) {
        Set<String> before = tickedValues(view.path("blocks"));
        String changed = Stream.concat(before.stream(), tickedNow.stream())
                .filter(v -> before.contains(v) != tickedNow.contains(v)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nothing changes"));
        PlanBlocks.Placed group = checkboxGroupWith(view.path("blocks"), changed);
        Set<String> groupValues = new HashSet<>();
        group.element().path("options").forEach(o -> groupValues.add(o.path("value").asText()));
        Set<String> selected = tickedNow.stream().filter(groupValues::contains).collect(Collectors.toSet());
        int published = app.homePublishes(userId).size();

        RunningPlansApp.Sent click = app.interact(PlanPayloads.homeCheckboxes(userId, view, group.blockId(), group.element(), selected));

        assertAckedAtOnce(click);
        assertEquals(JSON.createObjectNode().put("envelope_id", click.envelopeId()), click.ack());
        return app.awaitHomePublish(userId, published, v -> tickedValues(v.path("blocks")).equals(tickedNow))
                .body().path("view");
    }

    // ---- deleting asks first --------------------------------------------------------------------------------

    @Test
    void deleteCommand_asksFirst_andTheDeleteButtonDeletesThatPlan() {
        MadePlan made = makePlan("U0DELETE", "C0DELETE");

        RunningPlansApp.Sent asked = app.command("plan delete", "U0DELETE", "C0DELETE");

        assertAckedAtOnce(asked);
        JsonNode question = app.awaitResponse(asked).body();
        assertEquals(List.of("Delete your study plan?"), headers(question.path("blocks")), () -> brief(question));
        assertTrue(app.freshStore().activePlan("U0DELETE").isPresent(), "nothing deleted before confirming");
        PlanBlocks.Placed delete = button(question.path("blocks"), "Delete my plan");
        assertEquals(made.plan().id(), delete.element().path("value").asText(), "the button names the plan it deletes");
        button(question.path("blocks"), "Keep my plan");

        RunningPlansApp.Sent click = app.interact(PlanPayloads.messageButton(delete.element(), delete.blockId(), "U0DELETE",
                "C0DELETE", "general", app.slack().responseUrl(), null));

        assertAckedAtOnce(click);
        JsonNode done = app.awaitResponse(click).body();
        assertTrue(visibleText(done.path("blocks")).contains("Your study plan is deleted"), () -> brief(done));
        assertTrue(app.freshStore().activePlan("U0DELETE").isEmpty());
    }

    // ---- a plan asked for in words -------------------------------------------------------------------------

    @Test
    void directMessage_askingForAStudyPlanInWords_makesIt_publishesTheHome_andAnExportTypedThereUploadsIntoThatDm() throws Exception {
        RunningPlansApp.Sent asked = app.event(SlackPayloads.directMessage("U0WORDS", "D0WORDS",
                "make me a study plan from backend developer to cloud engineer, 5 hours a week"));

        assertEquals(JSON.createObjectNode().put("envelope_id", asked.envelopeId()), asked.ack());
        ApiCall answer = app.awaitPost("D0WORDS", 1);
        assertEquals(List.of("Your study plan: " + GUIDE_TITLE), headers(answer.body().path("blocks")), () -> brief(answer.body()));
        StudyPlan saved = app.freshStore().activePlan("U0WORDS").orElseThrow(() -> new AssertionError("no plan made"));
        assertEquals(Pace.hours(5), saved.pace());
        assertWithinLimits(answer.body().path("blocks"), MESSAGE_BLOCKS);
        // the App Home shows the new plan at once, as after /transition plan
        ApiCall publish = app.awaitHomePublish("U0WORDS", 0, view -> true);
        JsonNode home = publish.body().path("view");
        assertEquals("home", home.path("type").asText(), () -> RunningPlansApp.describe(publish));
        assertTrue(headers(home.path("blocks")).contains("Your study plan: " + GUIDE_TITLE), () -> brief(home));
        assertEquals(positions(saved.total()), checkboxValues(home.path("blocks")), "a checkbox per milestone");
        assertWithinLimits(home.path("blocks"), HOME_TAB_BLOCKS);

        app.event(SlackPayloads.directMessage("U0WORDS", "D0WORDS", "plan export ical"));

        com.transitionadvisor.slack.standin.UploadedFile file = app.slack().awaitUploadedFile(
                f -> f.channelId().equals("D0WORDS"), RunningPlansApp.WAIT);
        assertEquals("study-plan-" + GUIDE_ID + ".ics", file.filename());
        assertEquals(saved.total(), new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(file.text()))
                .getComponents("VEVENT").size());
        ApiCall said = app.awaitPost("D0WORDS", 2);
        assertTrue(visibleText(said.body().path("blocks")).contains("Here is your plan as an iCalendar file"), () -> brief(said.body()));
    }

    // ---- exports as files ----------------------------------------------------------------------------------

    @Test
    void exportIcalCommand_inAChannel_uploadsARealIcsFileIntoTheirDirectMessages_andSaysWhere() throws Exception {
        MadePlan made = makePlan("U0EXPORT", "C0EXPORT");

        RunningPlansApp.Sent sent = app.command("plan export ical", "U0EXPORT", "C0EXPORT");

        assertAckedAtOnce(sent);
        com.transitionadvisor.slack.standin.UploadedFile file = app.slack().awaitUploadedFile(
                f -> f.filename().equals("study-plan-" + GUIDE_ID + ".ics"), RunningPlansApp.WAIT);
        assertEquals("DU0EXPORT", file.channelId(), "into the person's DM with the app, never the channel");
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(file.text()));
        assertEquals(made.plan().total(), calendar.getComponents("VEVENT").size(), "one event per milestone");
        assertTrue(file.text().contains("\r\n"), "CRLF line ends survive the upload");
        JsonNode reply = app.awaitResponse(sent).body();
        assertEquals("ephemeral", reply.path("response_type").asText(), () -> brief(reply));
        String text = visibleText(reply.path("blocks"));
        assertTrue(text.contains("direct messages") && text.contains(file.filename()), () -> "says where the file went: " + text);
        assertFalse(reply.toString().contains("BEGIN:VCALENDAR"), () -> "never the calendar as message text: " + brief(reply));
        assertWithinLimits(reply.path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void exportCommand_whenSlackRefusesTheUpload_saysWhyPrivately_andPostsNoCalendarText() {
        makePlan("U0NOFILES", "C0NOFILES");
        refuseNext("files.getUploadURLExternal", "missing_scope");

        RunningPlansApp.Sent sent = app.command("plan export ical", "U0NOFILES", "C0NOFILES");

        JsonNode reply = app.awaitResponse(sent).body();
        String text = visibleText(reply.path("blocks"));
        assertTrue(text.contains("isn't allowed to send files"), () -> text);
        assertFalse(reply.toString().contains("BEGIN:VCALENDAR"), () -> brief(reply));
        assertEquals(List.of(), app.slack().uploadedFiles().stream().filter(f -> f.channelId().equals("DU0NOFILES")).toList());
    }

    @Test
    void exportButtons_inThePlanMessageAndTheAppHome_uploadFiles() throws Exception {
        MadePlan made = makePlan("U0EXPBTN", "C0EXPBTN");
        PlanBlocks.Placed markdown = button(made.response().path("blocks"), "Export Markdown");

        RunningPlansApp.Sent click = app.interact(PlanPayloads.messageButton(markdown.element(), markdown.blockId(), "U0EXPBTN",
                "C0EXPBTN", "general", app.slack().responseUrl(), null));

        assertAckedAtOnce(click);
        com.transitionadvisor.slack.standin.UploadedFile md = app.slack().awaitUploadedFile(
                f -> f.filename().equals("study-plan-" + GUIDE_ID + ".md"), RunningPlansApp.WAIT);
        assertEquals("DU0EXPBTN", md.channelId());
        assertTrue(md.text().startsWith("# Study plan: " + GUIDE_TITLE), md::text);
        String said = visibleText(app.awaitResponse(click).body().path("blocks"));
        assertTrue(said.contains("direct messages"), () -> said);

        PlanBlocks.Placed ical = button(made.homeView().path("blocks"), "Export calendar (.ics)");
        int published = app.homePublishes("U0EXPBTN").size();
        RunningPlansApp.Sent homeClick = app.interact(PlanPayloads.homeButton("U0EXPBTN", made.homeView(), ical.blockId(), ical.element()));

        assertAckedAtOnce(homeClick);
        com.transitionadvisor.slack.standin.UploadedFile ics = app.slack().awaitUploadedFile(
                f -> f.filename().endsWith(".ics"), RunningPlansApp.WAIT);
        assertEquals("DU0EXPBTN", ics.channelId());
        assertTrue(ics.text().startsWith("BEGIN:VCALENDAR\r\n"), ics::text);
        JsonNode home = app.awaitHomePublish("U0EXPBTN", published, view -> true).body().path("view");
        assertTrue(visibleText(home.path("blocks")).contains("Sent you " + ics.filename()), () -> visibleText(home.path("blocks")));
    }

    // ---- checks --------------------------------------------------------------------------------------------

    /** Acked within Slack's 3 seconds, with nothing in the ack: the answer follows once the database has it. */
    static void assertAckedAtOnce(RunningPlansApp.Sent sent) {
        assertTrue(sent.ackedAfter().compareTo(RunningPlansApp.SLACK_ACK_DEADLINE) < 0,
                () -> "acked after " + sent.ackedAfter().toMillis() + " ms");
        assertFalse(sent.ack().has("payload") && sent.ack().path("payload").has("blocks"),
                () -> "the answer needs the database, so it is not in the ack: " + sent.ack());
    }

    /** A weekly check-in saved for {@code userId} at {@code day} and {@code time} UTC ("UTC", "Z" or "Etc/UTC"), as typed. */
    private void assertSchedule(String userId, DayOfWeek day, LocalTime time) {
        assertSchedule(userId, day, time, ZoneOffset.UTC, ZoneSource.TYPED);
    }

    /** A weekly check-in saved for {@code userId} at {@code day} and {@code time} in {@code zone} (compared normalized). */
    private void assertSchedule(String userId, DayOfWeek day, LocalTime time, ZoneId zone, ZoneSource source) {
        CheckInSchedule saved = app.freshStore().checkInSchedule(userId)
                .orElseThrow(() -> new AssertionError("no check-in schedule saved for " + userId));
        assertEquals(day, saved.day());
        assertEquals(time, saved.time());
        assertEquals(zone.normalized(), saved.zone().normalized(), () -> "zone " + saved.zone());
        assertEquals(source, saved.zoneSource());
    }

    private static void assertDatesIncrease(StudyPlan plan) {
        LocalDate previous = plan.startDate();
        for (Milestone milestone : plan.milestones()) {
            assertFalse(milestone.dueDate().isBefore(previous), () -> "dates out of order: " + plan.milestones());
            assertTrue(milestone.dueDate().isAfter(plan.startDate()), () -> "due after the start: " + milestone);
            previous = milestone.dueDate();
        }
    }

    /** Direct messages the app sent {@code userId}: to the user id, or to the DM channel conversations.open gave. */
    List<ApiCall> directMessages(String userId) {
        List<ApiCall> all = new ArrayList<>(app.posts(userId));
        all.addAll(app.posts("D" + userId));
        return all;
    }

    private static PlanBlocks.Placed doneButton(JsonNode blocks, String value) {
        List<PlanBlocks.Placed> buttons = elements(blocks, Set.of("button")).stream()
                .filter(p -> p.actionId().startsWith("plan_done") && value.equals(p.element().path("value").asText()))
                .toList();
        assertEquals(1, buttons.size(), () -> "one Done button for " + value + " in " + blocks);
        return buttons.get(0);
    }

    private static ApiCall single(List<ApiCall> calls) {
        assertEquals(1, calls.size(), () -> "expected one call: " + RunningPlansApp.describe(calls));
        return calls.get(0);
    }

    private static String lineWith(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError(needle + " is not listed: " + text));
    }

    private static List<String> positions(int total) {
        return IntStream.range(0, total).mapToObj(Integer::toString).toList();
    }

    private void refuseNext(String method, String error) {
        app.slack().failNext(method, 200, Map.of(), JSON.createObjectNode().put("ok", false).put("error", error));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String brief(Object value) {
        return StandInCalls.brief(value, 600);
    }
}
