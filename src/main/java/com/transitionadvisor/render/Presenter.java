package com.transitionadvisor.render;

import com.transitionadvisor.answers.Reply;

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

    public String console(Reply reply, Audience audience) {
        return console.render(composer.compose(reply, audience));
    }
}
