package com.transitionadvisor.knowledge.vocabulary;

import com.transitionadvisor.knowledge.Section;
import java.util.List;
import java.util.Set;

/**
 * What a question is about, as {@code topics.yml} describes it: the phrases that signal it (matched as whole words
 * after normalising) and the guide section that usually answers it. Two topics are the same when their ids are;
 * topics sort in the order of the file.
 *
 * @param position         where the topic stands in {@code topics.yml}, which breaks ties between equally strong topics
 * @param signs            symbols or emoji that signal the topic as typed ("💰")
 * @param amountVerbs      "how much does a … make?" is about this topic when it ends in one of these
 * @param timeSubjectWords a time question about one of these words ("how long until my pay recovers?") is about this topic
 * @param amountSuffixes   a number written with one of these ("60k", "45 grand") is an amount of this topic
 */
public record Topic(String id, int position, Section section, String meaning, List<String> cues, List<String> examples,
                    Set<TopicFlag> flags, List<String> signs, Set<PassageKind> strongPassages,
                    Set<PassageKind> weakPassages, List<String> amountVerbs, List<String> timeSubjectWords,
                    List<String> amountSuffixes)
        implements Comparable<Topic> {
    public Topic {
        cues = List.copyOf(cues);
        examples = List.copyOf(examples);
        flags = Set.copyOf(flags);
        signs = List.copyOf(signs);
        strongPassages = Set.copyOf(strongPassages);
        weakPassages = Set.copyOf(weakPassages);
        amountVerbs = List.copyOf(amountVerbs);
        timeSubjectWords = List.copyOf(timeSubjectWords);
        amountSuffixes = List.copyOf(amountSuffixes);
    }

    /** Broad topics ("is it realistic?", "why?") give way to specific ones asked in the same question. */
    public boolean isGeneric() {
        return flags.contains(TopicFlag.GENERIC);
    }

    /** Facts about a role, not about moving between two (pay, the daily work): either guide of a pair may know them. */
    public boolean describesRoles() {
        return flags.contains(TopicFlag.DESCRIBES_ROLES);
    }

    public boolean isTime() {
        return flags.contains(TopicFlag.TIME);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Topic topic && topic.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public int compareTo(Topic other) {
        return Integer.compare(position, other.position);
    }

    @Override
    public String toString() {
        return id;
    }
}
