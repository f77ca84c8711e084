package com.transitionadvisor.render;

import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;

/** Turns replies into what each surface shows: Block Kit for Slack, text for the console. */
public final class Presenter {
    private final CardComposer composer;
    private final BlockKitRenderer blockKit;
    private final ConsoleRenderer console;

    public Presenter(CardComposer composer, BlockKitRenderer blockKit, ConsoleRenderer console) {
        this.composer = composer;
        this.blockKit = blockKit;
        this.console = console;
    }

    public SlackMessage slack(Reply reply, Audience audience) {
        return blockKit.render(composer.compose(reply, audience));
    }

    /** How many pages a section of a guide is shown in (Slack shows one at a time, behind "Show more"). */
    public int pages(Guide guide, Section section) {
        return GuideCards.pageCount(guide, section);
    }

    public String console(Reply reply, Audience audience) {
        return console(reply, audience, ConsoleStyle.PLAIN);
    }

    public String console(Reply reply, Audience audience, ConsoleStyle style) {
        return console.render(composer.compose(reply, audience), style);
    }
}
