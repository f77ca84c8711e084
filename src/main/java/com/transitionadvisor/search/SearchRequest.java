package com.transitionadvisor.search;

import com.transitionadvisor.understanding.Topic;
import java.util.List;
import java.util.Optional;

/**
 * What to look for: the question's content words, its topics, and optionally the one guide to search in.
 * Without topics, a passage must contain at least half of the content words to count as an answer.
 */
public record SearchRequest(String contentText, List<Topic> topics, Optional<String> guideId, int limit) {
    public SearchRequest {
        topics = List.copyOf(topics);
    }
}
