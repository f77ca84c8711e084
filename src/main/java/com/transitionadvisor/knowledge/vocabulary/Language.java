package com.transitionadvisor.knowledge.vocabulary;

/** Everything {@code language.yml} holds. */
public record Language(SideCues sides, MovingWords moving, JobTitles jobTitles, GoalWords goals,
                       Conversation conversation, OutOfScopeWords outOfScope) {
}
