package com.transitionadvisor.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is. The default is an embedded H2 file under the data folder (zero setup); several app
 * instances share a PostgreSQL server instead, given by its JDBC URL. H2 runs in PostgreSQL mode so that the
 * same SQL serves both.
 */
public record DatabaseConfig(String jdbcUrl, Optional<String> user, Optional<String> password, int maxPoolSize) {
    public static final String H2_FILE_NAME = "transition-advisor";
    /**
     * {@code WRITE_DELAY=0}: H2 writes every commit to its file before the commit returns (its default keeps
     * commits in memory for up to 500 ms, so a kill -9 right after a confirmation lost the change). Proven by
     * {@code KillAndRestartDurabilityTest}. It survives the process being killed, not the machine losing power
     * (H2 does not fsync each commit): for that, use PostgreSQL.
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"
            + ";WRITE_DELAY=0";
    public static final int DEFAULT_POOL_SIZE = 5;

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the database URL must start with jdbc:postgresql: (or jdbc:h2:), was "
                    + JdbcUrls.scheme(jdbcUrl) + "…");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, was " + maxPoolSize);
        }
    }

    /** The embedded default: {@code <dataDir>/transition-advisor.mv.db}. */
    public static DatabaseConfig h2File(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve(H2_FILE_NAME).toString().replace('\\', '/');
        return new DatabaseConfig("jdbc:h2:file:" + file + H2_OPTIONS, Optional.empty(), Optional.empty(), DEFAULT_POOL_SIZE);
    }

    /** A server given by URL, e.g. {@code jdbc:postgresql://db:5432/transition}. */
    public static DatabaseConfig of(String jdbcUrl, Optional<String> user, Optional<String> password) {
        return new DatabaseConfig(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The URL with its credentials replaced by {@code ***}; the user and password are never shown. */
    @Override
    public String toString() {
        return "DatabaseConfig[" + JdbcUrls.withoutCredentials(jdbcUrl) + ", user=" + (user.isPresent() ? "***" : "(none)")
                + ", password=" + (password.isPresent() ? "***" : "(none)") + "]";
    }

    /**
     * {@code text} (e.g. a driver's error message, which may quote the URL or the host part of it) with this
     * config's URL, user, password and every credential written in the URL replaced by {@code ***}.
     */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String redacted = text.replace(jdbcUrl, JdbcUrls.withoutCredentials(jdbcUrl));
        List<String> secrets = new ArrayList<>(JdbcUrls.credentialsIn(jdbcUrl));
        password.ifPresent(secrets::add);
        user.ifPresent(secrets::add);
        secrets.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "***");
        }
        return redacted;
    }
}
