package com.transitionadvisor.search;

/**
 * How much each kind of evidence counts when the passages of a guide are ranked for a question: the question's
 * own words (BM25, so a rare exact term wins), its meaning (sentence embeddings, so a paraphrase finds its passage),
 * and the topics it was understood to be about. Set a weight to 0 to leave that evidence out (the ablation in
 * {@code docs/ANSWER_QUALITY.md}).
 *
 * @param lexicalSaturation the BM25 score at which the words' evidence is half its weight
 */
public record RankingWeights(float lexical, float semantic, float topic, float lexicalSaturation) {
    public static RankingWeights standard() {
        return new RankingWeights(1.0f, 1.0f, 0.6f, 4f);
    }

    public RankingWeights withLexical(float weight) {
        return new RankingWeights(weight, semantic, topic, lexicalSaturation);
    }

    public RankingWeights withSemantic(float weight) {
        return new RankingWeights(lexical, weight, topic, lexicalSaturation);
    }

    public RankingWeights withTopic(float weight) {
        return new RankingWeights(lexical, semantic, weight, lexicalSaturation);
    }
}
