package com.transitionadvisor.storage;

import com.transitionadvisor.answers.QuestionLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The question log in the database ({@code unanswered_questions}): questions the guides could not answer and
 * answers people rated, for guide authors. "The same question" means equal after lower-casing and collapsing
 * spaces, as in the in-memory log.
 */
public final class UnansweredQuestionRepository implements QuestionLog {
    static final int MAX_QUESTION = 2000;
    static final int MAX_NORMALIZED = 500;

    private final Database database;

    public UnansweredQuestionRepository(Database database) {
        this.database = database;
    }

    @Override
    public void record(Entry entry) {
        String question = entry.question().strip();
        database.withConnection("logging a question", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO unanswered_questions (question, normalized, asked_at, user_id, reason) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, cut(question, MAX_QUESTION));
                insert.setString(2, cut(normalize(question), MAX_NORMALIZED));
                Sql.setInstant(insert, 3, entry.at());
                insert.setString(4, entry.userId());
                insert.setString(5, entry.reason().name().toLowerCase(Locale.ROOT));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<Frequent> mostFrequent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.withConnection("reading frequent questions", c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT g.times, g.last_asked, q.question
                    FROM (SELECT normalized, COUNT(*) AS times, MAX(asked_at) AS last_asked, MIN(id) AS first_id
                          FROM unanswered_questions WHERE reason <> 'thumbs_up' GROUP BY normalized) g
                    JOIN unanswered_questions q ON q.id = g.first_id
                    ORDER BY g.times DESC, g.last_asked DESC, g.first_id
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

    static String normalize(String question) {
        return question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
