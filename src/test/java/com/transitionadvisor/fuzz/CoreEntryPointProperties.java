package com.transitionadvisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.QuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.BlockLimits;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.TestApplications;
import com.transitionadvisor.render.UiAction;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile text through every entry point of the core ({@link Assistant}), the way the Slack edge and the console
 * call it: nothing throws, and every reply renders, for every audience, to Block Kit within Slack's limits with no
 * user text that Slack would act on ({@link SlackOutput}).
 *
 * <p>One app serves all tries, so conversation memory and the question log fill up with hostile text as they
 * would in production.
 */
class CoreEntryPointProperties {
    private static final Application APP = TestApplications.real();
    private static final Assistant ASSISTANT = APP.assistant();
    private static final String AUTHOR = "U0AUTHOR";
    /** The same app, with a guide author who may read the question log. */
    private static final Assistant AUTHORED = TestApplications.withAuthors(AUTHOR).assistant();
    private static final Presenter PRESENTER = APP.presenter();
    private static final AtomicLong CONVERSATIONS = new AtomicLong();

    /**
     * Renders {@code reply} for {@code audience}, on Slack and on the console, and checks what Slack would get. The
     * audience is a parameter of each property, so that over the tries every reply kind meets every audience.
     */
    static void assertRendersSafely(Reply reply, Audience audience, String input) {
        assertNotNull(reply, "a reply");
        SlackOutput.assertSafe(PRESENTER.slack(reply, audience), audience, input);
        assertNotNull(PRESENTER.console(reply, audience));
    }

    @Property(tries = 1000)
    void command_anyText_repliesWithSafeBlockKit(@ForAll("text") String text, @ForAll("audience") Audience audience) {
        assertRendersSafely(ASSISTANT.command(text), audience, text);
    }

    @Property(tries = 200)
    void command_fromAPersonAnywhere_repliesWithSafeBlockKit(@ForAll("text") String text, @ForAll("userId") String user,
                                                             @ForAll("audience") Audience audience) {
        // Without a database, plan and team commands get help like any other command.
        assertRendersSafely(ASSISTANT.command(text, Requester.of(user)), audience, text);
    }

    @Property(tries = 150)
    void commandAndMessage_textWithLoneSurrogates_neverThrow(@ForAll("textWithLoneSurrogates") String text,
                                                             @ForAll("audience") Audience audience) {
        assertRendersSafely(ASSISTANT.command(text), audience, text);
        assertRendersSafely(ASSISTANT.message("dm:D-lone", "U1", text), audience, text);
    }

    @Property(tries = 600)
    void message_anyTextFromAnyone_repliesWithSafeBlockKit(@ForAll("text") String text, @ForAll("userId") String user,
                                                           @ForAll("conversation") String conversation,
                                                           @ForAll("audience") Audience audience) {
        assertRendersSafely(ASSISTANT.message(conversation, user, text), audience, text);
    }

    @Property(tries = 80)
    void conversation_anySequenceOfMessages_everyReplyIsSafe(@ForAll("messages") List<String> messages,
                                                             @ForAll("audience") Audience audience) {
        // Follow-ups use what the conversation remembers (guide, topic, a question waiting for a guide).
        String conversation = "thread:C-fuzz:" + CONVERSATIONS.incrementAndGet();
        for (String text : messages) {
            assertRendersSafely(ASSISTANT.message(conversation, "U123", text), audience, text);
        }
    }

    @Property(tries = 800)
    void guideButton_anyValue_opensAGuideOrTheListSafely(@ForAll("buttonValue") String value,
                                                         @ForAll("audience") Audience audience) {
        // As GuideButtonListener does for open_section and share_in_channel.
        Reply reply = UiAction.guideTarget(value)
                .map(target -> ASSISTANT.open(target.guideId(), target.section(), target.page()))
                .orElseGet(ASSISTANT::guideList);
        assertRendersSafely(reply, audience, value);
    }

    @Property(tries = 400)
    void open_anyGuideSectionAndPage_neverThrows(@ForAll("guideId") String guideId, @ForAll Section section,
                                                 @ForAll int page, @ForAll("audience") Audience audience) {
        assertRendersSafely(ASSISTANT.open(guideId, section, page), audience, guideId);
    }

    @Property(tries = 150)
    void chooseGuide_anyValue_afterAnyQuestion_answersSafely(@ForAll("text") String question,
                                                             @ForAll("guideIdOrNull") String value,
                                                             @ForAll("userId") String user,
                                                             @ForAll("audience") Audience audience) {
        // The "which move do you mean?" buttons: a question is asked, then a (possibly forged) guide is chosen.
        String conversation = "dm:D-choose-" + CONVERSATIONS.incrementAndGet();
        assertRendersSafely(ASSISTANT.message(conversation, user, question), audience, question);
        assertRendersSafely(ASSISTANT.chooseGuide(conversation, user, value), audience, question + " / " + value);
    }

    @Property(tries = 150)
    void feedbackButton_anyQuestion_carriesOnlyAnOpaqueId_andShowsSafelyToAnAuthor(
            @ForAll("text") String question, @ForAll("userId") String user, @ForAll("audience") Audience audience) {
        String conversation = "dm:D-feedback-" + CONVERSATIONS.incrementAndGet();
        Reply reply = AUTHORED.message(conversation, user, question);
        assertRendersSafely(reply, audience, question);
        if (reply instanceof Reply.PassageAnswer answer && answer.feedbackId().isPresent()) {
            UiAction action = UiAction.feedback(false, answer.feedbackId().get());
            assertTrue(action.value().matches("[0-9a-f-]{36}"), () -> "an opaque id, never text: " + SlackOutput.shown(action.value()));
            assertRendersSafely(AUTHORED.feedback(user, action.value(), false), audience, question);
        }
        assertRendersSafely(AUTHORED.command("unanswered", AUTHOR), audience, question);
        assertRendersSafely(AUTHORED.command(question + " to " + question, user), audience, question);
        assertRendersSafely(AUTHORED.command("authors", AUTHOR), audience, question);
    }

    @Property(tries = 150)
    void feedbackButton_anyForgedValue_isRefusedAndNeverListed(@ForAll("buttonValue") String value, @ForAll boolean helpful,
                                                               @ForAll("userId") String user,
                                                               @ForAll("audience") Audience audience) {
        // As QuestionButtonListener does for 👍 / 👎, with a value nobody checked.
        List<QuestionLog.Frequent> before = AUTHORED.unanswered(1000);
        Reply noted = AUTHORED.feedback(user, value, helpful);
        assertEquals(new Reply.FeedbackNoted(helpful, QuestionLog.Vote.NO_SUCH_ANSWER), noted);
        assertRendersSafely(noted, audience, value);
        assertEquals(before, AUTHORED.unanswered(1000), () -> "a forged value changed the list: " + SlackOutput.shown(value));
        assertRendersSafely(AUTHORED.command("unanswered", AUTHOR), audience, value);
    }

    @Property(tries = 200)
    void buttonValueParsers_nullOrAnyValue_neverThrow(@ForAll("buttonValueOrNull") String value) {
        UiAction.guideTarget(value).ifPresent(target -> {
            assertTrue(target.page() >= 0 && target.page() <= 999, () -> "page " + target.page());
            assertEquals(value, target.guideId() + "/" + target.section().key() + "/" + value.substring(value.lastIndexOf('/') + 1));
        });
    }

    @Provide
    Arbitrary<Audience> audience() {
        return Arbitraries.of(FuzzInputs.AUDIENCES);
    }

    @Provide
    Arbitrary<String> text() {
        return HostileText.text();
    }

    @Provide
    Arbitrary<List<String>> messages() {
        return HostileText.text().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> textWithLoneSurrogates() {
        return HostileText.textWithLoneSurrogates();
    }

    @Provide
    Arbitrary<String> userId() {
        return HostileText.userId();
    }

    @Provide
    Arbitrary<String> conversation() {
        return Arbitraries.of("dm:D1", "dm:D2", "thread:C1:1.000001", "thread:C1:2.000002", "console", "thread:null:null");
    }

    @Provide
    Arbitrary<String> buttonValue() {
        return FuzzInputs.buttonValue();
    }

    @Provide
    Arbitrary<String> buttonValueOrNull() {
        return FuzzInputs.buttonValue().injectNull(0.1);
    }

    @Provide
    Arbitrary<String> guideId() {
        return FuzzInputs.guideId();
    }

    @Provide
    Arbitrary<String> guideIdOrNull() {
        return FuzzInputs.guideId().injectNull(0.05);
    }
}
