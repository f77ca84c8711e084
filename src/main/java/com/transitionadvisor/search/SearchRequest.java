package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import java.util.List;
import java.util.Optional;

/**
 * What to look for: the question's content words, its topics (strongest first), and optionally the guide and
 * section to search in. A passage qualifies by carrying one of the topics or by containing half of the content
 * words. With {@code strictContent}, a question with two or more content words must match all but a quarter
 * of them and topics only rank; otherwise it still qualifies by topic.
 */
public record SearchRequest(String contentText, List<Topic> topics, Optional<String> guideId,
                            Optional<Section> section, boolean strictContent, int limit) {
    public SearchRequest {
        topics = List.copyOf(topics);
    }

    public static SearchRequest inGuide(String guideId, String contentText, List<Topic> topics, int limit) {
        return new SearchRequest(contentText, topics, Optional.of(guideId), Optional.empty(), false, limit);
    }

    public static SearchRequest everywhere(String contentText, List<Topic> topics, int limit) {
        return new SearchRequest(contentText, topics, Optional.empty(), Optional.empty(), false, limit);
    }

    public SearchRequest inSection(Section only) {
        return new SearchRequest(contentText, topics, guideId, Optional.of(only), strictContent, limit);
    }

    public SearchRequest strict() {
        return new SearchRequest(contentText, topics, guideId, section, true, limit);
    }
}
