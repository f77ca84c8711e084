package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import java.util.List;
import java.util.Optional;

/**
 * What a conversation is about so far: the guide, section and topic last discussed, a question waiting for the
 * person to say which guide they meant, and the role the person said they have ("I'm a backend dev"), which
 * still tells the direction after a move without a guide; the question and passage last answered, which a
 * short follow-up continues ("how do I fix that?" wants more than the passage it follows); and the list items the
 * last answer showed, in the order shown, which a follow-up may point at by place ("how do I close the first one?").
 *
 * @param shownItems the positions in the guide of the passages the last answer showed, in the order shown
 */
public record ConversationState(Optional<String> guideId, Optional<Section> section, Optional<Topic> topic,
                                Optional<String> pendingQuestion, Optional<String> ownRoleId,
                                Optional<String> lastQuestion, Optional<Integer> lastPassage, List<Integer> shownItems) {
    public ConversationState {
        shownItems = List.copyOf(shownItems);
    }

    public static ConversationState empty() {
        return new ConversationState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * The conversation is now about this guide and section. What was last shown is forgotten: its positions are
     * those of the guide it came from, and a card shown since ({@code /transition … paths}) is not a list answer.
     */
    public ConversationState about(String guide, Section newSection, Optional<Topic> newTopic) {
        return new ConversationState(Optional.of(guide), Optional.of(newSection), newTopic, Optional.empty(), ownRoleId,
                lastQuestion, Optional.empty(), List.of());
    }

    public ConversationState waitingFor(String question) {
        return new ConversationState(guideId, section, topic, Optional.of(question), ownRoleId, lastQuestion, lastPassage,
                shownItems);
    }

    /** The person said which role they have now. */
    public ConversationState ownRole(String roleId) {
        return new ConversationState(guideId, section, topic, pendingQuestion, Optional.of(roleId), lastQuestion,
                lastPassage, shownItems);
    }

    /** The question just answered, which a short follow-up ("for how long?") continues. */
    public ConversationState asked(String question) {
        return new ConversationState(guideId, section, topic, pendingQuestion, ownRoleId, Optional.of(question),
                lastPassage, shownItems);
    }

    /**
     * The passage that answered last, by its position in the guide (titles repeat: every interview tip is "Interview
     * framing"), or none when the last reply was no single passage; and the list items it showed, in order.
     */
    public ConversationState answeredBy(Optional<Integer> passagePosition, List<Integer> items) {
        return new ConversationState(guideId, section, topic, pendingQuestion, ownRoleId, lastQuestion, passagePosition,
                items);
    }
}
