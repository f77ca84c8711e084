package com.transitionadvisor.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The shared state on an embedded H2 file (two pools in one process stand for two copies). */
class H2SharedStateTest extends SharedStateContract {
    @TempDir
    Path folder;

    @Override
    DatabaseConfig newDatabase() {
        return TestDatabases.h2(folder);
    }
}
