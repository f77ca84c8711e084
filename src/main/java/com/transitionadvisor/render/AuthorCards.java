package com.transitionadvisor.render;

import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.render.Card.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What people who are not guide authors are told about the question log, and the replies to 👍/👎. */
final class AuthorCards {
    /** Authors named in one refusal; a long list would be no help. */
    private static final int NAMED = 10;

    private AuthorCards() {
    }

    static Card authorsOnly(Reply.AuthorsOnly refusal) {
        List<Card.Element> elements = new ArrayList<>();
        String opening = "Sorry, the list of unanswered questions is only for the guide authors: it comes from what people "
                + "asked, some of it in private messages.";
        elements.add(Paragraph.of(opening));
        if (refusal.authorIds().isEmpty()) {
            elements.add(Paragraph.of("No guide authors are set up yet. Whoever runs this app can name them with the "
                    + "TRANSITION_AUTHORS setting."));
        } else {
            List<Card.Person> named = refusal.authorIds().stream().limit(NAMED).map(id -> new Card.Person(id, "")).toList();
            elements.add(new Card.People(Optional.of("If you'd like to help improve the guides, ask one of them:"), named));
            if (refusal.authorIds().size() > NAMED) {
                elements.add(new Card.Note("…and " + (refusal.authorIds().size() - NAMED) + " more."));
            }
        }
        return new Card(opening, elements);
    }

    static Card feedbackNoted(Reply.FeedbackNoted feedback) {
        String text = switch (feedback.vote()) {
            case NO_SUCH_ANSWER -> "Sorry, I couldn't record that: I no longer have the answer it was about. "
                    + "Ask again and rate the new answer, if you like.";
            case UNCHANGED -> "You've already told me that about this answer; it counts once.";
            case CHANGED -> feedback.helpful() ? "Thanks, I've changed your vote on this answer to helpful."
                    : "Thanks, I've changed your vote on this answer to not helpful, so the guide authors can improve it.";
            case COUNTED -> FeedbackThanks.of(feedback.helpful());
        };
        return new Card(text, List.of(Paragraph.of(text)));
    }

    static Card sentPrivately(Reply.SentPrivately sent) {
        String text = sent.delivered() ? "I've sent you my reply in a direct message, since it is only for you."
                : "That reply is only for you, and I couldn't send you a direct message just now. Please ask me in a "
                        + "direct message, or with /transition unanswered.";
        return new Card(text, List.of(Paragraph.of(text)));
    }
}
