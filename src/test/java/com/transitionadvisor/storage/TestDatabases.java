package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The databases tests run on: an H2 file in a temporary folder, and the real PostgreSQL server whose JDBC URL
 * is in {@code TRANSITION_TEST_POSTGRES_URL} (with {@code TRANSITION_TEST_POSTGRES_USER} and {@code _PASSWORD}); {@code .ci/run} starts
 * one with {@code .ci/start-postgres.sh}. PostgreSQL tests are skipped only when that variable is absent. Each
 * PostgreSQL test gets a schema of its own, so tests never see each other's rows.
 */
public final class TestDatabases {
    public static final String POSTGRES_URL = "TRANSITION_TEST_POSTGRES_URL";
    public static final String POSTGRES_USER = "TRANSITION_TEST_POSTGRES_USER";
    public static final String POSTGRES_PASSWORD = "TRANSITION_TEST_POSTGRES_PASSWORD";

    private TestDatabases() {
    }

    public static DatabaseConfig h2(Path folder) {
        return DatabaseConfig.h2File(folder);
    }

    public static boolean postgresConfigured() {
        return env(POSTGRES_URL).isPresent();
    }

    /** A new, empty schema on the test PostgreSQL server; skips the test when none is configured. */
    public static DatabaseConfig freshPostgresSchema() {
        assumeTrue(postgresConfigured(), POSTGRES_URL + " is not set; run .ci/start-postgres.sh to test on PostgreSQL");
        String url = env(POSTGRES_URL).orElseThrow();
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(url, "CREATE SCHEMA " + schema);
        String separator = url.contains("?") ? "&" : "?";
        return DatabaseConfig.of(url + separator + "currentSchema=" + schema, env(POSTGRES_USER), env(POSTGRES_PASSWORD));
    }

    /** Drops the schema {@link #freshPostgresSchema()} made. */
    public static void dropPostgresSchema(DatabaseConfig config) {
        String url = env(POSTGRES_URL).orElseThrow();
        String schema = config.jdbcUrl().replaceAll(".*currentSchema=", "");
        execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, env(POSTGRES_USER).orElse(null),
                env(POSTGRES_PASSWORD).orElse(null)); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> env(String name) {
        Map<String, String> env = System.getenv();
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
