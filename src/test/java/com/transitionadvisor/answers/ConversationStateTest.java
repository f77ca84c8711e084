package com.transitionadvisor.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.transitionadvisor.knowledge.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a conversation remembers between turns. */
class ConversationStateTest {

    @Test
    void aNewGuideOrSection_forgetsThePassagesShownBefore_whosePositionsBelongToTheOldOne() {
        ConversationState shown = ConversationState.empty()
                .about("backend-developer-to-cloud-engineer", Section.GAPS, Optional.empty())
                .answeredBy(Optional.of(12), List.of(12, 14, 16));

        ConversationState moved = shown.about("cloud-engineer-to-backend-developer", Section.OVERVIEW, Optional.empty());

        assertEquals(List.of(), moved.shownItems());
        assertEquals(Optional.empty(), moved.lastPassage());
        assertEquals(List.of(12, 14, 16), shown.asked("and the last one?").shownItems(), "a question alone keeps them");
    }
}
