package com.transitionadvisor.storage;

import com.transitionadvisor.slack.EventDeduplicator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack event ids in the database ({@code slack_events_taken}), shared by every copy of the app, so a redelivery
 * that Slack hands to another copy is not answered again. One statement takes each delivery, so two copies offered
 * the same event at the same moment never both answer it. When the database cannot be reached the event is answered
 * (logged): a rare double answer is better than a silent bot.
 */
public final class JdbcEventDeduplicator implements EventDeduplicator {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventDeduplicator.class);
    private static final int MAX_ID = 128;

    private final Database database;
    private final String holder;
    private final Clock clock;
    private final Duration takeoverAfter;

    /** @param holder this copy's name ({@link CopyName#ofThisProcess()}) */
    public JdbcEventDeduplicator(Database database, String holder, Clock clock) {
        this(database, holder, clock, TAKEOVER_AFTER);
    }

    /** @param takeoverAfter how long a taken, unanswered event is left to its holder (tests shorten it) */
    public JdbcEventDeduplicator(Database database, String holder, Clock clock, Duration takeoverAfter) {
        this.database = database;
        this.holder = holder;
        this.clock = clock;
        this.takeoverAfter = takeoverAfter;
    }

    @Override
    public Decision take(String eventId) {
        if (eventId == null || eventId.isBlank() || eventId.length() > MAX_ID) {
            return Decision.ANSWER;
        }
        Instant now = clock.instant();
        try {
            return database.withConnection("taking a Slack event", c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO slack_events_taken "
                        + "(event_id, holder, taken_at, answered, expires_at) VALUES (?, ?, ?, FALSE, ?) "
                        + "ON CONFLICT DO NOTHING")) {
                    insert.setString(1, eventId);
                    insert.setString(2, holder);
                    Sql.setInstant(insert, 3, now);
                    Sql.setInstant(insert, 4, now.plus(REMEMBER_FOR));
                    if (insert.executeUpdate() > 0) {
                        return Decision.ANSWER;
                    }
                }
                // Taken before: take it over only if another holder never answered it and had the time to.
                try (PreparedStatement takeOver = c.prepareStatement("UPDATE slack_events_taken SET holder = ?, "
                        + "taken_at = ?, answered = FALSE, expires_at = ? WHERE event_id = ? AND (expires_at <= ? "
                        + "OR (answered = FALSE AND taken_at <= ? AND holder <> ?))")) {
                    takeOver.setString(1, holder);
                    Sql.setInstant(takeOver, 2, now);
                    Sql.setInstant(takeOver, 3, now.plus(REMEMBER_FOR));
                    takeOver.setString(4, eventId);
                    Sql.setInstant(takeOver, 5, now);
                    Sql.setInstant(takeOver, 6, now.minus(takeoverAfter));
                    takeOver.setString(7, holder);
                    if (takeOver.executeUpdate() > 0) {
                        LOG.info("an event taken by another copy was never answered; answering its redelivery");
                        return Decision.ANSWER;
                    }
                }
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT holder, answered FROM slack_events_taken WHERE event_id = ?")) {
                    select.setString(1, eventId);
                    try (ResultSet row = select.executeQuery()) {
                        boolean heldElsewhere = row.next() && !row.getBoolean("answered")
                                && !holder.equals(row.getString("holder"));
                        return heldElsewhere ? Decision.HELD_ELSEWHERE : Decision.DUPLICATE;
                    }
                }
            });
        } catch (StorageException e) {
            LOG.warn("could not check a Slack event against those already answered; answering it: {}", e.getMessage());
            return Decision.ANSWER;
        }
    }

    @Override
    public void answered(String eventId) {
        if (eventId == null || eventId.isBlank() || eventId.length() > MAX_ID) {
            return;
        }
        try {
            database.withConnection("marking a Slack event answered", c -> {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE slack_events_taken SET answered = TRUE WHERE event_id = ?")) {
                    update.setString(1, eventId);
                    return update.executeUpdate();
                }
            });
        } catch (StorageException e) {
            LOG.warn("could not mark a Slack event answered: {}", e.getMessage());
        }
    }

    /** Forgets event ids older than {@link #REMEMBER_FOR} at {@code now}; returns how many. */
    public static int purgeExpired(Database database, Instant now) {
        return database.withConnection("forgetting old Slack events", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM slack_events_taken WHERE expires_at <= ?")) {
                Sql.setInstant(delete, 1, now);
                return delete.executeUpdate();
            }
        });
    }
}
