package com.transitionadvisor.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A question log kept in memory, bounded; for tests and as a fallback when no database is configured. */
public final class InMemoryQuestionLog implements QuestionLog {
    private static final int MAX_ENTRIES = 10_000;
    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void record(Entry entry) {
        if (entries.size() == MAX_ENTRIES) {
            entries.remove(0);
        }
        entries.add(entry);
    }

    @Override
    public synchronized List<Frequent> mostFrequent(int limit) {
        Map<String, Frequent> byQuestion = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!entry.reason().needsWork()) {
                continue;
            }
            String key = entry.question().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            byQuestion.merge(key, new Frequent(entry.question().strip(), 1, entry.at()),
                    (a, b) -> new Frequent(a.question(), a.count() + 1, a.lastAsked().isAfter(b.lastAsked()) ? a.lastAsked() : b.lastAsked()));
        }
        return byQuestion.values().stream()
                .sorted(Comparator.comparingLong(Frequent::count).reversed().thenComparing(Frequent::lastAsked, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }
}
