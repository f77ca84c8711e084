package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.PassageKind;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One answerable piece of a guide: a gap, an FAQ entry, a phase, the salary figures, and so on. Its text is
 * put together from the guide when asked for, so the index does not hold a second copy of every guide.
 *
 * @param position   where the passage stands in its guide, so several passages can be shown in the guide's order
 * @param kind       which part of the guide it is (the summary, a gap, an FAQ entry…)
 * @param topics     what the passage is about (its section's topics)
 * @param weakTopics what it touches on too, e.g. the FAQ entry "Will I need to take a pay cut?" for salary
 */
public record Passage(Guide guide, int position, Section section, PassageKind kind, String title,
                      Supplier<String> body, Set<Topic> topics, Set<Topic> weakTopics) {
    public Passage {
        topics = Set.copyOf(topics);
        weakTopics = Set.copyOf(weakTopics);
    }

    public Passage(Guide guide, int position, Section section, PassageKind kind, String title, String text,
                   Set<Topic> topics, Set<Topic> weakTopics) {
        this(guide, position, section, kind, title, () -> text, topics, weakTopics);
    }

    public String text() {
        return body.get();
    }

    /**
     * What is searched, by words and by meaning: its title (an FAQ entry's question, a gap's name), then its text.
     * The embedding model reads only the first 256 word pieces, so the title goes first.
     */
    public String searchedText() {
        return title + "\n" + text();
    }

    public boolean touches(Topic topic) {
        return topics.contains(topic) || weakTopics.contains(topic);
    }
}
