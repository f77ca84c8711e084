package com.transitionadvisor.knowledge;

import java.util.Objects;

/**
 * What lists and lookups need to know about a guide without holding its text: which move it covers, the one-line
 * summaries lists show, and which file it came from. The full {@link Guide} is read only when it is shown.
 *
 * @param summary         the guide's summary ({@link Guide#summary()}), shown under it in suggestions and App Home
 * @param timelineSummary its timeline's summary ({@link Guide.Timeline#summary()}), shown in the guide list
 */
public record GuideEntry(String id, Role from, Role to, String summary, String timelineSummary, String sourceFile) {
    public GuideEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(timelineSummary, "timelineSummary");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }

    public static GuideEntry of(Guide guide) {
        return new GuideEntry(guide.id(), guide.from(), guide.to(), guide.summary(), guide.timeline().summary(),
                guide.sourceFile());
    }

    /** The id's hash, as {@link Guide#hashCode()}: consistent with {@code equals}, and cheap in sets of entries. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** "Backend Developer → Cloud Engineer", as {@link Guide#title()}. */
    public String title() {
        return from.name() + " → " + to.name();
    }
}
