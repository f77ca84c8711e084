package com.transitionadvisor.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.live.KnowledgeProblemsListener;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.KnowledgeCards;
import com.transitionadvisor.render.SlackMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each guide author by direct message that a change to the knowledge folder was not published, and why; and,
 * once a later change fixes it, that it is fixed and live again.
 */
public final class AuthorsNotifier implements KnowledgeProblemsListener {
    private static final Logger LOG = LoggerFactory.getLogger(AuthorsNotifier.class);
    /** Slack user ids of the guide authors, comma-separated (e.g. {@code U012AB3CD,U045EF6GH}). */
    public static final String AUTHORS = "TRANSITION_AUTHORS";

    private final MethodsClient client;
    private final List<String> authors;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    public AuthorsNotifier(MethodsClient client, List<String> authors) {
        this.client = client;
        this.authors = List.copyOf(authors);
    }

    /** The user ids in {@value #AUTHORS}'s value; none when it is unset or blank. */
    public static List<String> authorIds(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    }

    @Override
    public void problemsFound(Path folder, List<GuideProblem> problems) {
        tellEveryAuthor(renderer.render(KnowledgeCards.problems(folder, problems)), "the knowledge problems");
    }

    /** After they were told of problems: the folder is valid again, and live. */
    @Override
    public void problemsFixed(Path folder) {
        tellEveryAuthor(renderer.render(KnowledgeCards.fixed(folder)), "the fixed knowledge folder");
    }

    private void tellEveryAuthor(SlackMessage message, String what) {
        for (String author : authors) {
            try {
                // posting to a user id opens the app's DM with them; the reload thread may wait out a 429
                var response = RateLimitRetry.callWaiting("chat.postMessage", () -> client.chatPostMessage(r -> r
                        .channel(author).text(message.text()).blocks(message.blocks())));
                if (!response.isOk()) {
                    LOG.warn("Telling author {} about {} was refused: {}", author, what, LogSafe.value(response.getError()));
                }
            } catch (IOException | SlackApiException e) {
                LOG.warn("Telling author {} about {} failed: {}", author, what, LogSafe.value(e.getMessage()));
            }
        }
    }
}
