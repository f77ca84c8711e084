package com.transitionadvisor.answers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A question log kept in memory, bounded; for tests and benchmarks. */
public final class InMemoryQuestionLog implements QuestionLog {
    private static final int MAX_ENTRIES = 10_000;

    private record VoteKey(String answerId, String userId) {
    }

    private record CastVote(boolean helpful, Instant at) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final LinkedHashMap<String, AnswerRecord> answers = new LinkedHashMap<>();
    private final Map<VoteKey, CastVote> votes = new HashMap<>();

    @Override
    public synchronized void record(Entry entry) {
        if (entries.size() == MAX_ENTRIES) {
            entries.remove(0);
        }
        entries.add(entry);
    }

    @Override
    public synchronized void recordAnswer(AnswerRecord answer) {
        if (answers.size() == MAX_ENTRIES) {
            String oldest = answers.keySet().iterator().next();
            answers.remove(oldest);
            votes.keySet().removeIf(key -> key.answerId().equals(oldest));
        }
        answers.put(answer.id(), answer);
    }

    @Override
    public synchronized Optional<AnswerRecord> answer(String answerId) {
        return Optional.ofNullable(answers.get(answerId));
    }

    @Override
    public synchronized Vote vote(String answerId, String userId, boolean helpful, Instant at) {
        if (!answers.containsKey(answerId)) {
            return Vote.NO_SUCH_ANSWER;
        }
        CastVote before = votes.put(new VoteKey(answerId, userId), new CastVote(helpful, at));
        return before == null ? Vote.COUNTED : before.helpful() == helpful ? Vote.UNCHANGED : Vote.CHANGED;
    }

    @Override
    public synchronized List<Frequent> mostFrequent(int limit) {
        Map<String, Frequent> byQuestion = new LinkedHashMap<>();
        for (Entry entry : entries) {
            count(byQuestion, entry.question(), entry.at());
        }
        votes.forEach((key, vote) -> {
            if (!vote.helpful()) {
                count(byQuestion, answers.get(key.answerId()).question(), vote.at());
            }
        });
        return byQuestion.values().stream()
                .sorted(Comparator.comparingLong(Frequent::count).reversed().thenComparing(Frequent::lastAsked, Comparator.reverseOrder()))
                .limit(Math.max(0, limit))
                .toList();
    }

    private static void count(Map<String, Frequent> byQuestion, String question, Instant at) {
        byQuestion.merge(QuestionLog.normalized(question), new Frequent(question, 1, at),
                (a, b) -> new Frequent(a.question(), a.count() + 1, a.lastAsked().isAfter(b.lastAsked()) ? a.lastAsked() : b.lastAsked()));
    }

    @Override
    public synchronized int purgeBefore(Instant cutoff) {
        int before = entries.size() + answers.size() + votes.size();
        entries.removeIf(entry -> entry.at().isBefore(cutoff));
        answers.values().removeIf(answer -> answer.at().isBefore(cutoff));
        votes.keySet().removeIf(vote -> !answers.containsKey(vote.answerId()));
        return before - entries.size() - answers.size() - votes.size();
    }
}
