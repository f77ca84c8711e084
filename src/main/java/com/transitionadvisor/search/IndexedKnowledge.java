package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.KnowledgeBase;

/**
 * A loaded knowledge base together with the search index over its passages.
 *
 * @param update how many guide files were taken from the index as they were, read again, and dropped
 */
public record IndexedKnowledge(KnowledgeBase knowledge, PassageIndex passages, Update update) {

    public record Update(int unchanged, int read, int removed) {
    }
}
