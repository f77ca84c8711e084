package com.transitionadvisor.render;

import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.StaleGuides;
import com.transitionadvisor.render.Card.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What guide authors read, what everyone else is told about it, and the replies to 👍/👎. */
final class AuthorCards {
    /** Authors named in one refusal; a long list would be no help. */
    private static final int NAMED = 10;
    /** Stale guides and missing moves listed in one message. */
    static final int LISTED = 15;

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

    /** {@code /transition authors}: what to review, what to write next, and where the question log is. */
    static Card authorsDesk(Reply.AuthorsDesk desk) {
        List<Card.Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("For guide authors"));
        List<Card.Item> stale = desk.staleGuides().stream().limit(LISTED).map(AuthorCards::staleItem).toList();
        if (stale.isEmpty()) {
            elements.add(Paragraph.titled("Guides to review", "None: every guide was reviewed in the last "
                    + StaleGuides.MONTHS + " months."));
        } else {
            elements.add(new Card.ItemList(Optional.of("Guides to review (not reviewed for " + StaleGuides.MONTHS
                    + " months, or never)"), stale, false));
            more(elements, desk.staleGuides().size());
        }
        List<Card.Item> moves = desk.requestedMoves().stream().limit(LISTED).map(AuthorCards::moveItem).toList();
        if (moves.isEmpty()) {
            elements.add(Paragraph.titled("Moves asked for without a guide", "None asked for yet."));
        } else {
            elements.add(new Card.ItemList(Optional.of("Moves asked for most that have no guide"), moves, true));
            more(elements, desk.requestedMoves().size());
        }
        elements.add(new Card.Note("The questions the guides did not answer, and answers marked 👎: /transition unanswered. "
                + "Who asked is never shown."));
        String fallback = "For guide authors: " + desk.staleGuides().size() + " guide(s) to review, "
                + desk.requestedMoves().size() + " move(s) asked for without a guide.";
        return new Card(fallback, elements);
    }

    private static Card.Item staleItem(StaleGuides.Stale stale) {
        String reviewed = stale.reviewed().map(day -> "last reviewed " + day).orElse("never reviewed (no reviewed date)");
        List<Card.Line> lines = new ArrayList<>();
        lines.add(Card.Line.of(reviewed + stale.owner().map(owner -> ", owner: " + owner).orElse("")));
        lines.add(Card.Line.labelled("file", stale.guide().sourceFile()));
        return Card.Item.of(stale.guide().title(), lines.toArray(Card.Line[]::new));
    }

    private static Card.Item moveItem(Reply.RequestedMove move) {
        String asked = move.count() == 1 ? "asked for once" : "asked for " + move.count() + " times";
        List<String> notRoles = new ArrayList<>();
        if (!move.fromRole()) {
            notRoles.add(role(move.from(), false));
        }
        if (!move.toRole()) {
            notRoles.add(role(move.to(), false));
        }
        String unknown = notRoles.isEmpty() ? "" : "; not in roles.yml: " + String.join(", ", notRoles);
        return Card.Item.of(role(move.from(), move.fromRole()) + " → " + role(move.to(), move.toRole()),
                Card.Line.of(asked + unknown));
    }

    private static String role(String name, boolean known) {
        return known ? name : "“" + name + "”";
    }

    private static void more(List<Card.Element> elements, int total) {
        if (total > LISTED) {
            elements.add(new Card.Note("…and " + (total - LISTED) + " more."));
        }
    }

    /** Says it is for authors, and nothing else: not who they are, nor what they read. */
    static Card authorsDeskRefused() {
        String text = "Sorry, /transition authors is for the guide authors. To ask about a move, try /transition help.";
        return new Card(text, List.of(Paragraph.of(text)));
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
