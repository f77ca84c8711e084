package com.transitionadvisor.knowledge.vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every topic of {@code topics.yml}, in the file's order. */
public record Topics(List<Topic> all) {
    public Topics {
        all = all.stream().sorted(Comparator.naturalOrder()).toList();
    }

    public Optional<Topic> byId(String id) {
        return all.stream().filter(topic -> topic.id().equals(id)).findFirst();
    }

    /** The topic of time and duration ({@code flags: [time]}), if one has the flag. */
    public Optional<Topic> time() {
        return all.stream().filter(Topic::isTime).findFirst();
    }

    /** The topics that tag passages of {@code kind} strongly. */
    public Set<Topic> strongOn(PassageKind kind) {
        return collect(kind, true);
    }

    /** The topics that tag passages of {@code kind} weakly: the passage touches on them. */
    public Set<Topic> weakOn(PassageKind kind) {
        return collect(kind, false);
    }

    private Set<Topic> collect(PassageKind kind, boolean strong) {
        Set<Topic> tagged = new TreeSet<>();
        all.stream().filter(topic -> (strong ? topic.strongPassages() : topic.weakPassages()).contains(kind))
                .forEach(tagged::add);
        return tagged;
    }
}
