package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.understanding.Topic;
import java.util.Set;

/**
 * One answerable piece of a guide: a gap, an FAQ entry, a phase, the salary figures, and so on.
 *
 * @param position where the passage stands in its guide, so several passages can be shown in the guide's order
 */
public record Passage(Guide guide, int position, Section section, String title, String text, Set<Topic> topics) {
    public Passage {
        topics = Set.copyOf(topics);
    }
}
