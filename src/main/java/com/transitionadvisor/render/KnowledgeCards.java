package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.ItemList;
import com.transitionadvisor.render.Card.Line;
import com.transitionadvisor.render.Card.Note;
import com.transitionadvisor.render.Card.Paragraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What guide authors are told about a change to the knowledge folder that the app could not take. */
public final class KnowledgeCards {
    /** Problems listed one by one; the rest are counted (the log has them all). */
    static final int LISTED = 20;

    private KnowledgeCards() {
    }

    public static Card problems(Path folder, List<GuideProblem> problems) {
        List<Card.Element> elements = new ArrayList<>();
        elements.add(new Card.Heading("A change to the guides was not published"));
        elements.add(Paragraph.of("The last saved change to " + folder + " has " + count(problems.size())
                + ", so the app keeps answering from the last good version. Fix "
                + (problems.size() == 1 ? "it" : "them") + " and save again: a valid change is live within seconds."));
        List<Item> items = problems.stream().limit(LISTED).map(KnowledgeCards::item).toList();
        elements.add(new ItemList(Optional.empty(), items, false));
        if (problems.size() > LISTED) {
            elements.add(new Note("…and " + (problems.size() - LISTED) + " more; `validate` lists every one."));
        }
        return new Card("A change to the guides was not published: " + count(problems.size()) + ", first "
                + problems.get(0), elements);
    }

    /** The folder is valid again after problems were reported: the latest change is what people get now. */
    public static Card fixed(Path folder) {
        String text = "The guides in " + folder + " are fixed and live again: the last saved change is valid, and "
                + "the app answers from it now.";
        return new Card(text, List.of(new Card.Heading("The guides are fixed and live again"), Paragraph.of(text)));
    }

    private static Item item(GuideProblem problem) {
        String where = problem.line() > 0 ? problem.file() + ", line " + problem.line() : problem.file();
        List<Line> lines = new ArrayList<>();
        if (!problem.field().isEmpty()) {
            lines.add(Line.labelled("field", problem.field()));
        }
        lines.add(Line.of(problem.message()));
        return Item.of(where, lines.toArray(Line[]::new));
    }

    private static String count(int problems) {
        return problems == 1 ? "1 problem" : problems + " problems";
    }
}
