package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.transitionadvisor.plans.StudyPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change the app has confirmed survives the process being killed (kill -9) at any moment: a real child JVM
 * ({@link ConfirmedChangesWriter}) writes through the app's storage code into the default embedded database and
 * prints each confirmed change; it is killed right after a random number of confirmations, then the database
 * is opened again and every change the child printed, including those printed while it was being killed, must
 * be there. Many rounds on the same database file, within a time budget.
 */
class KillAndRestartDurabilityTest {
    private static final int MIN_ROUNDS = 6;
    private static final int MAX_ROUNDS = 25;
    private static final Duration BUDGET = Duration.ofSeconds(25);

    @TempDir
    Path dataDir;

    @Test
    void everyConfirmedPlanChangeIsThereAfterTheProcessIsKilled() throws Exception {
        Random random = new Random(10);
        Map<String, String> confirmedPlans = new LinkedHashMap<>();
        Set<String> confirmedTicks = new HashSet<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int rounds = 0;
        int nextUser = 1;
        while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || System.nanoTime() < deadline)) {
            rounds++;
            List<String> confirmations = runAndKill(nextUser, 1 + random.nextInt(40));
            for (String line : confirmations) {
                String[] parts = line.split(" ");
                if (parts[0].equals("plan")) {
                    confirmedPlans.put(parts[1], parts[2]);
                } else if (parts[0].equals("done")) {
                    confirmedTicks.add(parts[1]);
                }
            }
            nextUser += confirmations.size() + 1;
            List<String> lost = lostChanges(confirmedPlans, confirmedTicks);
            if (!lost.isEmpty()) {
                fail("round " + rounds + ": " + lost.size() + " confirmed change(s) lost after kill -9, e.g. " + lost.get(0)
                        + " (" + confirmedPlans.size() + " plans and " + confirmedTicks.size() + " ticks confirmed so far)");
            }
        }
        System.out.printf("kill -9 durability: %d rounds, %d plans and %d ticks confirmed, none lost%n", rounds,
                confirmedPlans.size(), confirmedTicks.size());
        assertTrue(confirmedPlans.size() >= rounds, "each round confirms at least one plan before the kill");
    }

    /** Starts the writer, kills it as soon as it has confirmed {@code killAfter} changes, returns every confirmation it printed. */
    private List<String> runAndKill(int firstUser, int killAfter) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(javaBinary(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", testClassPath(),
                ConfirmedChangesWriter.class.getName(), dataDir.toString(), Integer.toString(firstUser))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> confirmations = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = out.readLine()) != null) {
                if (line.equals(ConfirmedChangesWriter.READY)) {
                    continue;
                }
                confirmations.add(line);
                if (!killed && confirmations.size() >= killAfter) {
                    // SIGKILL through the handle: Process.destroyForcibly() would also close our end of its stdout.
                    child.toHandle().destroyForcibly();
                    killed = true;
                }
            }
            // Lines the child printed between the one that triggered the kill and its death count as confirmed too.
        } finally {
            child.destroyForcibly();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                fail("the writer did not die after kill -9");
            }
        }
        if (confirmations.isEmpty()) {
            fail("the writer confirmed nothing before exiting with " + child.exitValue()
                    + " (does it start? run ConfirmedChangesWriter by hand)");
        }
        return confirmations;
    }

    private List<String> lostChanges(Map<String, String> confirmedPlans, Set<String> confirmedTicks) {
        List<String> lost = new ArrayList<>();
        try (Database database = Database.open(DatabaseConfig.h2File(dataDir))) {
            JdbcPlanStore store = new JdbcPlanStore(database, Clock.systemUTC());
            Map<String, StudyPlan> found = store.activePlans(confirmedPlans.keySet());
            confirmedPlans.forEach((user, planId) -> {
                StudyPlan plan = found.get(user);
                if (plan == null || !plan.id().equals(planId)) {
                    lost.add("the plan of " + user);
                } else if (confirmedTicks.contains(planId) && !plan.done().contains(0)) {
                    lost.add("the first milestone ticked in " + planId);
                }
            });
        }
        return lost;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String testClassPath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }
}
