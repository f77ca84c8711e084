package com.transitionadvisor.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How hard a skill is to carry over into the new role. */
public enum Difficulty {
    VERY_LOW("very low"), LOW("low"), MEDIUM("medium"), HIGH("high");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Difficulty> fromLabel(String text) {
        String normalized = text.strip().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return Arrays.stream(values()).filter(d -> d.label.equals(normalized)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Difficulty::label).toList();
    }
}
