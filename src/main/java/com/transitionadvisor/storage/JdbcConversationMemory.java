package com.transitionadvisor.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.transitionadvisor.answers.ConversationMemory;
import com.transitionadvisor.answers.ConversationState;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation context in the database ({@code conversation_states}), so a follow-up is understood by whichever copy
 * of the app Slack hands it to. Each write keeps the conversation for {@link #FORGET_AFTER} more; older rows read as
 * a fresh conversation and are deleted by {@link #purgeExpired}. A database that fails for a moment costs the
 * context of that one turn (logged), never the answer.
 */
public final class JdbcConversationMemory implements ConversationMemory {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcConversationMemory.class);

    private final Database database;
    private final Topics topics;
    private final Clock clock;
    /** A field written by a newer copy during a rolling deploy is skipped by an older one, not an error. */
    private final ObjectMapper json = JsonMapper.builder().addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** @param topics the vocabulary's topics, by which a stored topic id is read back */
    public JdbcConversationMemory(Database database, Topics topics, Clock clock) {
        this.database = database;
        this.topics = topics;
        this.clock = clock;
    }

    @Override
    public ConversationState recall(String conversation) {
        Optional<String> stored;
        try {
            stored = database.withConnection("reading a conversation", c -> {
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT state FROM conversation_states WHERE conversation_key = ? AND expires_at > ?")) {
                    select.setString(1, conversation);
                    Sql.setInstant(select, 2, clock.instant());
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? Optional.of(row.getString("state")) : Optional.<String>empty();
                    }
                }
            });
        } catch (StorageException e) {
            LOG.warn("reading a conversation's context failed; answering without it: {}", e.getMessage());
            return ConversationState.empty();
        }
        return stored.map(this::read).orElseGet(ConversationState::empty);
    }

    @Override
    public void remember(String conversation, ConversationState state) {
        String text;
        try {
            text = json.writeValueAsString(StoredConversation.of(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a conversation state could not be written as JSON", e);
        }
        Instant now = clock.instant();
        try {
            database.withConnection("saving a conversation", c -> {
                if (update(c, conversation, text, now)) {
                    return null;
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO conversation_states "
                        + "(conversation_key, state, updated_at, expires_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, conversation);
                    insert.setString(2, text);
                    Sql.setInstant(insert, 3, now);
                    Sql.setInstant(insert, 4, now.plus(FORGET_AFTER));
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!Sql.isUniqueViolation(e)) {
                        throw e;
                    }
                    // Another copy wrote the same conversation a moment ago: the later turn wins.
                    update(c, conversation, text, now);
                }
                return null;
            });
        } catch (StorageException e) {
            LOG.warn("saving a conversation's context failed; the next turn starts afresh: {}", e.getMessage());
        }
    }

    /** Deletes conversations nobody touched for {@link #FORGET_AFTER} at {@code now}; returns how many. */
    public static int purgeExpired(Database database, Instant now) {
        return database.withConnection("forgetting old conversations", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM conversation_states WHERE expires_at <= ?")) {
                Sql.setInstant(delete, 1, now);
                return delete.executeUpdate();
            }
        });
    }

    private ConversationState read(String text) {
        try {
            return json.readValue(text, StoredConversation.class).state(topics);
        } catch (JsonProcessingException e) {
            LOG.warn("a stored conversation could not be read ({}); starting it afresh", e.getOriginalMessage());
            return ConversationState.empty();
        }
    }

    private static boolean update(Connection c, String conversation, String text, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE conversation_states SET state = ?, updated_at = ?, "
                + "expires_at = ? WHERE conversation_key = ?")) {
            update.setString(1, text);
            Sql.setInstant(update, 2, now);
            Sql.setInstant(update, 3, now.plus(FORGET_AFTER));
            update.setString(4, conversation);
            return update.executeUpdate() > 0;
        }
    }
}
