package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Section;
import java.util.Optional;

/**
 * What a conversation is about so far: the guide and section last discussed, and a question waiting for the
 * person to say which guide they meant.
 */
public record ConversationState(Optional<String> guideId, Optional<Section> section, Optional<String> pendingQuestion) {

    public static ConversationState empty() {
        return new ConversationState(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ConversationState about(String guide, Section newSection) {
        return new ConversationState(Optional.of(guide), Optional.of(newSection), Optional.empty());
    }

    public ConversationState waitingFor(String question) {
        return new ConversationState(guideId, section, Optional.of(question));
    }
}
