package com.transitionadvisor.knowledge.vocabulary;

/** Everything {@code language.yml} holds. */
public record Language(SideCues sides, MovingWords moving, JobTitles jobTitles, GoalWords goals,
                       Conversation conversation, OutOfScopeWords outOfScope, PlanRequestWords planRequests) {

    /** Without {@code plan_requests} (a language file written before it existed). */
    public Language(SideCues sides, MovingWords moving, JobTitles jobTitles, GoalWords goals,
                    Conversation conversation, OutOfScopeWords outOfScope) {
        this(sides, moving, jobTitles, goals, conversation, outOfScope, PlanRequestWords.none());
    }
}
