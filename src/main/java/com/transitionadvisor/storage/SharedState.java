package com.transitionadvisor.storage;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.answers.ConversationMemory;
import com.transitionadvisor.answers.InMemoryConversationMemory;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import com.transitionadvisor.slack.EventDeduplicator;
import com.transitionadvisor.slack.InMemoryEventDeduplicator;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where this copy of the app keeps the Slack events it took and each conversation's context. On a database several
 * copies can share (PostgreSQL, or an H2 server) they live in it, so Slack may hand any envelope to any copy; on the
 * embedded H2 file, which only one process can open, they stay in memory. One place decides, for every caller.
 */
public final class SharedState {
    private static final Logger LOG = LoggerFactory.getLogger(SharedState.class);

    private final String copyName;
    private final EventDeduplicator events;
    private final Optional<Database> database;
    private final Clock clock;
    private final Ticker ticker;

    private SharedState(String copyName, EventDeduplicator events, Optional<Database> database, Clock clock, Ticker ticker) {
        this.copyName = copyName;
        this.events = events;
        this.database = database;
        this.clock = clock;
        this.ticker = ticker;
    }

    public static SharedState of(Database database, Clock clock, Ticker ticker) {
        String copyName = CopyName.ofThisProcess();
        if (!sharable(database.config())) {
            return new SharedState(copyName, new InMemoryEventDeduplicator(ticker), Optional.empty(), clock, ticker);
        }
        LOG.info("This copy ({}) shares Slack events, conversations and check-ins with every copy on the database",
                copyName);
        return new SharedState(copyName, new JdbcEventDeduplicator(database, copyName, clock), Optional.of(database),
                clock, ticker);
    }

    /** False only for an embedded H2 database, which one process at a time can open. */
    static boolean sharable(DatabaseConfig config) {
        String url = config.jdbcUrl();
        return !config.isH2() || url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
    }

    /** This copy's name in the rows it holds (events taken, check-ins claimed). */
    public String copyName() {
        return copyName;
    }

    public boolean inDatabase() {
        return database.isPresent();
    }

    public EventDeduplicator events() {
        return events;
    }

    /** The conversation memory over the vocabulary's topics (a stored context names its topic by id). */
    public ConversationMemory conversations(Topics topics) {
        return database.<ConversationMemory>map(db -> new JdbcConversationMemory(db, topics, clock))
                .orElseGet(() -> new InMemoryConversationMemory(ticker));
    }

    /** Deletes event ids and conversations past their time; in memory they expire by themselves. Never throws. */
    public void purgeExpired() {
        database.ifPresent(db -> {
            try {
                int events = JdbcEventDeduplicator.purgeExpired(db, clock.instant());
                int conversations = JdbcConversationMemory.purgeExpired(db, clock.instant());
                LOG.debug("forgot {} old Slack event ids and {} old conversations", events, conversations);
            } catch (RuntimeException e) {
                LOG.warn("forgetting old Slack events and conversations failed; trying again later: {}", e.getMessage());
            }
        });
    }
}
