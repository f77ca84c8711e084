package com.transitionadvisor.slack.plans;

import com.transitionadvisor.Settings;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.TestDatabases;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Study plans over Socket Mode on the real PostgreSQL server of {@code TRANSITION_TEST_POSTGRES_URL} (started by
 * {@code .ci/start-postgres.sh}), as {@code Main} opens it when {@code TRANSITION_DATABASE_URL} is set; each test in
 * a schema of its own. Skipped only when that variable is absent.
 */
class PostgresPlansSocketModeTest extends PlansSocketModeContract {

    private DatabaseConfig schema;

    @Override
    Map<String, String> newDatabase(Path dataDir) {
        schema = TestDatabases.freshPostgresSchema();
        Map<String, String> env = new HashMap<>();
        env.put(Settings.DATABASE_URL, schema.jdbcUrl());
        schema.user().ifPresent(user -> env.put(Settings.DATABASE_USER, user));
        schema.password().ifPresent(password -> env.put(Settings.DATABASE_PASSWORD, password));
        return env;
    }

    @Override
    void discardDatabase(Map<String, String> environment) {
        if (schema != null) {
            TestDatabases.dropPostgresSchema(schema);
        }
    }
}
