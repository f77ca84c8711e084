package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.transitionadvisor.answers.ConversationState;
import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    @Test
    void aRowWrittenBeforeTheLastPassageWasKept_readsWithoutOneAndKeepsTheRest() throws Exception {
        ObjectMapper json = JsonMapper.builder().addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String older = "{\"guide\":\"backend-developer-to-cloud-engineer\",\"section\":\"gaps\",\"lastQuestion\":\"is networking hard?\"}";

        ConversationState state = json.readValue(older, StoredConversation.class).state(TestVocabulary.REAL.topics());

        assertEquals(Optional.of("backend-developer-to-cloud-engineer"), state.guideId());
        assertEquals(Optional.of("is networking hard?"), state.lastQuestion());
        assertEquals(Optional.empty(), state.lastPassage());
        assertEquals(Optional.empty(), state.ownRoleId());
        assertEquals(List.of(), state.shownItems());
    }

    @Test
    void theListItemsShown_areWrittenAndReadBackInTheirOrder() throws Exception {
        ObjectMapper json = JsonMapper.builder().addModule(new Jdk8Module()).build();
        ConversationState shown = ConversationState.empty().about("backend-developer-to-cloud-engineer",
                com.transitionadvisor.knowledge.Section.GAPS, Optional.empty()).answeredBy(Optional.empty(), List.of(14, 12, 20));

        String written = json.writeValueAsString(StoredConversation.of(shown));
        ConversationState read = json.readValue(written, StoredConversation.class).state(TestVocabulary.REAL.topics());

        assertEquals(List.of(14, 12, 20), read.shownItems());
    }

    private static List<String> names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }
}
