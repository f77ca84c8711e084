package com.transitionadvisor.slack.plans;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.BlockLimits;
import com.transitionadvisor.render.HomeViewComposer;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.RateLimitRetry;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes a person's App Home (their plan and the guides) with {@code views.publish}, within 100 blocks. */
public final class HomePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HomePublisher.class);

    private final PlanDesk plans;
    private final HomeViewComposer composer = new HomeViewComposer();
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    public HomePublisher(PlanDesk plans) {
        this.plans = plans;
    }

    /** The view as Slack gets it; for tests and for the console's JSON output. */
    public SlackMessage render(String userId, Optional<String> notice) {
        return renderer.render(composer.compose(plans.home(userId, notice)), BlockLimits.HOME_TAB_BLOCKS);
    }

    /** @return Slack's error, if it refused the view */
    public Optional<String> publish(MethodsClient client, String userId, Optional<String> notice) {
        try {
            SlackMessage home = render(userId, notice);
            View view = View.builder().type("home").blocks(home.blocks()).build();
            var response = RateLimitRetry.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)));
            if (!response.isOk()) {
                LOG.warn("views.publish failed: {}", response.getError());
                return Optional.of(response.getError());
            }
            return Optional.empty();
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.error("publishing the home tab failed", e);
            return Optional.of("request_failed");
        }
    }
}
