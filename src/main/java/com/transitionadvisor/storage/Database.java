package com.transitionadvisor.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's SQL database: a HikariCP connection pool, migrated with Flyway ({@code db/migration}) when opened.
 * One {@code Database} per app instance; several instances may share one PostgreSQL server.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /**
     * The longest one SQL statement may run before the database cancels it (PostgreSQL {@code statement_timeout},
     * H2 {@code QUERY_TIMEOUT}), so a stalled query frees its worker. Waiting for a pooled connection, and
     * connecting, are limited to {@link #CONNECT_TIMEOUT} each.
     */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HikariDataSource pool;
    private final DatabaseConfig config;

    private Database(HikariDataSource pool, DatabaseConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** Work done with a connection; may throw {@link SQLException}, which becomes a {@link StorageException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Connects, and brings the schema up to date before returning.
     *
     * @throws StorageException when the database cannot be reached or a migration fails; nothing is left open
     */
    public static Database open(DatabaseConfig config) {
        return open(config, QUERY_TIMEOUT);
    }

    /** {@link #open(DatabaseConfig)} with statements cancelled after {@code queryTimeout}. */
    public static Database open(DatabaseConfig config, Duration queryTimeout) {
        Objects.requireNonNull(config, "config");
        long queryMillis = queryTimeout.toMillis();
        if (config.isH2()) {
            createFolderOf(config.jdbcUrl());
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        config.user().ifPresent(hikari::setUsername);
        config.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(Math.min(1, config.maxPoolSize()));
        hikari.setPoolName("transition-advisor-db");
        hikari.setConnectionTimeout(CONNECT_TIMEOUT.toMillis());
        hikari.setInitializationFailTimeout(CONNECT_TIMEOUT.toMillis());
        hikari.setValidationTimeout(Math.min(5_000, CONNECT_TIMEOUT.toMillis()));
        if (config.isH2()) {
            hikari.setConnectionInitSql("SET QUERY_TIMEOUT " + queryMillis);
        } else {
            hikari.setConnectionInitSql("SET statement_timeout = " + queryMillis);
            // pgjdbc, in seconds; a value written in the URL wins. The socket limit catches a server that is gone.
            long connectSeconds = CONNECT_TIMEOUT.toSeconds();
            hikari.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
            hikari.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
            hikari.addDataSourceProperty("socketTimeout", Long.toString(Math.max(30, 3 * queryTimeout.toSeconds())));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StorageException("Cannot connect to the database " + config + ": " + config.redact(rootMessage(e)), null);
        }
        try {
            // A migration may rightly run longer than one query may: no limit on Flyway's connections, which are
            // then closed so that every connection the app gets has the limit again.
            MigrateResult result = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .initSql(config.isH2() ? "SET QUERY_TIMEOUT 0" : "SET statement_timeout = 0")
                    .failOnMissingLocations(true).load().migrate();
            pool.getHikariPoolMXBean().softEvictConnections();
            LOG.info("Database ready ({}): schema version {}, {} migration(s) applied", config.isH2() ? "H2" : "PostgreSQL",
                    result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw new StorageException("Migrating the database " + config + " failed: " + config.redact(rootMessage(e)), null);
        }
        return new Database(pool, config);
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode: each statement is its own transaction. */
    public <T> T withConnection(String what, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw StorageException.of(what, e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageException.of(what, e);
        }
    }

    /** Closes every connection; an embedded H2 database is closed with them. */
    @Override
    public void close() {
        pool.close();
    }

    private static void createFolderOf(String h2Url) {
        String prefix = "jdbc:h2:file:";
        if (!h2Url.startsWith(prefix)) {
            return;
        }
        String file = h2Url.substring(prefix.length()).split(";", 2)[0];
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StorageException("Cannot create the data folder " + parent + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
