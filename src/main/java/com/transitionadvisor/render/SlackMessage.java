package com.transitionadvisor.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A message ready for Slack: plain-text fallback (notifications, screen readers) plus Block Kit. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
