package com.transitionadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Guides nobody has reviewed for a year: still served, but worth a look. {@code validate} lists them as warnings,
 * which do not make the folder invalid.
 */
public final class StaleGuides {
    public static final int MONTHS = 12;
    private final Clock clock;

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
