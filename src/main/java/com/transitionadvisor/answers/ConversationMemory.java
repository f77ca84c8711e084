package com.transitionadvisor.answers;

import java.time.Duration;

/**
 * Each conversation's context, kept for a while so follow-ups work ("and the salary?"); a conversation untouched
 * for {@link #FORGET_AFTER} starts afresh. Keys are opaque: one per direct message channel, one per channel thread,
 * one per person (the guide of their last slash command), one for the console. In memory for a single copy
 * ({@link InMemoryConversationMemory}); in the database when several copies share one (any copy may get the
 * follow-up).
 */
public interface ConversationMemory {
    Duration FORGET_AFTER = Duration.ofMinutes(30);

    /** The conversation's context, or {@link ConversationState#empty()} for a new or forgotten one. */
    ConversationState recall(String conversation);

    void remember(String conversation, ConversationState state);
}
