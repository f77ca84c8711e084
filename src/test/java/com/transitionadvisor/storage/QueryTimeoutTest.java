package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement that runs too long is cancelled by the database, so it cannot hold a worker for ever. */
class QueryTimeoutTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);

    @TempDir
    Path dataDir;

    @Test
    void h2_cancelsAStatementThatRunsPastTheLimit() {
        try (Database database = Database.open(TestDatabases.h2(dataDir), LIMIT)) {
            // Ten billion rows: minutes of work, cancelled after the limit.
            assertCancelledSoon(database, "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) a, SYSTEM_RANGE(1, 100000) b");
        }
    }

    @Test
    void postgres_cancelsAStatementThatRunsPastTheLimit() {
        DatabaseConfig config = TestDatabases.freshPostgresSchema();
        try (Database database = Database.open(config, LIMIT)) {
            assertCancelledSoon(database, "SELECT pg_sleep(20)");
        } finally {
            TestDatabases.dropPostgresSchema(config);
        }
    }

    @Test
    void everyPooledConnection_hasTheLimit_evenThoseTheMigrationsUsed() {
        try (Database database = Database.open(TestDatabases.h2(dataDir), LIMIT)) {
            for (int i = 0; i < DatabaseConfig.DEFAULT_POOL_SIZE + 1; i++) {
                String timeout = database.withConnection("reading the limit", c -> {
                    try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'")) {
                        return rs.next() ? rs.getString(1) : "(none)";
                    }
                });
                assertEquals(Long.toString(LIMIT.toMillis()), timeout, "connection " + i);
            }
        }
    }

    private static void assertCancelledSoon(Database database, String sql) {
        long started = System.nanoTime();
        assertThrows(StorageException.class, () -> database.withConnection("a long query", c -> {
            try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                return rs.next();
            }
        }));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, () -> "cancelled only after " + took.toMillis() + " ms");
    }
}
