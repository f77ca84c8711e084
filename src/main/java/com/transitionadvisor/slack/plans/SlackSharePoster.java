package com.transitionadvisor.slack.plans;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.transitionadvisor.plans.Share;
import com.transitionadvisor.plans.SharePoster;
import com.transitionadvisor.plans.StudyPlan;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.PlanCards;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.LogSafe;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a shared plan visibly with {@code chat.postMessage}, so the post has a timestamp the share can point to,
 * and maps Slack's refusals ({@code not_in_channel}, {@code channel_not_found}, {@code is_archived}) to
 * explanations. A private channel the app is not in (Slack calls it {@code privategroup} in commands) is refused
 * before posting.
 */
final class SlackSharePoster implements SharePoster {
    private static final Logger LOG = LoggerFactory.getLogger(SlackSharePoster.class);

    private final MethodsClient client;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final boolean privateWithoutApp;

    /** @param channelName as Slack names it in the payload; {@code privategroup} for a private channel without the app */
    SlackSharePoster(MethodsClient client, String channelName) {
        this.client = client;
        this.privateWithoutApp = "privategroup".equals(channelName);
    }

    @Override
    public PostResult post(Share share, StudyPlan plan) {
        if (privateWithoutApp) {
            return new Refused(Refusal.PRIVATE_CHANNEL, "private channel");
        }
        if (share.channelId().startsWith("D")) {
            return new Refused(Refusal.NO_CHANNEL, "direct message");
        }
        SlackMessage message = renderer.render(PlanCards.sharedPost(share, plan));
        try {
            // No retry after a 429: this runs on a worker, which must not sleep; the person is asked to try again.
            ChatPostMessageResponse response = client.chatPostMessage(r -> r
                    .channel(share.channelId()).text(message.text()).blocks(message.blocks()));
            if (response.isOk()) {
                return new Posted(response.getTs());
            }
            LOG.info("sharing a plan into {} was refused: {}", LogSafe.value(share.channelId()), LogSafe.value(response.getError()));
            return new Refused(refusal(response.getError()), response.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("sharing a plan into {} failed: {}", LogSafe.value(share.channelId()), LogSafe.value(e.getMessage()));
            return new Refused(Refusal.OTHER, "request_failed");
        }
    }

    @Override
    public void retract(Share share) {
        try {
            var response = client.chatDelete(r -> r.channel(share.channelId()).ts(share.messageTs()));
            if (!response.isOk()) {
                LOG.warn("could not take back a shared plan whose share was not saved: {}", LogSafe.value(response.getError()));
            }
        } catch (IOException | SlackApiException e) {
            LOG.warn("could not take back a shared plan whose share was not saved: {}", LogSafe.value(e.getMessage()));
        }
    }

    static Refusal refusal(String error) {
        return switch (error == null ? "" : error) {
            case "not_in_channel" -> Refusal.NOT_IN_CHANNEL;
            case "channel_not_found" -> Refusal.CHANNEL_NOT_FOUND;
            case "is_archived" -> Refusal.ARCHIVED;
            default -> Refusal.OTHER;
        };
    }
}
