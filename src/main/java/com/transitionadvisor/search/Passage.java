package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.understanding.Topic;
import java.util.Set;

/**
 * One answerable piece of a guide: a gap, an FAQ entry, a phase, the salary figures, and so on.
 *
 * @param position   where the passage stands in its guide, so several passages can be shown in the guide's order
 * @param topics     what the passage is about (its section's topics)
 * @param weakTopics what it touches on too, e.g. the FAQ entry "Will I need to take a pay cut?" for salary
 */
public record Passage(Guide guide, int position, Section section, String title, String text, Set<Topic> topics,
                      Set<Topic> weakTopics) {
    public Passage {
        topics = Set.copyOf(topics);
        weakTopics = Set.copyOf(weakTopics);
    }

    public boolean touches(Topic topic) {
        return topics.contains(topic) || weakTopics.contains(topic);
    }
}
