package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.vocabulary.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks every passage of one guide for a question by one fused score: the words' evidence (BM25, saturated so that
 * it stays between 0 and 1), the meaning's (cosine similarity of sentence embeddings) and the topics' (the passage
 * is tagged with the question's strongest topic, or touches one of its topics). No evidence is a filter: a passage
 * that shares no word with the question can still win on meaning, and one off the guessed topic on a rare term.
 */
public final class HybridRanker {
    /** A secondary topic, or a topic the passage only touches on, counts this much of the strongest. */
    private static final float LESSER_TOPIC = 0.5f;

    private final PassageIndex index;
    private final RankingWeights weights;

    public HybridRanker(PassageIndex index, RankingWeights weights) {
        this.index = index;
        this.weights = weights;
    }

    /**
     * One question, as the ranker needs it: the words to match, the sentence to embed, and its topics, of which the
     * first {@code strongest} count fully (a short follow-up keeps the last answer's topic as strong as its own).
     */
    public record Query(String guideId, String words, String meaning, List<Topic> topics, int strongest) {
        public Query {
            topics = List.copyOf(topics);
        }
    }

    /**
     * A passage with its fused score and the evidence behind it.
     *
     * @param rareWordsOnly the passage shares only a rare word or two with the question, not half its words
     */
    public record Ranked(Passage passage, float score, float lexical, float semantic, float topic, boolean rareWordsOnly) {
    }

    /** Every passage of the guide, best first. */
    public List<Ranked> rank(Query query) {
        List<Passage> passages = index.passagesOf(query.guideId());
        PassageIndex.LexicalEvidence lexical = weights.lexical() > 0 && !query.words().isBlank()
                ? index.lexicalScores(query.guideId(), query.words()) : PassageIndex.LexicalEvidence.NONE;
        Map<Integer, Float> semantic = weights.semantic() > 0 && !query.meaning().isBlank()
                ? index.semanticScores(query.guideId(), index.meaningOf(query.meaning())) : Map.of();
        List<Ranked> ranked = new ArrayList<>();
        for (Passage passage : passages) {
            float bm25 = lexical.scores().getOrDefault(passage.position(), 0f);
            float words = bm25 / (bm25 + weights.lexicalSaturation());
            float meaning = semantic.getOrDefault(passage.position(), 0f);
            float topic = topicEvidence(passage, query.topics(), query.strongest());
            float score = weights.lexical() * words + weights.semantic() * meaning + weights.topic() * topic;
            ranked.add(new Ranked(passage, score, words, meaning, topic,
                    lexical.rareWordsOnly().contains(passage.position())));
        }
        ranked.sort(Comparator.comparing(Ranked::score, Comparator.reverseOrder())
                .thenComparingInt(r -> r.passage().position()));
        return ranked;
    }

    private static float topicEvidence(Passage passage, List<Topic> topics, int strongest) {
        float best = 0;
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            float strength = i < strongest ? 1 : LESSER_TOPIC;
            if (passage.topics().contains(topic)) {
                best = Math.max(best, strength);
            } else if (passage.weakTopics().contains(topic) || passage.section() == topic.section()) {
                // touched on, or in the section where the topic lives (a guide may tag no passage with it)
                best = Math.max(best, strength * LESSER_TOPIC);
            }
        }
        return best;
    }
}
