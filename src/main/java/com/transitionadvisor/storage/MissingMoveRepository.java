package com.transitionadvisor.storage;

import com.transitionadvisor.answers.MissingMoves;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Missing moves in the database ({@code missing_move_requests}): one row per request, counted when read. */
public final class MissingMoveRepository implements MissingMoves {
    private final Database database;

    public MissingMoveRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void record(Move move, Instant at) {
        database.withConnection("counting a move without a guide", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO missing_move_requests "
                    + "(from_key, from_known, to_key, to_known, asked_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, move.from().key());
                insert.setBoolean(2, move.from().known());
                insert.setString(3, move.to().key());
                insert.setBoolean(4, move.to().known());
                Sql.setInstant(insert, 5, at);
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<Requested> mostRequested(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return database.withConnection("reading the most requested moves", c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT from_key, from_known, to_key, to_known, COUNT(*) AS times, MAX(asked_at) AS last_asked
                    FROM missing_move_requests
                    GROUP BY from_key, from_known, to_key, to_known
                    ORDER BY times DESC, last_asked DESC, from_key, to_key
                    LIMIT ?""")) {
                select.setInt(1, limit);
                List<Requested> requested = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Move move = new Move(new Side(rs.getString("from_key"), rs.getBoolean("from_known")),
                                new Side(rs.getString("to_key"), rs.getBoolean("to_known")));
                        requested.add(new Requested(move, rs.getLong("times"), Sql.instant(rs, "last_asked")));
                    }
                }
                return requested;
            }
        });
    }
}
