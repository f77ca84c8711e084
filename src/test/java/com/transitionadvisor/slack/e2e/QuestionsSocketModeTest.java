package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertFallbackText;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.button;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.buttons;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.contextTexts;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.sectionTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Free-text questions over real Socket Mode (issue 3): a DM question answered from the right passage with its
 * source and 👍 / 👎; follow-ups that use the conversation's context, per DM channel and per channel thread;
 * feedback clicks recorded for guide authors.
 *
 * <p>Every test uses its own channels and users, so what one test posts never satisfies another's wait.
 */
class QuestionsSocketModeTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp().withQuestionLog(TestQuestionLog::new);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAY_QUESTION = "I'm a cloud engineer, will I take a pay cut if I move to backend?";
    private static final String FOLLOW_UP = "and how long will it take?";
    private static final String GUIDE = "Cloud Engineer → Backend Developer";
    private static final String GUIDE_ID = "cloud-engineer-to-backend-developer";
    /** Both real guides were last reviewed on 20 November 2026; answers say so in their source line. */
    private static final String REVIEWED = " · reviewed 20 November 2026";

    @Test
    void directMessageQuestion_isAnsweredWithThePayPassage_itsSource_andFeedbackButtons() {
        String id = app.sendEvent(SlackPayloads.directMessage("U0PAY", "D0PAY", PAY_QUESTION));

        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id), "an event is acked bare");
        ApiCall post = app.awaitPost("D0PAY");

        JsonNode blocks = post.body().path("blocks");
        List<String> sections = sectionTexts(blocks);
        assertTrue(sections.stream().anyMatch(text -> text.contains("What happens to your pay") && text.contains("drop in pay")),
                () -> "the answer should be the pay passage: " + sections);
        assertTrue(sections.stream().noneMatch(text -> text.contains("How long it takes")),
                () -> "only the passages that answer, not the whole guide: " + sections);
        assertEquals(List.of("From the " + GUIDE + " guide · Salary" + REVIEWED), contextTexts(blocks), () -> RunningApp.describe(post));
        JsonNode up = button(blocks, "👍 Helpful");
        JsonNode down = button(blocks, "👎 Not helpful");
        assertTrue(up.path("action_id").asText().startsWith("feedback_helpful"), up::toString);
        assertTrue(down.path("action_id").asText().startsWith("feedback_not_helpful"), down::toString);
        // The buttons carry the id of the stored answer, never the question.
        assertEquals(up.path("value").asText(), down.path("value").asText());
        QuestionLog.AnswerRecord stored = log().answers().stream()
                .filter(answer -> answer.id().equals(up.path("value").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no stored answer has the id " + up + ": " + log().answers()));
        assertEquals(new QuestionLog.AnswerRecord(stored.id(), PAY_QUESTION, GUIDE_ID, "salary", stored.passage(), "U0PAY",
                stored.at()), stored);
        assertFalse(blocks.toString().contains("pay cut"), () -> "the question is not echoed in any button: " + blocks);
        assertFallbackText(post.body());
        assertWithinLimits(blocks, MESSAGE_BLOCKS);
    }

    @Test
    void slashCommandGuide_becomesTheContextOfTheSamePersonsNextDirectMessage() {
        app.command("backend dev to cloud eng", "U0SLASH", "C0SLASH");

        app.sendEvent(SlackPayloads.directMessage("U0SLASH", "D0SLASH", "how long will it take?"));
        ApiCall answer = app.awaitPost("D0SLASH");

        JsonNode blocks = answer.body().path("blocks");
        assertEquals(List.of("From the Backend Developer → Cloud Engineer guide · Timeline" + REVIEWED), contextTexts(blocks),
                () -> RunningApp.describe(answer));
        assertTrue(sectionTexts(blocks).stream().anyMatch(text -> text.contains("6–12 months")),
                () -> "the timeline of the guide the command showed: " + sectionTexts(blocks));
    }

    @Test
    void shortFollowUp_continuesTheLastAnswersTopic_forHowLongAfterAPayQuestionIsAboutThePayDip() {
        app.sendEvent(SlackPayloads.directMessage("U0DIP", "D0DIP", "I'm a cloud engineer moving to backend, will my pay drop?"));
        app.awaitPost("D0DIP", 1);

        app.sendEvent(SlackPayloads.directMessage("U0DIP", "D0DIP", "for how long?"));
        ApiCall followUp = app.awaitPost("D0DIP", 2);

        List<String> sections = sectionTexts(followUp.body().path("blocks"));
        assertTrue(sections.stream().anyMatch(text -> text.contains("12–18 months") || text.contains("2–4 years")),
                () -> "how long the pay dip lasts, not the study timeline: " + sections);
    }

    @Test
    void followUp_inTheSameDirectMessage_isAnsweredFromTheSameGuide_butElsewhereAsksWhichGuide() {
        app.sendEvent(SlackPayloads.directMessage("U0FOLLOW", "D0FOLLOW", PAY_QUESTION));
        app.awaitPost("D0FOLLOW", 1);

        app.sendEvent(SlackPayloads.directMessage("U0FOLLOW", "D0FOLLOW", FOLLOW_UP));
        ApiCall followUp = app.awaitPost("D0FOLLOW", 2);
        // The same words in another DM channel, where nothing was discussed yet.
        app.sendEvent(SlackPayloads.directMessage("U0FRESH", "D0FRESH", FOLLOW_UP));
        ApiCall fresh = app.awaitPost("D0FRESH");

        JsonNode blocks = followUp.body().path("blocks");
        assertEquals(List.of("From the " + GUIDE + " guide · Timeline" + REVIEWED), contextTexts(blocks),
                () -> RunningApp.describe(followUp));
        assertTrue(sectionTexts(blocks).stream().anyMatch(text -> text.contains("How long it takes")),
                () -> "the follow-up should get the timeline: " + sectionTexts(blocks));

        JsonNode freshBlocks = fresh.body().path("blocks");
        assertTrue(sectionTexts(freshBlocks).stream().anyMatch(text -> text.startsWith("Which move do you mean?")),
                () -> "without context the app asks which guide: " + RunningApp.describe(fresh));
        assertEquals(List.of(), contextTexts(freshBlocks), "no guide's answer is presented without context");
        assertFalse(freshBlocks.toString().contains("How long it takes"), () -> RunningApp.brief(freshBlocks));
        assertEquals(List.of("choose_guide", "choose_guide"), buttons(freshBlocks).stream()
                .map(b -> b.path("action_id").asText().replaceAll("#\\d+$", "")).toList(), freshBlocks::toString);
        assertTrue(buttons(freshBlocks).stream().anyMatch(b -> b.path("value").asText().equals(GUIDE_ID)),
                () -> "the candidates include the guide: " + buttons(freshBlocks));
    }

    @Test
    void mention_isAnsweredInAThread_andAFollowUpMentionInThatThreadKeepsItsContext() {
        ObjectNode question = SlackPayloads.appMention("U0THREAD", "C1", PAY_QUESTION);
        String threadTs = question.at("/event/ts").asText();

        String id = app.sendEvent(question);
        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id));
        ApiCall answer = app.awaitPost("C1", 1);
        assertEquals(threadTs, answer.param("thread_ts"), () -> RunningApp.describe(answer));
        assertEquals(List.of("From the " + GUIDE + " guide · Salary" + REVIEWED), contextTexts(answer.body().path("blocks")));

        ObjectNode followUp = SlackPayloads.appMention("U0THREAD", "C1", FOLLOW_UP);
        ((ObjectNode) followUp.get("event")).put("thread_ts", threadTs);
        app.sendEvent(followUp);
        ApiCall second = app.awaitPost("C1", 2);

        assertEquals(threadTs, second.param("thread_ts"), "the follow-up is answered in the same thread");
        assertEquals(List.of("From the " + GUIDE + " guide · Timeline" + REVIEWED), contextTexts(second.body().path("blocks")),
                () -> RunningApp.describe(second));
        assertWithinLimits(second.body().path("blocks"), MESSAGE_BLOCKS);

        // The same words as a new message in the channel start a new thread, with no context.
        ObjectNode elsewhere = SlackPayloads.appMention("U0THREAD", "C1", FOLLOW_UP);
        app.sendEvent(elsewhere);
        ApiCall third = app.awaitPost("C1", 3);
        assertEquals(elsewhere.at("/event/ts").asText(), third.param("thread_ts"));
        assertTrue(third.param("text").startsWith("Which move do you mean?"), () -> RunningApp.describe(third));
    }

    @Test
    void thumbsUp_onTheAnswer_isCountedForTheClickingUser_andThankedPrivately() {
        app.sendEvent(SlackPayloads.directMessage("U0THUMBS", "D0THUMBS", PAY_QUESTION));
        JsonNode up = button(app.awaitPost("D0THUMBS").body().path("blocks"), "👍 Helpful");

        JsonNode thanks = click(up, "U0THUMBS", "D0THUMBS");
        assertEquals("ephemeral", thanks.path("response_type").asText(), () -> RunningApp.brief(thanks));
        assertFalse(thanks.path("replace_original").asBoolean(true), "the answer stays; the thanks comes on its own");
        assertTrue(thanks.path("text").asText().startsWith("Thanks"), () -> RunningApp.brief(thanks));
        assertTrue(app.assistant().unanswered(100).stream().noneMatch(f -> f.question().equals(PAY_QUESTION)),
                "a 👍 is not work for guide authors");
    }

    @Test
    void thumbsDown_onTheAnswer_showsUpForAuthors_inTheUnansweredCommand() {
        String question = "As a cloud engineer, what would my salary be in backend development?";
        app.sendEvent(SlackPayloads.directMessage("U0DOWN", "D0DOWN", question));
        JsonNode down = button(app.awaitPost("D0DOWN").body().path("blocks"), "👎 Not helpful");

        JsonNode thanks = click(down, "U0DOWN", "D0DOWN");
        assertTrue(thanks.path("text").asText().contains("guide authors"), () -> RunningApp.brief(thanks));
        assertEquals(1, frequency(question), () -> "unanswered: " + app.assistant().unanswered(100));

        // Guide authors see it with /transition unanswered, answered through the response_url.
        String commandUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand("/transition", "unanswered",
                RunningApp.AUTHOR, "C0AUTHORS", commandUrl));
        app.ack(id);
        JsonNode list = app.awaitResponse(commandUrl).body();
        assertEquals("ephemeral", list.path("response_type").asText(), () -> RunningApp.brief(list));
        assertTrue(BlockKitChecks.allStrings(list.path("blocks")).stream().anyMatch(text -> text.contains(question)),
                () -> "the 👎 question should be listed: " + RunningApp.brief(list));
        assertWithinLimits(list.path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void repeatedThumbsDown_countsOncePerPerson_andASecondClickOfTheOtherButtonChangesTheVote() {
        String question = "As a cloud engineer, would backend pay less at first?";
        app.sendEvent(SlackPayloads.appMention("U0ASKER", "C0VOTES", question));
        JsonNode blocks = app.awaitPost("C0VOTES").body().path("blocks");
        JsonNode down = button(blocks, "👎 Not helpful");
        JsonNode up = button(blocks, "👍 Helpful");

        click(down, "U0ASKER", "C0VOTES");
        JsonNode again = click(down, "U0ASKER", "C0VOTES");
        assertTrue(again.path("text").asText().contains("counts once"), () -> RunningApp.brief(again));
        assertEquals(1, frequency(question), "one person, one vote, however often they click");

        click(down, "U0TEAMMATE", "C0VOTES");
        assertEquals(2, frequency(question), "a teammate in the thread has a vote of their own");

        JsonNode changed = click(up, "U0ASKER", "C0VOTES");
        assertTrue(changed.path("text").asText().contains("changed your vote"), () -> RunningApp.brief(changed));
        assertEquals(1, frequency(question), "the asker's 👍 replaced their 👎");
        assertEquals(List.of(QuestionLog.Vote.COUNTED, QuestionLog.Vote.UNCHANGED, QuestionLog.Vote.COUNTED,
                QuestionLog.Vote.CHANGED), log().votes().subList(log().votes().size() - 4, log().votes().size()));
    }

    @Test
    void craftedThumbsDown_withTextOrAnUnknownId_isRefusedPolitely_andListsNothing() {
        int before = app.assistant().unanswered(1000).size();
        for (String forged : List.of("cloud-engineer-to-backend-developer/salary/BUY CRYPTO NOW <!channel>",
                "0b5e0e57-1d9c-4c1e-9d55-000000000000", "", "../../etc/passwd\nINFO forged log line")) {
            String responseUrl = app.slack().responseUrl();
            app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction("feedback_not_helpful#3", forged,
                    "U0FORGER", "D0FORGER", responseUrl));
            JsonNode refusal = app.awaitResponse(responseUrl).body();
            assertEquals("ephemeral", refusal.path("response_type").asText(), () -> RunningApp.brief(refusal));
            assertTrue(refusal.path("text").asText().startsWith("Sorry, I couldn't record that"), () -> RunningApp.brief(refusal));
            assertFalse(refusal.toString().contains("CRYPTO"), () -> RunningApp.brief(refusal));
        }
        assertEquals(before, app.assistant().unanswered(1000).size(), () -> "unanswered: " + app.assistant().unanswered(1000));
        assertTrue(app.assistant().unanswered(1000).stream().noneMatch(f -> f.question().contains("CRYPTO")));
    }

    /** Clicks {@code button} as {@code userId} and returns the reply posted to the click's response_url. */
    private static JsonNode click(JsonNode button, String userId, String channel) {
        String responseUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction(button.path("action_id").asText(),
                button.path("value").asText(), userId, channel, responseUrl));
        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id), "a click is acked bare, at once");
        return app.awaitResponse(responseUrl).body();
    }

    /** How often {@code question} counts in the authors' list (0 when it is not there). */
    private static long frequency(String question) {
        return app.assistant().unanswered(1000).stream().filter(f -> f.question().equals(question))
                .mapToLong(QuestionLog.Frequent::count).sum();
    }

    private static TestQuestionLog log() {
        return (TestQuestionLog) app.questionLog();
    }
}
