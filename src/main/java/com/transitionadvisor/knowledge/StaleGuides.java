package com.transitionadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Guides nobody has reviewed for a year: still served, but worth a look. {@code validate} lists them as warnings,
 * which do not make the folder invalid.
 */
public final class StaleGuides {
    public static final int MONTHS = 12;
    private final Clock clock;

    /**
     * A guide to review: last reviewed over {@link #MONTHS} months ago, or never (no {@code reviewed} date).
     *
     * @param reviewed when it was last reviewed; empty for never
     */
    public record Stale(GuideEntry guide, Optional<LocalDate> reviewed, Optional<String> owner) {
    }

    public StaleGuides(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A warning, with file, line and field, for each guide of {@code knowledge} last reviewed over a year ago. */
    public List<GuideProblem> in(KnowledgeBase knowledge) {
        LocalDate today = LocalDate.now(clock);
        return knowledge.guides().stream()
                .map(entry -> knowledge.guideById(entry.id()).orElseThrow())
                .filter(guide -> guide.freshness().staleOn(today, MONTHS))
                .map(guide -> new GuideProblem(guide.sourceFile(), lineOf(Path.of(guide.sourceFile())), "reviewed",
                        "last reviewed " + guide.freshness().reviewed().orElseThrow() + ", more than " + MONTHS
                                + " months ago" + guide.freshness().owner().map(owner -> " (owner: " + owner + ")").orElse("")
                                + "; check the guide is still right and set reviewed to the day you did"))
                .toList();
    }

    /**
     * Every guide of {@code knowledge} to review, for the authors: those never reviewed first, then the longest
     * unreviewed. {@code validate} warns only about the dated ones ({@link #in}); a guide without a date is valid.
     */
    public List<Stale> toReview(KnowledgeBase knowledge) {
        LocalDate today = LocalDate.now(clock);
        return knowledge.guides().stream()
                .map(entry -> knowledge.guideById(entry.id()).orElseThrow())
                .filter(guide -> guide.freshness().reviewed().isEmpty() || guide.freshness().staleOn(today, MONTHS))
                .map(guide -> new Stale(guide.entry(), guide.freshness().reviewed(), guide.freshness().owner()))
                .sorted(Comparator.comparing((Stale stale) -> stale.reviewed().orElse(LocalDate.MIN))
                        .thenComparing(stale -> stale.guide().title()))
                .toList();
    }

    /** The line of the top-level {@code reviewed:} field; 0 when the file cannot be read again. */
    private static int lineOf(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("reviewed:")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the warning still names the file and field
        }
        return 0;
    }
}
