package com.transitionadvisor.render;

import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Card.Button;
import com.transitionadvisor.render.Card.Element;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.ItemList;
import com.transitionadvisor.render.Card.Line;
import com.transitionadvisor.render.Card.Note;
import com.transitionadvisor.render.Card.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Lays out every kind of reply as a {@link Card}; the one place that decides what a reply shows. */
public final class CardComposer {
    private static final int MAX_SUGGESTION_BUTTONS = 5;
    /** Starting roles listed in one message; the rest are reached by naming a role. */
    private static final int LISTED_GROUPS = 20;
    private static final int LISTED_PER_GROUP = 8;
    private final Supplier<List<GuideEntry>> examples;

    /** @param examples guides to offer as examples in greetings */
    public CardComposer(List<GuideEntry> examples) {
        List<GuideEntry> fixed = List.copyOf(examples);
        this.examples = () -> fixed;
    }

    /** @param examples the guides now served, offered as examples in greetings; a reload replaces them */
    public CardComposer(Supplier<List<GuideEntry>> examples) {
        this.examples = examples;
    }

    public Card compose(Reply reply, Audience audience) {
        if (reply instanceof Reply.GuideAnswer answer) {
            Card card = GuideCards.card(answer.guide(), answer.section(), answer.page(), audience);
            return answer.unavailable().map(missing -> GuideCards.withNote(card, "The " + answer.guide().title()
                    + " guide has no “" + missing.title() + "” section, so here is the overview.")).orElse(card);
        }
        if (reply instanceof Reply.Help help) {
            return help(help);
        }
        if (reply instanceof Reply.GuideList list) {
            return guideList(list);
        }
        if (reply instanceof Reply.NoGuide noGuide) {
            return noGuide(noGuide);
        }
        if (reply instanceof Reply.UnknownRole unknown) {
            return unknownRole(unknown);
        }
        if (reply instanceof Reply.RoleGuides roleGuides) {
            return roleGuides(roleGuides);
        }
        if (reply instanceof Reply.PassageAnswer answer) {
            return AnswerCards.passageAnswer(answer, audience);
        }
        if (reply instanceof Reply.WhichGuide which) {
            return AnswerCards.whichGuide(which);
        }
        if (reply instanceof Reply.NotCovered notCovered) {
            return AnswerCards.notCovered(notCovered);
        }
        if (reply instanceof Reply.Unanswered unanswered) {
            return unanswered(unanswered);
        }
        if (reply instanceof Reply.AuthorsOnly authorsOnly) {
            return AuthorCards.authorsOnly(authorsOnly);
        }
        if (reply instanceof Reply.AuthorsDesk desk) {
            return AuthorCards.authorsDesk(desk);
        }
        if (reply instanceof Reply.AuthorsDeskRefused) {
            return AuthorCards.authorsDeskRefused();
        }
        if (reply instanceof Reply.FeedbackNoted feedback) {
            return AuthorCards.feedbackNoted(feedback);
        }
        if (reply instanceof Reply.SentPrivately sent) {
            return AuthorCards.sentPrivately(sent);
        }
        if (reply instanceof Reply.PlanReply plan) {
            return PlanCards.card(plan.outcome(), audience);
        }
        if (reply instanceof Reply.NotFollowed notFollowed) {
            return AnswerCards.notFollowed(notFollowed);
        }
        if (reply instanceof Reply.SmallTalk smallTalk) {
            return AnswerCards.smallTalk(smallTalk, examples.get());
        }
        throw new IllegalStateException("no layout for " + reply.getClass().getSimpleName());
    }

    private Card help(Reply.Help help) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Transition Advisor"));
        help.problem().ifPresent(problem -> elements.add(new Note(problem)));
        elements.add(Paragraph.of("I answer questions about changing role, from guides written by career coaches: "
                + "what transfers, the gaps to close, how long it takes, how to frame the move in interviews, "
                + "and salary where the guide knows it."));
        elements.add(new ItemList(Optional.of("Guides"), List.of(
                Item.of("/transition <from> to <to>", Line.of("the guide for a move, e.g. /transition backend developer to cloud engineer")),
                Item.of("/transition <role>", Line.of("the guides that start or end at a role"))), false));
        elements.add(new ItemList(Optional.of("Sections"), List.of(
                Item.of("/transition <from> to <to> <section>", Line.of("one section in full: " + String.join(", ", Section.keys()))),
                Item.of("/transition <from> to <to> <section> page 2", Line.of("the next page of a long section"))), false));
        elements.add(new ItemList(Optional.of("List"), List.of(
                Item.of("/transition list", Line.of("every guide, by the role you come from"))), false));
        elements.add(new ItemList(Optional.of("Plans"), List.of(
                Item.of("/transition plan <from> to <to> [part-time|full-time|<N> hours a week] [start <date>]",
                        Line.of("a dated study plan from the guide, tracked in App Home")),
                Item.of("/transition plan", Line.of("your plan, with what to type to tick a milestone")),
                Item.of("/transition plan help", Line.of("every plan command: done, undo, pace, start, export, share, check-ins"))), false));
        elements.add(new ItemList(Optional.of("Team"), List.of(
                Item.of("/transition team", Line.of("who in this channel follows which shared plan, and their progress"))), false));
        if (help.forAuthor()) {
            elements.add(new ItemList(Optional.of("For guide authors"), List.of(
                    Item.of("/transition authors", Line.of("guides to review, and the moves asked for most that have no guide")),
                    Item.of("/transition unanswered", Line.of("the question log: what the guides did not answer, and answers marked 👎"))), false));
        }
        elements.add(new ItemList(Optional.of("Help"), List.of(
                Item.of("/transition help", Line.of("this message (or send me \"help\")"))), false));
        elements.add(new Note("You can also send me a direct message, or @mention me in a channel."));
        List<Button> examples = help.examples().stream().map(CardComposer::openButton).toList();
        if (!examples.isEmpty()) {
            elements.add(new Card.Divider());
            elements.add(new Card.Buttons(examples));
        }
        String fallback = help.problem().map(p -> p + " ").orElse("")
                + "Try /transition <from> to <to>, /transition list or /transition help.";
        return new Card(fallback, elements);
    }

    private Card guideList(Reply.GuideList list) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Transition guides"));
        if (list.groups().isEmpty()) {
            elements.add(Paragraph.of("There are no guides yet."));
        }
        for (Reply.RoleGroup group : list.groups().subList(0, Math.min(list.groups().size(), LISTED_GROUPS))) {
            List<Item> items = new ArrayList<>(group.guides().stream().limit(LISTED_PER_GROUP)
                    .map(guide -> Item.of("→ " + guide.to().name(), Line.of(guide.timelineSummary())))
                    .toList());
            if (group.guides().size() > LISTED_PER_GROUP) {
                items.add(Item.text("…and " + (group.guides().size() - LISTED_PER_GROUP) + " more: /transition "
                        + group.from().name().toLowerCase(Locale.ROOT)));
            }
            elements.add(new ItemList(Optional.of("From " + group.from().name()), items, false));
        }
        int hidden = list.groups().size() - LISTED_GROUPS;
        if (hidden > 0) {
            elements.add(new Note("…and guides from " + hidden + " more roles. Name a role to see its guides, e.g. /transition "
                    + list.groups().get(LISTED_GROUPS).from().name().toLowerCase(Locale.ROOT) + "."));
        }
        elements.add(new Note("Open one with /transition <from> to <to>."));
        List<GuideEntry> first = list.groups().stream().flatMap(g -> g.guides().stream()).limit(MAX_SUGGESTION_BUTTONS + 1).toList();
        if (first.size() <= MAX_SUGGESTION_BUTTONS) {
            elements.add(new Card.Buttons(first.stream().map(CardComposer::openButton).toList()));
        }
        long count = list.groups().stream().mapToLong(g -> g.guides().size()).sum();
        return new Card(count + (count == 1 ? " transition guide" : " transition guides") + ": "
                + list.groups().stream().flatMap(g -> g.guides().stream()).limit(20).map(GuideEntry::title)
                .collect(Collectors.joining(", ")), elements);
    }

    private Card unanswered(Reply.Unanswered unanswered) {
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Questions the guides did not answer"));
        if (unanswered.questions().isEmpty()) {
            elements.add(Paragraph.of("Nothing yet: every question so far was answered, and nobody marked an answer unhelpful."));
        } else {
            elements.add(new ItemList(Optional.empty(), unanswered.questions().stream()
                    .map(q -> Item.of(q.question(), Line.of("asked " + q.count() + (q.count() == 1 ? " time" : " times")
                            + ", last on " + q.lastAsked().toString().substring(0, 10))))
                    .toList(), true));
        }
        elements.add(new Note("Unanswered questions and answers marked 👎, most frequent first: ideas for guide authors."));
        return new Card(unanswered.questions().size() + " questions the guides did not answer", elements);
    }

    private Card noGuide(Reply.NoGuide noGuide) {
        String pair = noGuide.from().name() + " → " + noGuide.to().name();
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("No guide for " + pair + " yet"));
        elements.add(Paragraph.of("There is no guide for moving from " + noGuide.from().name() + " to "
                + noGuide.to().name() + " yet, so I won't guess."
                + (noGuide.suggestions().isEmpty() ? "" : " These are the closest guides I have:")));
        suggestions(noGuide.suggestions(), elements);
        elements.add(new Note("Every guide I have: /transition list"));
        return new Card("No guide for " + pair + " yet." + suggestionText(noGuide.suggestions()), elements);
    }

    private Card unknownRole(Reply.UnknownRole unknown) {
        List<Element> elements = new ArrayList<>();
        String phrases = unknown.unknownPhrases().stream().map(p -> "“" + p + "”").collect(Collectors.joining(" and "));
        elements.add(new Card.Heading("I don't know that role"));
        elements.add(Paragraph.of("I couldn't match " + phrases + " to a role I have guides for."));
        if (!unknown.didYouMean().isEmpty()) {
            elements.add(new Note("Did you mean: " + unknown.didYouMean().stream().map(Role::name)
                    .collect(Collectors.joining(", ")) + "?"));
        }
        suggestions(unknown.suggestions(), elements);
        elements.add(new Note("See every guide with /transition list."));
        return new Card("I couldn't match " + phrases + " to a role." + suggestionText(unknown.suggestions()), elements);
    }

    private Card roleGuides(Reply.RoleGuides roleGuides) {
        Role role = roleGuides.role();
        List<Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("Guides for " + role.name()));
        if (roleGuides.from().isEmpty() && roleGuides.to().isEmpty()) {
            elements.add(Paragraph.of("There are no guides that start or end at " + role.name() + " yet."));
        } else {
            elements.add(Paragraph.of("Tell me both roles, e.g. /transition " + example(roleGuides) + "."));
        }
        List<GuideEntry> all = new ArrayList<>(roleGuides.from());
        all.addAll(roleGuides.to());
        suggestions(all, elements);
        return new Card("Guides for " + role.name() + "." + suggestionText(all), elements);
    }

    private static String example(Reply.RoleGuides roleGuides) {
        GuideEntry guide = roleGuides.from().isEmpty() ? roleGuides.to().get(0) : roleGuides.from().get(0);
        return TypedCommands.move(guide);
    }

    /** A suggested guide is named with the start of its summary: enough to choose, not a page to read. */
    private static final int SUGGESTION_GIST_CHARS = 80;

    static void suggestions(List<GuideEntry> guides, List<Element> elements) {
        if (guides.isEmpty()) {
            return;
        }
        elements.add(new ItemList(Optional.empty(), guides.stream()
                .map(g -> Item.of(g.title(), Line.of(Gist.of(g.summary(), SUGGESTION_GIST_CHARS)))).toList(), false));
        elements.add(new Card.Buttons(guides.stream().limit(MAX_SUGGESTION_BUTTONS).map(CardComposer::openButton).toList()));
    }

    static String suggestionText(List<GuideEntry> guides) {
        return guides.isEmpty() ? "" : " Closest guides: " + guides.stream().map(GuideEntry::title).collect(Collectors.joining(", ")) + ".";
    }

    static Button openButton(GuideEntry guide) {
        return new Button(guide.title(), UiAction.openSection(guide.id(), Section.OVERVIEW.key(), 0), false,
                Optional.of(TypedCommands.slashCommand(guide)));
    }
}
