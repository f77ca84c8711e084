package com.transitionadvisor.render;

import com.transitionadvisor.knowledge.Guide;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a guide's owner and last review are written in the source line of what it answers. */
final class Reviewed {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Reviewed() {
    }

    /** "reviewed 20 November 2026", when the guide says. */
    static Optional<String> when(Guide guide) {
        return guide.freshness().reviewed().map(day -> "reviewed " + DAY.format(day));
    }

    /** "Guide by Career coaching team · last reviewed 20 November 2026", or empty when the guide says neither. */
    static Optional<String> sourceLine(Guide guide) {
        List<String> parts = new ArrayList<>();
        guide.freshness().owner().ifPresent(owner -> parts.add("Guide by " + owner));
        when(guide).ifPresent(reviewed -> parts.add(parts.isEmpty() ? "Last " + reviewed : "last " + reviewed));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }
}
