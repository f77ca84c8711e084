package com.transitionadvisor.storage;

import com.transitionadvisor.answers.ConversationState;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import java.util.List;
import java.util.Optional;

/**
 * A conversation's context as it is written to {@code conversation_states} (JSON through Jackson): the section by
 * its key and the topic by its id, so the row stays readable by a copy whose vocabulary was edited since. A topic
 * no longer in the vocabulary is forgotten; the rest of the context is kept.
 */
record StoredConversation(Optional<String> guide, Optional<String> section, Optional<String> topic,
                          Optional<String> pendingQuestion, Optional<String> ownRole, Optional<String> lastQuestion,
                          Optional<Integer> lastPassage, List<Integer> shownItems) {

    /** Rows written before a field existed lack it: absent, as if never set. */
    StoredConversation {
        guide = present(guide);
        section = present(section);
        topic = present(topic);
        pendingQuestion = present(pendingQuestion);
        ownRole = present(ownRole);
        lastQuestion = present(lastQuestion);
        lastPassage = lastPassage == null ? Optional.empty() : lastPassage;
        shownItems = shownItems == null ? List.of() : List.copyOf(shownItems);
    }

    @SuppressWarnings("OptionalAssignedToNull")
    private static Optional<String> present(Optional<String> read) {
        return read == null ? Optional.empty() : read;
    }

    static StoredConversation of(ConversationState state) {
        return new StoredConversation(state.guideId(), state.section().map(Section::key), state.topic().map(Topic::id),
                state.pendingQuestion(), state.ownRoleId(), state.lastQuestion(), state.lastPassage(),
                state.shownItems());
    }

    ConversationState state(Topics topics) {
        return new ConversationState(guide, section.flatMap(Section::fromKey), topic.flatMap(topics::byId),
                pendingQuestion, ownRole, lastQuestion, lastPassage, shownItems);
    }
}
