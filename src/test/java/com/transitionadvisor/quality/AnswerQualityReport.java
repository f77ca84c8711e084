package com.transitionadvisor.quality;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.search.IndexedKnowledge;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.search.RankingWeights;
import com.transitionadvisor.search.semantic.TestEmbedder;
import com.transitionadvisor.understanding.TopicDetector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ablation in {@code docs/ANSWER_QUALITY.md}: both splits of the question set under each mix of evidence
 * (lexical only, semantic only, hybrid; with and without topics). Run with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.transitionadvisor.quality.AnswerQualityReport}
 * or {@code java -cp target/test-classes:target/classes:<test classpath> com.transitionadvisor.quality.AnswerQualityReport [tuning|dev|test|test-by-file|looked-at|all]}.
 */
final class AnswerQualityReport {
    private AnswerQualityReport() {
    }

    public static void main(String[] args) {
        String splits = args.length > 0 ? args[0] : "both";
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(Path.of("knowledge"));
        TopicDetector topics = new TopicDetector(com.transitionadvisor.knowledge.vocabulary.TestVocabulary.REAL);
        List<Guide> guides = knowledge.guides().stream().map(e -> knowledge.guideById(e.id()).orElseThrow()).toList();
        PassageIndex index = PassageIndex.build(guides, new PassageExtractor(topics), TestEmbedder.shared());
        IndexedKnowledge indexed = new IndexedKnowledge(knowledge, index, new IndexedKnowledge.Update(0, guides.size(), 0));
        RankingWeights standard = args.length > 2 ? weights(args[2]) : RankingWeights.standard();
        Map<String, RankingWeights> mixes = new LinkedHashMap<>();
        mixes.put("hybrid, with topics (the app)", standard);
        if (args.length < 2 || !args[1].equals("app")) {
            mixes.put("hybrid, without topics", standard.withTopic(0));
            mixes.put("lexical only, with topics", standard.withSemantic(0));
            mixes.put("lexical only, without topics", standard.withSemantic(0).withTopic(0));
            mixes.put("semantic only, with topics", standard.withLexical(0));
            mixes.put("semantic only, without topics", standard.withLexical(0).withTopic(0));
        }
        System.out.printf(Locale.ROOT, "| evidence | split | right (every check) | right guide and section |%n|---|---|---:|---:|%n");
        for (Map.Entry<String, RankingWeights> mix : mixes.entrySet()) {
            for (QuestionSet set : sets(splits)) {
                Application app = Application.of(indexed, topics, new InMemoryQuestionLog(), Clock.systemUTC(),
                        Ticker.systemTicker(), null, mix.getValue());
                QuestionSetRun run = QuestionSetRun.ask(app, set);
                List<QuestionSetRun.Outcome> all = run.outcomes();
                long right = all.stream().filter(QuestionSetRun.Outcome::right).count();
                long place = all.stream().filter(QuestionSetRun.Outcome::rightPlace).count();
                System.out.printf(Locale.ROOT, "| %s | %s | %d/%d (%.1f%%) | %d/%d (%.1f%%) |%n", mix.getKey(), set.name(),
                        right, all.size(), 100.0 * right / all.size(), place, all.size(), 100.0 * place / all.size());
                if (mix.getValue().equals(standard)) {
                    System.out.println("  " + run.summary() + "\n  why wrong: " + reasons(all));
                    if (!set.name().startsWith("test")) {
                        System.err.println(run.failures());
                    }
                }
            }
        }
    }

    /** How many wrong turns fail each kind of check, without naming the turns (the test split stays unseen). */
    private static Map<String, Long> reasons(List<QuestionSetRun.Outcome> outcomes) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (QuestionSetRun.Outcome outcome : outcomes) {
            outcome.wrong().stream().map(reason -> reason.startsWith("got ") ? "wrong reply: " + reason.substring(4).split(" ")[0]
                            + " for " + outcome.kind() : reason.startsWith("missing") ? "missing a fact" : reason.startsWith("shows")
                            ? "shows a forbidden fact" : "too long for " + outcome.kind())
                    .distinct().forEach(reason -> counts.merge(reason, 1L, Long::sum));
        }
        return counts;
    }

    /** "1,1.5,0.6,4": lexical, semantic, topic, saturation – for trying weights on the tuning split. */
    private static RankingWeights weights(String spec) {
        String[] w = spec.split(",");
        return new RankingWeights(Float.parseFloat(w[0]), Float.parseFloat(w[1]), Float.parseFloat(w[2]),
                Float.parseFloat(w[3]));
    }

    private static List<QuestionSet> sets(String splits) {
        return switch (splits) {
            case "tuning" -> List.of(QuestionSet.tuning());
            case "test" -> List.of(QuestionSet.test());
            case "test-by-file" -> QuestionSet.testByFile();
            case "dev" -> List.of(QuestionSet.dev());
            case "looked-at" -> List.of(QuestionSet.tuning(), QuestionSet.dev());
            default -> List.of(QuestionSet.tuning(), QuestionSet.dev(), QuestionSet.test()); // "all"
        };
    }
}
