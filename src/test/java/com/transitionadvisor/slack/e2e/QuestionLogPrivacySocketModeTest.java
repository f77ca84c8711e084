package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.Settings;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may read the question log (issue 10), over real Socket Mode: only the authors named in
 * {@code TRANSITION_AUTHORS}, and only privately, whether they ask with the slash command, in a DM or with an
 * @mention in a channel; everyone else is told, privately, who to ask. What was asked is kept redacted.
 *
 * <p>Every test uses its own people and channels, so what one test posts never satisfies another's wait.
 */
class QuestionLogPrivacySocketModeTest {
    private static final String AUTHORS = "U0AUTHOR1,U0AUTHOR2, U0AUTHOR3 ,U0AUTHOR4";

    /** A user group of authors, resolved through usergroups.users.list; and one Slack does not know. */
    private static final String GROUPS = ",S0COACHES,S0NOSUCH";

    @RegisterExtension
    static final RunningApp app = new RunningApp().withQuestionLog(TestQuestionLog::new)
            .withEnvironment(Settings.AUTHORS, AUTHORS + GROUPS)
            .beforeConnect(slack -> slack.setGroupMembers("S0COACHES", "U0COACH1", "U0COACH2"));

    /** Asked in a private DM by someone else: nobody but an author may ever see it. */
    private static final String PRIVATE_QUESTION = "how do I become a pilot? mail me at jo.bloggs@example.com or call "
            + "+44 7700 900123, and don't tell <@U0BOSS>";

    @BeforeAll
    static void somebodyAskedSomethingPrivately() {
        app.sendEvent(SlackPayloads.directMessage("U0PRIVATE", "D0PRIVATE", PRIVATE_QUESTION));
        app.awaitPost("D0PRIVATE");
        app.awaitAnswersSent();
    }

    @Test
    void storedQuestion_hasMentionsEmailAndPhoneRedacted() {
        List<QuestionLog.Entry> mine = log().entries().stream().filter(e -> e.userId().equals("U0PRIVATE")).toList();
        assertEquals(1, mine.size(), () -> log().entries().toString());
        assertEquals("how do I become a pilot? mail me at [e-mail] or call [phone], and don't tell [someone]",
                mine.get(0).question());
    }

    @Test
    void slashCommand_fromSomeoneElse_isRefusedEphemerally_namingTheAuthors_andShowsNothingOfTheLog() {
        JsonNode reply = slashCommand("U0NOSY1", "C0PUBLIC1");

        assertEquals("ephemeral", reply.path("response_type").asText(), () -> RunningApp.brief(reply));
        assertTrue(reply.path("text").asText().startsWith("Sorry, the list of unanswered questions is only for the guide authors"),
                () -> RunningApp.brief(reply));
        String shown = String.join("\n", BlockKitChecks.allStrings(reply.path("blocks")));
        for (String author : AUTHORS.replace(" ", "").split(",")) {
            assertTrue(shown.contains("<@" + author + ">"), () -> "names " + author + ": " + shown);
        }
        assertFalse(shown.contains("pilot"), () -> "another person's question was shown: " + shown);
        assertWithinLimits(reply.path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void slashCommand_fromAnAuthor_listsTheRedactedQuestionEphemerally() {
        JsonNode reply = slashCommand("U0AUTHOR1", "C0PUBLIC2");

        assertEquals("ephemeral", reply.path("response_type").asText(), () -> RunningApp.brief(reply));
        String shown = String.join("\n", BlockKitChecks.allStrings(reply.path("blocks")));
        assertTrue(shown.contains("how do I become a pilot?"), () -> shown);
        assertFalse(shown.contains("jo.bloggs") || shown.contains("7700") || shown.contains("U0BOSS"),
                () -> "the list shows the question redacted: " + shown);
    }

    @Test
    void directMessage_fromSomeoneElse_isRefusedInTheirDm_fromAnAuthor_listedInTheirDm() {
        app.sendEvent(SlackPayloads.directMessage("U0NOSY2", "D0NOSY2", "unanswered"));
        ApiCall refusal = app.awaitPost("D0NOSY2");
        assertTrue(refusal.param("text").startsWith("Sorry, the list of unanswered questions is only for the guide authors"),
                () -> RunningApp.describe(refusal));
        assertFalse(refusal.body().toString().contains("pilot"), () -> RunningApp.describe(refusal));
        assertTrue(refusal.body().toString().contains("<@U0AUTHOR2>"), () -> RunningApp.describe(refusal));

        app.sendEvent(SlackPayloads.directMessage("U0AUTHOR2", "D0AUTHOR2", "unanswered"));
        ApiCall list = app.awaitPost("D0AUTHOR2");
        assertTrue(list.body().toString().contains("how do I become a pilot?"), () -> RunningApp.describe(list));
    }

    @Test
    void mention_inAChannel_byAnAuthor_putsOnlyAPointerInTheThread_andTheListInTheirDm() {
        app.sendEvent(SlackPayloads.appMention("U0AUTHOR3", "C0PUBLIC3", "unanswered"));
        ApiCall dm = app.awaitPost("U0AUTHOR3");
        ApiCall pointer = app.awaitPost("C0PUBLIC3");
        app.awaitAnswersSent();

        assertTrue(dm.body().toString().contains("how do I become a pilot?"), () -> RunningApp.describe(dm));
        assertEquals("I've sent you my reply in a direct message, since it is only for you.", pointer.param("text"));
        assertTrue(pointer.param("thread_ts") != null, "the pointer is in the mention's thread");
        assertNothingFromTheLogIn("C0PUBLIC3");
    }

    @Test
    void mention_inAChannel_bySomeoneElse_isRefusedInTheirDm_andTheChannelNamesNobody() {
        app.sendEvent(SlackPayloads.appMention("U0NOSY3", "C0PUBLIC4", "unanswered?"));
        ApiCall dm = app.awaitPost("U0NOSY3");
        app.awaitPost("C0PUBLIC4");
        app.awaitAnswersSent();

        assertTrue(dm.body().toString().contains("<@U0AUTHOR4>"), () -> RunningApp.describe(dm));
        assertFalse(dm.body().toString().contains("pilot"), () -> RunningApp.describe(dm));
        assertNothingFromTheLogIn("C0PUBLIC4");
        assertTrue(app.posts("C0PUBLIC4").stream().noneMatch(post -> post.body().toString().contains("<@U0AUTHOR")),
                () -> "authors are named only privately: " + RunningApp.describe(app.posts("C0PUBLIC4")));
    }

    @Test
    void mention_byAnAuthorWhoseDmIsRefused_getsNoListAnywhere_andTheThreadSaysSo() {
        app.slack().failNext("chat.postMessage", 200, java.util.Map.of(),
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("ok", false).put("error", "channel_not_found"));
        app.sendEvent(SlackPayloads.appMention("U0AUTHOR4", "C0PUBLIC6", "unanswered"));
        ApiCall pointer = app.awaitPost("C0PUBLIC6");
        app.awaitAnswersSent();

        assertTrue(pointer.param("text").contains("couldn't send you a direct message"), () -> RunningApp.describe(pointer));
        assertNothingFromTheLogIn("C0PUBLIC6");
    }

    @Test
    void membersOfAnAuthorGroup_areAuthors_askedOfSlack_andNamedInTheRefusal() {
        JsonNode list = slashCommand("U0COACH1", "C0PUBLIC5");
        assertTrue(String.join("\n", BlockKitChecks.allStrings(list.path("blocks"))).contains("how do I become a pilot?"),
                () -> RunningApp.brief(list));
        assertTrue(app.slack().calls("usergroups.users.list").stream().anyMatch(call -> "S0COACHES".equals(call.param("usergroup"))),
                "the group's members come from Slack");

        JsonNode refusal = slashCommand("U0NOSY5", "C0PUBLIC5");
        String shown = String.join("\n", BlockKitChecks.allStrings(refusal.path("blocks")));
        assertTrue(shown.contains("<@U0COACH1>") && shown.contains("<@U0COACH2>"), () -> shown);
        assertFalse(shown.contains("S0COACHES") || shown.contains("subteam"), () -> "people are named, not groups: " + shown);
        assertFalse(shown.contains("pilot"), () -> shown);
    }

    private static void assertNothingFromTheLogIn(String channel) {
        List<ApiCall> posts = app.posts(channel);
        assertEquals(1, posts.size(), () -> RunningApp.describe(posts));
        assertTrue(posts.stream().noneMatch(post -> post.body().toString().contains("pilot")),
                () -> "the log was posted into the channel: " + RunningApp.describe(posts));
    }

    private static JsonNode slashCommand(String userId, String channel) {
        return app.commandAnsweredLater("unanswered", userId, channel);
    }

    private static TestQuestionLog log() {
        return (TestQuestionLog) app.questionLog();
    }
}
