package com.transitionadvisor.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The plan store on an embedded H2 file in a temporary folder. */
class H2PlanStoreTest extends PlanStoreContract {
    @TempDir
    Path folder;

    @Override
    DatabaseConfig newDatabase() {
        return TestDatabases.h2(folder);
    }
}
