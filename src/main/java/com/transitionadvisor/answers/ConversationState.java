package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.understanding.Topic;
import java.util.Optional;

/**
 * What a conversation is about so far: the guide, section and topic last discussed, and a question waiting
 * for the person to say which guide they meant.
 */
public record ConversationState(Optional<String> guideId, Optional<Section> section, Optional<Topic> topic,
                                Optional<String> pendingQuestion) {

    public static ConversationState empty() {
        return new ConversationState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ConversationState about(String guide, Section newSection, Optional<Topic> newTopic) {
        return new ConversationState(Optional.of(guide), Optional.of(newSection), newTopic, Optional.empty());
    }

    public ConversationState waitingFor(String question) {
        return new ConversationState(guideId, section, topic, Optional.of(question));
    }
}
