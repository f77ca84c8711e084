package com.transitionadvisor.render;

/** What a person is told after 👍 or 👎 on an answer, in Slack and in the console alike. */
public final class FeedbackThanks {
    private FeedbackThanks() {
    }

    public static String of(boolean helpful) {
        return helpful ? "Thanks, glad it helped!"
                : "Thanks for telling me. I've noted it so the guide authors can improve this answer.";
    }
}
