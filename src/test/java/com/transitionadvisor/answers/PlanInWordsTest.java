package com.transitionadvisor.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which messages ask for a plan in words, with the cues of the real language.yml. */
class PlanInWordsTest {
    private static final PlanInWords WORDS = new PlanInWords(TestVocabulary.REAL.language().planRequests());

    @ParameterizedTest
    @ValueSource(strings = {
            "make me a study plan, 5 hours a week",
            "Can you create a learning plan for me?",
            "I'd like a roadmap from backend developer to cloud engineer",
            "please put together a plan, full-time, starting next monday",
            "I need a study plan",
            "give me a plan"})
    void read_requestsToMakeAPlan_areMake(String text) {
        assertEquals(Optional.of(PlanInWords.Ask.MAKE), WORDS.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"my plan", "my study plan?", "show me my plan", "where's my study plan", "what's my plan?"})
    void read_requestsToSeeTheirPlan_areShow(String text) {
        assertEquals(Optional.of(PlanInWords.Ask.SHOW), WORDS.read(text));
    }

    /** Questions about a guide's timeline, from the question sets: they stay questions. */
    @ParameterizedTest
    @ValueSource(strings = {
            "what do i do in what order? cloud eng moving to backend, want a rough plan",
            "backend developer → cloud engineer, what are the phases of the plan?",
            "java backend developer here, I want to become an azure engineer. what's the plan month by month?",
            "backend dev to cloud engineer – can you break the study plan down month by month?",
            "what's the study plan for the first two months?",
            "I'm a backend developer planning a move into cloud engineering.",
            "my terraform plan keeps failing – can you fix my main.tf if I paste it?",
            "and when in the plan does that happen?",
            "how long will it take?"})
    void read_questionsAboutAGuidesPlan_areNotPlanRequests(String text) {
        assertEquals(Optional.empty(), WORDS.read(text));
    }
}
