package com.transitionadvisor.quality;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.search.HybridRanker;
import com.transitionadvisor.search.PassageExtractor;
import com.transitionadvisor.search.PassageIndex;
import com.transitionadvisor.search.RankingWeights;
import com.transitionadvisor.search.semantic.TestEmbedder;
import com.transitionadvisor.understanding.Question;
import com.transitionadvisor.understanding.QuestionInterpreter;
import com.transitionadvisor.understanding.RoleMatcher;
import com.transitionadvisor.understanding.TopicDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * For whoever tunes the ranking on the tuning split: prints, for a guide and a question, how the interpreter read it
 * and the evidence behind each of the best passages. {@code java -cp … RankingProbe <guide id> "<question>"}.
 */
final class RankingProbe {
    private RankingProbe() {
    }

    public static void main(String[] args) {
        KnowledgeBase knowledge = new KnowledgeBaseLoader().load(Path.of("knowledge"));
        TopicDetector topics = new TopicDetector(com.transitionadvisor.knowledge.vocabulary.TestVocabulary.REAL);
        List<Guide> guides = knowledge.guides().stream().map(e -> knowledge.guideById(e.id()).orElseThrow()).toList();
        PassageIndex index = PassageIndex.build(guides, new PassageExtractor(topics), TestEmbedder.shared());
        HybridRanker ranker = new HybridRanker(index, RankingWeights.standard());
        QuestionInterpreter interpreter = new QuestionInterpreter(new RoleMatcher(knowledge.roles()), topics, topics.vocabulary());
        for (int i = 1; i < args.length; i++) {
            Question question = interpreter.interpret(args[i]);
            System.out.println("== " + args[i] + "\n   from " + question.from().map(r -> r.id()).orElse("-") + " to "
                    + question.to().map(r -> r.id()).orElse("-") + " unplaced " + question.unplaced().stream().map(r -> r.id()).toList()
                    + " clear " + question.clearSides() + "\n   topics " + question.topics() + " words '" + question.searchText() + "'");
            ranker.rank(new HybridRanker.Query(args[0], question.searchText(), args[i], question.topics(), 1))
                    .stream().limit(6).forEach(r -> System.out.println(String.format(Locale.ROOT,
                            "   %.3f  lex %.2f sem %.2f topic %.2f  %s: %s", r.score(), r.lexical(), r.semantic(),
                            r.topic(), r.passage().section().key(), r.passage().title())));
        }
    }
}
