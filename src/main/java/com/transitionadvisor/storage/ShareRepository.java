package com.transitionadvisor.storage;

import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.Share;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans posted into channels ({@code plan_shares}), and whether their owner withdrew them. */
public final class ShareRepository {
    private static final String COLUMNS = "id, owner_id, channel_id, message_ts, guide_id, guide_title, pace, shared_at, plan_id, withdrawn_at";

    private final Database database;

    public ShareRepository(Database database) {
        this.database = database;
    }

    public void insert(Share share) {
        database.withConnection("recording a share", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO plan_shares (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, share.id());
                insert.setString(2, share.ownerId());
                insert.setString(3, share.channelId());
                insert.setString(4, share.messageTs());
                insert.setString(5, share.guideId());
                insert.setString(6, share.guideTitle());
                insert.setString(7, share.pace().key());
                Sql.setInstant(insert, 8, share.sharedAt());
                insert.setString(9, share.planId().orElse(null));
                if (share.withdrawnAt().isPresent()) {
                    Sql.setInstant(insert, 10, share.withdrawnAt().get());
                } else {
                    insert.setNull(10, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                }
                return insert.executeUpdate();
            }
        });
    }

    public Optional<Share> find(String shareId) {
        return database.withConnection("reading a share", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM plan_shares WHERE id = ?")) {
                select.setString(1, shareId);
                return read(select).stream().findFirst();
            }
        });
    }

    /** Oldest first. */
    public List<Share> inChannel(String channelId) {
        return database.withConnection("reading a channel's shares", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM plan_shares WHERE channel_id = ? ORDER BY shared_at, id")) {
                select.setString(1, channelId);
                return read(select);
            }
        });
    }

    /** Marks the owner's shares in {@code channelId} (or everywhere) withdrawn; returns how many were not already. */
    public int withdraw(String ownerId, Optional<String> channelId, Instant at) {
        return database.withConnection("withdrawing shares", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE plan_shares SET withdrawn_at = ? "
                    + "WHERE owner_id = ? AND withdrawn_at IS NULL" + (channelId.isPresent() ? " AND channel_id = ?" : ""))) {
                Sql.setInstant(update, 1, at);
                update.setString(2, ownerId);
                if (channelId.isPresent()) {
                    update.setString(3, channelId.get());
                }
                return update.executeUpdate();
            }
        });
    }

    private static List<Share> read(PreparedStatement select) throws SQLException {
        List<Share> shares = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                shares.add(new Share(rs.getString("id"), rs.getString("owner_id"), rs.getString("channel_id"),
                        rs.getString("message_ts"), rs.getString("guide_id"), rs.getString("guide_title"),
                        Pace.fromKey(rs.getString("pace")), Sql.instant(rs, "shared_at"),
                        Optional.ofNullable(rs.getString("plan_id")), Optional.ofNullable(Sql.instant(rs, "withdrawn_at"))));
            }
        }
        return shares;
    }
}
