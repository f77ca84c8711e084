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
        assertTrue(up.path("value").asText().startsWith(GUIDE_ID + "/salary/"), up::toString);
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
    void thumbsUp_onTheAnswer_isRecordedWithQuestionAndUser_andThankedPrivately() {
        app.sendEvent(SlackPayloads.directMessage("U0THUMBS", "D0THUMBS", PAY_QUESTION));
        JsonNode up = button(app.awaitPost("D0THUMBS").body().path("blocks"), "👍 Helpful");

        String responseUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction(up.path("action_id").asText(),
                up.path("value").asText(), "U0THUMBS", "D0THUMBS", responseUrl));

        assertEquals(JSON.createObjectNode().put("envelope_id", id), app.ack(id), "a click is acked bare, at once");
        JsonNode thanks = app.awaitResponse(responseUrl).body();
        assertEquals("ephemeral", thanks.path("response_type").asText(), () -> RunningApp.brief(thanks));
        assertFalse(thanks.path("replace_original").asBoolean(true), "the answer stays; the thanks comes on its own");
        assertTrue(thanks.path("text").asText().startsWith("Thanks"), () -> RunningApp.brief(thanks));

        List<QuestionLog.Entry> recorded = log().entries().stream()
                .filter(entry -> entry.userId().equals("U0THUMBS")).toList();
        assertEquals(1, recorded.size(), recorded::toString);
        QuestionLog.Entry entry = recorded.get(0);
        assertEquals(PAY_QUESTION, entry.question());
        assertEquals(QuestionLog.Reason.THUMBS_UP, entry.reason());
        assertTrue(app.assistant().unanswered(100).stream().noneMatch(f -> f.question().equals(PAY_QUESTION)),
                "a 👍 is not work for guide authors");
    }

    @Test
    void thumbsDown_onTheAnswer_showsUpInUnanswered_andInTheUnansweredCommand() {
        String question = "As a cloud engineer, what would my salary be in backend development?";
        app.sendEvent(SlackPayloads.directMessage("U0DOWN", "D0DOWN", question));
        JsonNode down = button(app.awaitPost("D0DOWN").body().path("blocks"), "👎 Not helpful");

        String responseUrl = app.slack().responseUrl();
        app.send(SlackStandIn.INTERACTIVE, SlackPayloads.blockAction(down.path("action_id").asText(),
                down.path("value").asText(), "U0DOWN", "D0DOWN", responseUrl));
        JsonNode thanks = app.awaitResponse(responseUrl).body();
        assertTrue(thanks.path("text").asText().contains("guide authors"), () -> RunningApp.brief(thanks));

        assertTrue(log().entries().stream().anyMatch(e -> e.userId().equals("U0DOWN")
                && e.reason() == QuestionLog.Reason.THUMBS_DOWN && e.question().equals(question)), () -> log().entries().toString());
        assertTrue(app.assistant().unanswered(100).stream().anyMatch(f -> f.question().equals(question)),
                () -> "unanswered: " + app.assistant().unanswered(100));

        // Guide authors see it with /transition unanswered, answered through the response_url.
        String commandUrl = app.slack().responseUrl();
        String id = app.send(SlackStandIn.SLASH_COMMANDS, SlackPayloads.slashCommand("/transition", "unanswered",
                "U0AUTHOR", "C0AUTHORS", commandUrl));
        app.ack(id);
        JsonNode list = app.awaitResponse(commandUrl).body();
        assertEquals("ephemeral", list.path("response_type").asText(), () -> RunningApp.brief(list));
        assertTrue(BlockKitChecks.allStrings(list.path("blocks")).stream().anyMatch(text -> text.contains(question)),
                () -> "the 👎 question should be listed: " + RunningApp.brief(list));
        assertWithinLimits(list.path("blocks"), MESSAGE_BLOCKS);
    }

    private static TestQuestionLog log() {
        return (TestQuestionLog) app.questionLog();
    }
}
