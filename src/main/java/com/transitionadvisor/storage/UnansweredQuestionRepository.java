package com.transitionadvisor.storage;

import com.transitionadvisor.answers.QuestionLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The question log in the database: unanswered questions ({@code unanswered_questions}), the answers 👍/👎 refer to
 * ({@code answer_records}) and one vote per person per answer ({@code answer_votes}). "The same question" means
 * equal after lower-casing and collapsing spaces, as in the in-memory log.
 */
public final class UnansweredQuestionRepository implements QuestionLog {
    static final int MAX_QUESTION = 2000;
    static final int MAX_NORMALIZED = 500;
    private static final int MAX_PASSAGE = 400;

    private final Database database;

    public UnansweredQuestionRepository(Database database) {
        this.database = database;
    }

    @Override
    public void record(Entry entry) {
        database.withConnection("logging a question", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO unanswered_questions (question, normalized, asked_at, user_id, reason) VALUES (?, ?, ?, ?, 'unanswered')")) {
                insert.setString(1, cut(entry.question(), MAX_QUESTION));
                insert.setString(2, cut(QuestionLog.normalized(entry.question()), MAX_NORMALIZED));
                Sql.setInstant(insert, 3, entry.at());
                insert.setString(4, entry.userId());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public void recordAnswer(AnswerRecord answer) {
        database.withConnection("recording an answer", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO answer_records (id, question, normalized, guide_id, "
                    + "section_key, passage, user_id, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, answer.id());
                insert.setString(2, cut(answer.question(), MAX_QUESTION));
                insert.setString(3, cut(QuestionLog.normalized(answer.question()), MAX_NORMALIZED));
                insert.setString(4, answer.guideId());
                insert.setString(5, answer.section());
                insert.setString(6, cut(answer.passage(), MAX_PASSAGE));
                insert.setString(7, answer.userId());
                Sql.setInstant(insert, 8, answer.at());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<AnswerRecord> answer(String answerId) {
        return database.withConnection("reading an answer", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, question, guide_id, section_key, passage, user_id, "
                    + "answered_at FROM answer_records WHERE id = ?")) {
                select.setString(1, answerId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new AnswerRecord(rs.getString("id"), rs.getString("question"), rs.getString("guide_id"),
                            rs.getString("section_key"), rs.getString("passage"), rs.getString("user_id"),
                            Sql.instant(rs, "answered_at")));
                }
            }
        });
    }

    @Override
    public Vote vote(String answerId, String userId, boolean helpful, Instant at) {
        try {
            return database.inTransaction("recording a vote", c -> {
                Optional<Boolean> before = currentVote(c, answerId, userId);
                if (before.isPresent()) {
                    return change(c, answerId, userId, helpful, at, before.get());
                }
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO answer_votes (answer_id, user_id, helpful, voted_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, answerId);
                    insert.setString(2, userId);
                    insert.setBoolean(3, helpful);
                    Sql.setInstant(insert, 4, at);
                    insert.executeUpdate();
                    return Vote.COUNTED;
                }
            });
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException sql && Sql.isForeignKeyViolation(sql)) {
                return Vote.NO_SUCH_ANSWER;
            }
            if (e.getCause() instanceof SQLException sql && Sql.isUniqueViolation(sql)) {
                // two clicks at once: the other one was inserted first, so this one changes (or keeps) that vote
                return database.inTransaction("recording a vote", c -> change(c, answerId, userId, helpful, at,
                        currentVote(c, answerId, userId).orElse(helpful)));
            }
            throw e;
        }
    }

    private static Optional<Boolean> currentVote(Connection c, String answerId, String userId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT helpful FROM answer_votes WHERE answer_id = ? AND user_id = ? FOR UPDATE")) {
            select.setString(1, answerId);
            select.setString(2, userId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBoolean("helpful")) : Optional.empty();
            }
        }
    }

    private static Vote change(Connection c, String answerId, String userId, boolean helpful, Instant at, boolean before)
            throws SQLException {
        if (before == helpful) {
            return Vote.UNCHANGED;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE answer_votes SET helpful = ?, voted_at = ? WHERE answer_id = ? AND user_id = ?")) {
            update.setBoolean(1, helpful);
            Sql.setInstant(update, 2, at);
            update.setString(3, answerId);
            update.setString(4, userId);
            update.executeUpdate();
            return Vote.CHANGED;
        }
    }

    @Override
    public List<Frequent> mostFrequent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.withConnection("reading frequent questions", c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT normalized, COUNT(*) AS times, MAX(at) AS last_asked, MIN(question) AS question
                    FROM (SELECT normalized, question, asked_at AS at FROM unanswered_questions
                          UNION ALL
                          SELECT r.normalized, r.question, v.voted_at AS at
                          FROM answer_votes v JOIN answer_records r ON r.id = v.answer_id
                          WHERE v.helpful = FALSE) asked
                    GROUP BY normalized
                    ORDER BY times DESC, last_asked DESC, normalized
                    LIMIT ?""")) {
                select.setInt(1, limit);
                List<Frequent> frequent = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        frequent.add(new Frequent(rs.getString("question"), rs.getLong("times"), Sql.instant(rs, "last_asked")));
                    }
                }
                return frequent;
            }
        });
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return database.inTransaction("purging old questions", c ->
                // votes always come after their answer, so they go with it (the foreign key cascades too)
                deleteBefore(c, "DELETE FROM answer_votes WHERE answer_id IN (SELECT id FROM answer_records WHERE answered_at < ?)", cutoff)
                        + deleteBefore(c, "DELETE FROM answer_records WHERE answered_at < ?", cutoff)
                        + deleteBefore(c, "DELETE FROM unanswered_questions WHERE asked_at < ?", cutoff));
    }

    private static int deleteBefore(Connection c, String delete, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(delete)) {
            Sql.setInstant(statement, 1, cutoff);
            return statement.executeUpdate();
        }
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
