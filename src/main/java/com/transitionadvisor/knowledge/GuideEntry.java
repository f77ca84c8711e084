package com.transitionadvisor.knowledge;

import java.util.Objects;

/**
 * What lists and lookups need to know about a guide without holding its text: which move it covers and which file
 * it came from. The full {@link Guide} is read only when it is shown.
 */
public record GuideEntry(String id, Role from, Role to, String sourceFile) {
    public GuideEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }

    public static GuideEntry of(Guide guide) {
        return new GuideEntry(guide.id(), guide.from(), guide.to(), guide.sourceFile());
    }

    /** "Backend Developer → Cloud Engineer", as {@link Guide#title()}. */
    public String title() {
        return from.name() + " → " + to.name();
    }
}
