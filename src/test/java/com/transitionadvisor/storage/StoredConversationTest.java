package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.transitionadvisor.answers.ConversationState;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored form of a conversation keeps up with the conversation state. */
class StoredConversationTest {

    @Test
    void everyFieldOfTheConversationState_hasItsPlaceInTheStoredForm() {
        List<String> state = names(ConversationState.class.getRecordComponents());
        List<String> stored = names(StoredConversation.class.getRecordComponents());
        assertEquals(state.size(), stored.size(), () -> "a field added to ConversationState " + state
                + " must be written by StoredConversation " + stored + ", or copies would lose it between turns");
    }

    private static List<String> names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }
}
