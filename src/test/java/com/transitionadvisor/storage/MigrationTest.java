package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.plans.CheckInSchedule;
import com.transitionadvisor.plans.ZoneSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    private static final List<String> TABLES = List.of("study_plans", "plan_milestones", "milestone_progress", "plan_shares",
            "checkin_schedules", "checkins_sent", "unanswered_questions", "slack_events_taken", "conversation_states",
            "answer_records", "answer_votes");
    private static final List<String> VERSIONS = List.of("1", "2", "3", "10", "11");

    @TempDir
    Path folder;
    private DatabaseConfig postgres;

    @AfterEach
    void dropSchema() {
        if (postgres != null) {
            TestDatabases.dropPostgresSchema(postgres);
        }
    }

    @Test
    void open_onEmptyH2Folder_createsTheFileAndEveryTable() throws Exception {
        Path data = folder.resolve("data/nested");
        try (Database database = Database.open(TestDatabases.h2(data))) {
            assertEquals(TABLES, existingTables(database));
            assertEquals(VERSIONS, appliedVersions(database));
        }
        assertTrue(Files.exists(data.resolve(DatabaseConfig.H2_FILE_NAME + ".mv.db")));
    }

    @Test
    void open_onPostgres_createsEveryTable() throws Exception {
        postgres = TestDatabases.freshPostgresSchema();
        try (Database database = Database.open(postgres)) {
            assertEquals(TABLES, existingTables(database));
            assertEquals(VERSIONS, appliedVersions(database));
        }
    }

    @Test
    void open_twiceOnH2_appliesNothingTheSecondTime() throws Exception {
        Database.open(TestDatabases.h2(folder)).close();
        try (Database database = Database.open(TestDatabases.h2(folder))) {
            assertEquals(VERSIONS, appliedVersions(database));
        }
    }

    @Test
    void open_twiceOnPostgres_appliesNothingTheSecondTime() throws Exception {
        postgres = TestDatabases.freshPostgresSchema();
        Database.open(postgres).close();
        try (Database database = Database.open(postgres)) {
            assertEquals(VERSIONS, appliedVersions(database));
        }
    }

    @Test
    void checkInSchedulesSavedBeforeZoneSources_readAsTyped() throws Exception {
        DatabaseConfig config = TestDatabases.h2(folder);
        Flyway.configure().dataSource(config.jdbcUrl(), null, null).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO checkin_schedules (user_id, day_of_week, minute_of_day, zone_id, updated_at) "
                    + "VALUES ('U1', 1, 540, 'Europe/London', CURRENT_TIMESTAMP)");
        }
        try (Database database = Database.open(config)) {
            assertEquals(VERSIONS, appliedVersions(database));
            assertEquals(Optional.of(new CheckInSchedule("U1", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/London"),
                    ZoneSource.TYPED)), new CheckInRepository(database).find("U1"));
        }
    }

    @Test
    void checkInsSentBeforeLeases_staySettled_soAnUpgradeSendsNoWeekTwice() throws Exception {
        DatabaseConfig config = TestDatabases.h2(folder);
        Flyway.configure().dataSource(config.jdbcUrl(), null, null).locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO checkins_sent (user_id, iso_week, sent_at) VALUES ('U1', '2027-W09', CURRENT_TIMESTAMP)");
        }
        try (Database database = Database.open(config)) {
            assertEquals(Optional.of("SENT"), new CheckInRepository(database).state("U1", "2027-W09"));
            java.time.Instant now = java.time.Instant.now();
            assertEquals(com.transitionadvisor.plans.CheckInClaim.Result.TAKEN, new CheckInRepository(database).claim(
                    new com.transitionadvisor.plans.CheckInClaim("U1", "2027-W09", "new-build"), now, now.plusSeconds(300)));
        }
    }

    @Test
    void rowsFromBeforeVersion10_untrustedThumbsAreDropped_andSharesNameTheOwnersPlanOfThatGuide() throws Exception {
        DatabaseConfig config = TestDatabases.h2(folder);
        Flyway.configure().dataSource(config.jdbcUrl(), null, null).locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO unanswered_questions (question, normalized, asked_at, user_id, reason) VALUES "
                    + "('how do I fly?', 'how do i fly?', CURRENT_TIMESTAMP, 'U1', 'unanswered'), "
                    + "('FORGED TEXT', 'forged text', CURRENT_TIMESTAMP, 'U2', 'thumbs_down'), "
                    + "('nice', 'nice', CURRENT_TIMESTAMP, 'U3', 'thumbs_up')");
            s.executeUpdate("INSERT INTO study_plans (id, user_id, guide_id, guide_title, pace, start_date, estimate, created_at, "
                    + "updated_at) VALUES ('p1', 'U1', 'g1', 'G1', 'part-time', DATE '2027-01-04', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO plan_shares (id, owner_id, channel_id, message_ts, guide_id, guide_title, pace, shared_at) "
                    + "VALUES ('s1', 'U1', 'C1', '1.1', 'g1', 'G1', 'part-time', CURRENT_TIMESTAMP), "
                    + "('s2', 'U1', 'C1', '1.2', 'g0', 'G0', 'part-time', CURRENT_TIMESTAMP)");
        }
        try (Database database = Database.open(config)) {
            assertEquals(VERSIONS, appliedVersions(database));
            assertEquals(List.of(new com.transitionadvisor.answers.QuestionLog.Frequent("how do I fly?", 1,
                    new UnansweredQuestionRepository(database).mostFrequent(10).get(0).lastAsked())),
                    new UnansweredQuestionRepository(database).mostFrequent(10));
            List<com.transitionadvisor.plans.Share> shares = new ShareRepository(database).inChannel("C1");
            assertEquals(Optional.of("p1"), shares.stream().filter(sh -> sh.id().equals("s1")).findFirst().orElseThrow().planId());
            assertEquals(Optional.empty(), shares.stream().filter(sh -> sh.id().equals("s2")).findFirst().orElseThrow().planId(),
                    "a share of a guide the owner no longer has a plan for shows nothing");
        }
    }

    @Test
    void open_withUnreachableServer_failsNamingTheDatabaseWithoutThePassword() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=1",
                Optional.of("someone"), Optional.of("s3cret"), 1);
        StorageException e = assertThrows(StorageException.class, () -> Database.open(config));
        assertTrue(e.getMessage().contains("127.0.0.1:1/nowhere"), e.getMessage());
        assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void config_withOtherJdbcUrl_isRefusedWithTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.of("jdbc:mysql://db/x", Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
    }

    private static List<String> existingTables(Database database) {
        return database.withConnection("listing tables", c -> {
            List<String> found = new ArrayList<>();
            for (String table : TABLES) {
                try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, null)) {
                    if (rs.next()) {
                        found.add(table);
                    }
                }
            }
            return found;
        });
    }

    private static List<String> appliedVersions(Database database) {
        return database.withConnection("reading the schema history", (Connection c) -> {
            List<String> versions = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            }
            return versions;
        });
    }
}
