package com.transitionadvisor.render;

import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Card.Button;
import com.transitionadvisor.render.Card.Element;
import com.transitionadvisor.render.Card.Note;
import com.transitionadvisor.render.Card.Paragraph;
import com.transitionadvisor.search.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lays out answers to free-text questions: the answer first and short, then where it comes from. */
final class AnswerCards {
    /** A free-text answer stays short enough to read in a chat; the section in full is a button away. */
    private static final int ANSWER_CHARS = 1_300;
    /** One line of a list answer: an item's name and the start of what the guide says about it; longer for short lists. */
    private static final int LIST_LINE_MIN = 90;
    private static final int LIST_LINE_MAX = 260;
    private static final int MIN_PASSAGE_CHARS = 300;
    private static final String WHAT_I_ANSWER = "For each move I have a guide for, I can tell you what transfers, the "
            + "gaps, how long it takes, salary where known, interview framing, paths and common mistakes.";

    private AnswerCards() {
    }

    static Card passageAnswer(Reply.PassageAnswer answer, Audience audience) {
        Guide guide = answer.guide();
        List<Element> elements = new ArrayList<>();
        answer.caveat().ifPresent(caveat -> elements.add(new Note(caveat)));
        if (answer.passages().size() > 2) {
            // a question for the whole list: every item, one line each; the details are behind "in full"
            int line = Math.max(LIST_LINE_MIN, Math.min(LIST_LINE_MAX, ANSWER_CHARS / answer.passages().size() - 50));
            elements.add(new Card.ItemList(Optional.empty(), answer.passages().stream()
                    .map(p -> listItem(p, line)).toList(), false));
        } else {
            // one passage, or one for each of two questions asked together: each gets its share of the room
            int share = Math.max(MIN_PASSAGE_CHARS, ANSWER_CHARS / answer.passages().size());
            for (Passage passage : answer.passages()) {
                elements.add(Paragraph.titled(passage.title(), SlackText.truncate(passage.text().strip(), share)));
            }
        }
        elements.add(new Note("From the " + guide.title() + " guide · " + sections(answer)
                + Reviewed.when(guide).map(reviewed -> " · " + reviewed).orElse("")));
        List<Button> buttons = new ArrayList<>();
        String command = TypedCommands.slashCommand(guide.entry());
        if (answer.section() != Section.OVERVIEW) {
            buttons.add(new Button(answer.section().title() + " in full",
                    UiAction.openSection(guide.id(), answer.section().key(), 0), false,
                    Optional.of(command + " " + answer.section().key())));
        }
        buttons.add(new Button("Full guide", UiAction.openSection(guide.id(), Section.OVERVIEW.key(), 0), false,
                Optional.of(command)));
        if (!audience.isShared()) {
            answer.feedbackId().ifPresent(id -> {
                buttons.add(new Button("👍 Helpful", UiAction.feedback(true, id), false, Optional.of(TypedCommands.HELPFUL)));
                buttons.add(new Button("👎 Not helpful", UiAction.feedback(false, id), false, Optional.of(TypedCommands.NOT_HELPFUL)));
            });
        }
        elements.add(new Card.Buttons(buttons));
        Passage first = answer.passages().get(0);
        String fallback = answer.caveat().map(c -> c + " ").orElse("") + first.title() + ": " + first.text();
        return new Card(fallback, elements);
    }

    /** One line of a list answer; an item with no name of its own (an interview tip) is not headed by its section's. */
    private static Card.Item listItem(Passage passage, int line) {
        Card.Line text = Card.Line.of(SlackText.truncate(flat(listText(passage)), line));
        return passage.title().equals(passage.section().title()) ? new Card.Item(Optional.empty(), List.of(text))
                : Card.Item.of(passage.title(), text);
    }

    /** An item's own text without repeating its name ("Python or Go scripting → Terraform…" after the name). */
    private static String listText(Passage passage) {
        String text = passage.text().strip();
        return text.startsWith(passage.title()) ? text.substring(passage.title().length()).replaceFirst("^[\\s.:]+", "")
                : text.replaceFirst("^Why it matters:\\s*", "");
    }

    private static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The sections an answer draws on, in the order shown: "Gaps to close", or "FAQ and Salary". */
    private static String sections(Reply.PassageAnswer answer) {
        return answer.passages().stream().map(p -> p.section().title()).distinct().collect(Collectors.joining(" and "));
    }

    static Card whichGuide(Reply.WhichGuide which) {
        List<Element> elements = new ArrayList<>();
        elements.add(Paragraph.of("Which move do you mean? I have more than one guide that could answer that."));
        elements.add(new Card.Buttons(which.candidates().stream()
                .map(guide -> new Button(guide.title(), UiAction.chooseGuide(guide.id()), false,
                        Optional.of(TypedCommands.move(guide))))
                .toList()));
        String fallback = "Which move do you mean? " + which.candidates().stream().map(GuideEntry::title)
                .collect(Collectors.joining(", ")) + ".";
        return new Card(fallback, elements);
    }

    static Card notCovered(Reply.NotCovered notCovered) {
        List<Element> elements = new ArrayList<>();
        String opening = opening(notCovered);
        elements.add(Paragraph.of(opening));
        elements.add(new Note(WHAT_I_ANSWER));
        List<GuideEntry> suggestions = new ArrayList<>();
        notCovered.context().ifPresent(suggestions::add);
        notCovered.suggestions().stream().filter(g -> !suggestions.contains(g)).forEach(suggestions::add);
        if (!suggestions.isEmpty()) {
            elements.add(Paragraph.of(notCovered.context().isPresent() ? "You could look through the guide:" : "The closest guides I have:"));
            CardComposer.suggestions(suggestions, elements);
        }
        return new Card(opening + CardComposer.suggestionText(suggestions), elements);
    }

    private static String opening(Reply.NotCovered notCovered) {
        if (notCovered.notAdvice()) {
            return "That's outside what I can help with: I answer questions about changing role, from guides written "
                    + "by career coaches.";
        }
        return notCovered.unknownRole()
                .map(role -> "I don't have a guide about becoming or leaving “" + role + "”, so I can't answer that reliably.")
                .or(() -> notCovered.context().map(guide -> "I'm not sure. The " + guide.title()
                        + " guide doesn't seem to cover that, and I'd rather not guess."))
                .orElse("I'm not sure. The guides I have don't seem to cover that, and I'd rather not guess.");
    }

    static Card notFollowed(Reply.NotFollowed notFollowed) {
        String text = "Sorry, I didn't follow that. Ask me about changing role, for example “how long does it take "
                + "to move from backend developer to cloud engineer?”, or type /transition help.";
        List<Element> elements = new ArrayList<>();
        elements.add(Paragraph.of(text));
        elements.add(new Note(WHAT_I_ANSWER));
        if (!notFollowed.examples().isEmpty()) {
            elements.add(new Card.Buttons(notFollowed.examples().stream().limit(3).map(CardComposer::openButton).toList()));
        }
        return new Card(text, elements);
    }

    static Card smallTalk(Reply.SmallTalk smallTalk, List<GuideEntry> examples) {
        String text = smallTalk.thanks()
                ? "You're welcome! Ask me anything else about your move."
                : "Hi! I answer questions about changing role, from guides written by career coaches. "
                        + "Try “I'm a backend developer, how long would it take to move into cloud?”";
        List<Element> elements = new ArrayList<>();
        elements.add(Paragraph.of(text));
        if (!smallTalk.thanks() && !examples.isEmpty()) {
            elements.add(new Card.Buttons(examples.stream().limit(3).map(CardComposer::openButton).toList()));
        }
        return new Card(text, elements);
    }
}
