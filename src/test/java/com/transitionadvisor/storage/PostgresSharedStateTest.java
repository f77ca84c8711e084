package com.transitionadvisor.storage;

/**
 * The shared state on the real PostgreSQL server of {@code TRANSITION_TEST_POSTGRES_URL}, each test in a schema of
 * its own; skipped only when that variable is absent.
 */
class PostgresSharedStateTest extends SharedStateContract {

    @Override
    DatabaseConfig newDatabase() {
        return TestDatabases.freshPostgresSchema();
    }

    @Override
    void discard(DatabaseConfig config) {
        if (config != null) {
            TestDatabases.dropPostgresSchema(config);
        }
    }
}
