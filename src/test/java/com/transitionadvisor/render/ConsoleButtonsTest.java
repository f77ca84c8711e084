package com.transitionadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.plans.PlanSamples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything Slack can reach through a button, the console can reach by typing what the console lists beside it. */
class ConsoleButtonsTest {
    private final Application app = TestApplications.real();
    private final CardComposer composer = new CardComposer(TestApplications.REAL_KNOWLEDGE.guides());
    private final ConsoleRenderer console = new ConsoleRenderer();

    /** Replies of every kind that has buttons: each section and page of each guide, answers, suggestions, help. */
    private Map<String, Reply> replies() {
        Map<String, Reply> replies = new LinkedHashMap<>();
        for (var entry : TestApplications.REAL_KNOWLEDGE.guides()) {
            Guide guide = TestApplications.REAL_KNOWLEDGE.guideById(entry.id()).orElseThrow();
            for (Section section : guide.sections()) {
                for (int page = 0; page < GuideCards.pageCount(guide, section); page++) {
                    replies.put(guide.id() + " " + section.key() + " page " + page, new Reply.GuideAnswer(guide, section, page));
                }
            }
        }
        replies.put("an answer", app.assistant().message("c1", "u1", "how long does backend developer to cloud engineer take?"));
        replies.put("not covered", app.assistant().message("c2", "u1", "what is the best pizza?"));
        replies.put("no guide", app.assistant().command("backend developer to data engineer"));
        replies.put("help", app.assistant().command("help"));
        replies.put("list", app.assistant().command("list"));
        replies.put("a role", app.assistant().command("cloud engineer"));
        PlanSamples.outcomes().forEach((name, outcome) -> replies.put("plan: " + name, new Reply.PlanReply(outcome)));
        return replies;
    }

    @Test
    void everyButton_isListedInTheConsole_withWhatToTypeForTheSameThing() {
        List<String> checked = new ArrayList<>();
        replies().forEach((name, reply) -> {
            for (Audience audience : List.of(Audience.privately(), Audience.directMessage())) {
                Card card = composer.compose(reply, audience);
                String text = console.render(card);
                for (Card.Button button : buttons(card)) {
                    boolean share = button.action().id().equals(UiAction.SHARE);
                    assertTrue(share || button.consoleInput().isPresent(), name + ": nothing to type for [" + button.label() + "]");
                    String listed = "  [" + button.label() + "] " + button.consoleInput().orElse(ConsoleRenderer.SLACK_ONLY) + "\n";
                    assertTrue(text.contains(listed), name + ": '" + listed.strip() + "' is not in\n" + text);
                    checked.add(button.label());
                }
            }
        });
        assertTrue(checked.contains("Show more") && checked.contains("About this move") && checked.contains("👍 Helpful")
                && checked.contains("Keep my current plan"), "the buttons that used to have no typed form: " + checked);
    }

    @Test
    void typingWhatASectionButtonLists_showsWhatClickingItShows() {
        int compared = 0;
        for (Reply reply : replies().values()) {
            for (Card.Button button : buttons(composer.compose(reply, Audience.privately()))) {
                if (!button.action().id().equals(UiAction.OPEN_SECTION)) {
                    continue;
                }
                UiAction.GuideTarget target = UiAction.guideTarget(button.action().value()).orElseThrow();
                String typed = button.consoleInput().orElseThrow();
                assertTrue(typed.startsWith("/transition "), typed);
                Reply clicked = app.assistant().open(target.guideId(), target.section(), target.page());
                Reply typedReply = app.assistant().command(typed.substring("/transition ".length()));
                assertEquals(composer.compose(clicked, Audience.privately()), composer.compose(typedReply, Audience.privately()),
                        "typing '" + typed + "' differs from clicking [" + button.label() + "]");
                compared++;
            }
        }
        assertTrue(compared > 50, "compared " + compared + " section buttons");
    }

    private static List<Card.Button> buttons(Card card) {
        return card.elements().stream().filter(Card.Buttons.class::isInstance).map(Card.Buttons.class::cast)
                .flatMap(b -> b.buttons().stream()).toList();
    }
}
