package com.transitionadvisor.slack.e2e;

import static com.transitionadvisor.slack.e2e.BlockKitChecks.MESSAGE_BLOCKS;
import static com.transitionadvisor.slack.e2e.BlockKitChecks.assertWithinLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.Settings;
import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackPayloads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /transition authors} over real Socket Mode (issue 11): for the authors in {@code TRANSITION_AUTHORS}, the
 * guides to review and the moves asked for most that have no guide, always privately (ephemeral, or their DM when
 * asked with an @mention in a channel); everyone else gets a short refusal that reveals nothing, not even who the
 * authors are. The help's "For guide authors" group is shown to authors only.
 *
 * <p>Every test uses its own people and channels, so what one test posts never satisfies another's wait.
 */
class AuthorsCommandSocketModeTest {
    private static final String AUTHOR = "U0WRITER1";
    private static final String SECOND_AUTHOR = "U0WRITER2";
    private static final String REFUSAL = "Sorry, /transition authors is for the guide authors.";

    @RegisterExtension
    static final RunningApp app = new RunningApp().withEnvironment(Settings.AUTHORS, AUTHOR + "," + SECOND_AUTHOR);

    @BeforeAll
    static void peopleAskedForMovesWithoutAGuide() {
        // neither role has a guide: asked twice by two people, and once with a role that is in no roles.yml
        app.command("devops engineer to sre", "U0ASKER1", "C0ASKED");
        app.command("devops eng -> site reliability engineer", "U0ASKER2", "C0ASKED");
        app.command("cloud engineer to lighthouse keeper", "U0ASKER3", "C0ASKED");
    }

    @Test
    void author_slashCommandInAChannel_getsStaleGuidesAndTheMostRequestedMoves_ephemerally_namingNobody() {
        JsonNode reply = slashCommand(AUTHOR, "C0DESK1");

        assertEquals("ephemeral", reply.path("response_type").asText(), () -> RunningApp.brief(reply));
        String all = String.join("\n", BlockKitChecks.allStrings(reply.path("blocks")));
        int most = all.indexOf("DevOps Engineer → Site Reliability Engineer");
        int once = all.indexOf("Cloud Engineer → “lighthouse keeper”");
        assertTrue(most >= 0 && once > most, () -> "most asked first: " + all);
        assertTrue(all.indexOf("asked for 2 times") > most && all.indexOf("asked for 2 times") < once, all);
        assertTrue(all.contains("Guides to review"), all);
        assertTrue(all.contains("/transition unanswered"), () -> "points to the question log: " + all);
        assertFalse(all.contains("U0ASKER"), () -> "who asked is never shown: " + all);
        assertWithinLimits(reply.path("blocks"), MESSAGE_BLOCKS);
    }

    @Test
    void someoneElse_slashCommand_isRefusedEphemerally_revealingNoMovesAndNoAuthors() {
        JsonNode reply = slashCommand("U0NOSY1", "C0DESK2");

        assertEquals("ephemeral", reply.path("response_type").asText(), () -> RunningApp.brief(reply));
        assertTrue(reply.path("text").asText().startsWith(REFUSAL), () -> RunningApp.brief(reply));
        String body = reply.toString();
        assertFalse(body.contains("lighthouse") || body.contains("Site Reliability") || body.contains("<@"),
                () -> "the refusal reveals nothing: " + body);
    }

    @Test
    void author_mentionInAChannel_getsItInTheirDm_andTheThreadOnlyAPointer() {
        app.sendEvent(SlackPayloads.appMention(SECOND_AUTHOR, "C0DESK3", "authors"));
        ApiCall dm = app.awaitPost(SECOND_AUTHOR);
        ApiCall pointer = app.awaitPost("C0DESK3");
        app.awaitAnswersSent();

        assertTrue(dm.body().toString().contains("DevOps Engineer → Site Reliability Engineer"), () -> RunningApp.describe(dm));
        assertEquals("I've sent you my reply in a direct message, since it is only for you.", pointer.param("text"));
        assertEquals(1, app.posts("C0DESK3").size(), () -> RunningApp.describe(app.posts("C0DESK3")));
        assertFalse(pointer.body().toString().contains("Site Reliability"), () -> RunningApp.describe(pointer));
    }

    @Test
    void someoneElse_directMessage_isRefusedInTheirDm() {
        app.sendEvent(SlackPayloads.directMessage("U0NOSY2", "D0NOSY2", "authors"));
        ApiCall refusal = app.awaitPost("D0NOSY2");

        assertTrue(refusal.param("text").startsWith(REFUSAL), () -> RunningApp.describe(refusal));
        assertFalse(refusal.body().toString().contains("lighthouse"), () -> RunningApp.describe(refusal));
    }

    @Test
    void help_showsTheAuthorsGroup_toAuthorsOnly() {
        String forAuthor = String.join("\n", BlockKitChecks.allStrings(app.command("help", AUTHOR, "C0HELP").path("payload").path("blocks")));
        String forOthers = String.join("\n", BlockKitChecks.allStrings(app.command("help", "U0READER", "C0HELP").path("payload").path("blocks")));

        assertTrue(forAuthor.contains("For guide authors") && forAuthor.contains("/transition authors")
                && forAuthor.contains("/transition unanswered"), forAuthor);
        assertFalse(forOthers.contains("For guide authors") || forOthers.contains("/transition authors")
                || forOthers.contains("/transition unanswered"), forOthers);
        assertTrue(forOthers.contains("/transition plan help"), () -> "the rest of the help is the same: " + forOthers);
    }

    private static JsonNode slashCommand(String userId, String channel) {
        return app.commandAnsweredLater("authors", userId, channel);
    }
}
