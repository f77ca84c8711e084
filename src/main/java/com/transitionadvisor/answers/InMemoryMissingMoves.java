package com.transitionadvisor.answers;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Missing moves counted in memory; for tests and an app without a database. */
public final class InMemoryMissingMoves implements MissingMoves {
    /** Distinct moves kept; a request for one more than this is not counted. */
    private static final int MAX_MOVES = 10_000;

    private final Map<Move, Requested> counts = new LinkedHashMap<>();

    @Override
    public synchronized void record(Move move, Instant at) {
        if (counts.size() >= MAX_MOVES && !counts.containsKey(move)) {
            return;
        }
        counts.merge(move, new Requested(move, 1, at), (a, b) -> new Requested(move, a.count() + 1,
                a.lastAsked().isAfter(b.lastAsked()) ? a.lastAsked() : b.lastAsked()));
    }

    @Override
    public synchronized List<Requested> mostRequested(int limit) {
        return counts.values().stream()
                .sorted(Comparator.comparingLong(Requested::count).reversed()
                        .thenComparing(Requested::lastAsked, Comparator.reverseOrder()))
                .limit(Math.max(0, limit))
                .toList();
    }
}
