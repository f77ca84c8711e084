package com.transitionadvisor.slack.plans;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Settings;
import com.transitionadvisor.storage.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Study plans over Socket Mode on the embedded default: an H2 file in a temporary data folder, as {@code Main}
 * opens it when {@code TRANSITION_DATA_DIR} is set and no database URL is.
 */
class H2PlansSocketModeTest extends PlansSocketModeContract {

    @Override
    Map<String, String> newDatabase(Path dataDir) {
        return Map.of(Settings.DATA_DIR, dataDir.toString());
    }

    @Test
    void embeddedDatabase_isAFileInTheDataFolder() {
        Path file = dataDir.resolve(DatabaseConfig.H2_FILE_NAME + ".mv.db");
        assertTrue(Files.isRegularFile(file), () -> "no database file " + file);
    }

    @Override
    void discardDatabase(Map<String, String> environment) {
        // The temporary folder goes with the test.
    }
}
