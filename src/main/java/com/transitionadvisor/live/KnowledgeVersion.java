package com.transitionadvisor.live;

import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.search.IndexedKnowledge;

/**
 * Everything one version of the knowledge folder decides: the guides and their search index, and the parts that
 * read roles, moves and questions with that version's roles and vocabulary. Replaced whole when the folder changes.
 */
public record KnowledgeVersion(IndexedKnowledge indexed, Assistant.Knowledge assistant, PlanDesk.Knowledge plans) {

    public KnowledgeBase knowledge() {
        return indexed.knowledge();
    }
}
