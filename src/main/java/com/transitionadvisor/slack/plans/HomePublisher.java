package com.transitionadvisor.slack.plans;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.BlockLimits;
import com.transitionadvisor.render.HomeViewComposer;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.LogSafe;
import com.transitionadvisor.slack.RateLimitRetry;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes a person's App Home (their plan and the guides) with {@code views.publish}, within 100 blocks. */
public final class HomePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HomePublisher.class);

    private final PlanDesk plans;
    private final HomeViewComposer composer = new HomeViewComposer();
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    private final RateLimitRetry retry;

    /** @param retry how a rate-limited {@code views.publish} is tried again */
    public HomePublisher(PlanDesk plans, RateLimitRetry retry) {
        this.plans = plans;
        this.retry = retry;
    }

    /** The view as Slack gets it; for tests and for the console's JSON output. */
    public SlackMessage render(String userId, Optional<String> notice) {
        return renderer.render(composer.compose(plans.home(userId, notice)), BlockLimits.HOME_TAB_BLOCKS);
    }

    /** Whether {@code outcome} changed what the person's App Home shows (their plan, its ticks, its check-ins). */
    public static boolean changesHome(PlanOutcome outcome) {
        return outcome instanceof PlanOutcome.Shown || outcome instanceof PlanOutcome.Deleted
                || outcome instanceof PlanOutcome.CheckInsOn || outcome instanceof PlanOutcome.CheckInsOff;
    }

    /**
     * Republishes {@code userId}'s App Home when {@code reply} changed their plan, wherever it was asked for (the
     * slash command, a DM); any other reply publishes nothing.
     */
    public CompletableFuture<Optional<String>> publishIfChanged(MethodsClient client, String userId, Reply reply) {
        if (reply instanceof Reply.PlanReply plan && changesHome(plan.outcome())) {
            return publish(client, userId, Optional.empty());
        }
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** @return completes with Slack's error, if it refused the view, once it is published or refused */
    public CompletableFuture<Optional<String>> publish(MethodsClient client, String userId, Optional<String> notice) {
        try {
            SlackMessage home = render(userId, notice);
            View view = View.builder().type("home").blocks(home.blocks()).build();
            return retry.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)))
                    .handle((response, failure) -> {
                        if (failure != null) {
                            LOG.warn("publishing the home tab failed: {}", LogSafe.value(RateLimitRetry.cause(failure).toString()));
                            return Optional.of("request_failed");
                        }
                        if (!response.isOk()) {
                            LOG.warn("views.publish failed: {}", LogSafe.value(response.getError()));
                            return Optional.of(response.getError());
                        }
                        return Optional.<String>empty();
                    });
        } catch (RuntimeException e) {
            LOG.error("publishing the home tab failed", e);
            return CompletableFuture.completedFuture(Optional.of("request_failed"));
        }
    }
}
