package com.transitionadvisor.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Main;
import com.transitionadvisor.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the app's own main class in child JVMs with misplaced or unusable secrets and reads everything it prints
 * (stdout and stderr, logs included): no part of a token, password or database user may appear, not even five
 * characters of one in a row. The runs go in parallel: a database that cannot be reached takes the pool's start-up
 * timeout to give up.
 */
class SecretsNeverPrintedTest {
    private static final int FRAGMENT = 5;
    private static final String BOT_SECRET = "xoxp-9731-QzvWkTrbLm";
    private static final String APP_SECRET = "xapp-1-A8NhJyXcGd";
    private static final String PASSWORD = "Pw7rMdKqZt";
    private static final String DB_USER = "uZrkvnTq";

    @TempDir
    Path dataDir;

    private record Case(String name, String command, Map<String, String> env, int exitCode, List<String> secrets) {
    }

    private record Outcome(Case run, int exit, String output) {
    }

    @Test
    void noMessageTheAppPrints_containsAnyPartOfASecret() throws Exception {
        List<Case> cases = List.of(
                new Case("a user token where the bot token belongs", "slack",
                        Map.of(Settings.BOT_TOKEN, BOT_SECRET, Settings.APP_TOKEN, APP_SECRET), 2,
                        List.of(BOT_SECRET, APP_SECRET)),
                new Case("the two tokens swapped", "slack",
                        Map.of(Settings.BOT_TOKEN, APP_SECRET, Settings.APP_TOKEN, "xoxb-5512-" + PASSWORD), 2,
                        // The message names the prefix a bot token must have, so only what follows it is checked.
                        List.of(APP_SECRET, "-5512-" + PASSWORD)),
                new Case("a password in the user-info part of the database URL", "chat",
                        Map.of(Settings.DATABASE_URL, "jdbc:postgresql://" + DB_USER + ":" + PASSWORD + "@127.0.0.1:1/t"), 1,
                        List.of(DB_USER, PASSWORD)),
                new Case("user and password as URL parameters, and in their own variables", "chat",
                        Map.of(Settings.DATABASE_URL, "jdbc:postgresql://127.0.0.1:1/t?user=" + DB_USER + "&password=" + PASSWORD,
                                Settings.DATABASE_USER, "Ev" + DB_USER, Settings.DATABASE_PASSWORD, "Ev" + PASSWORD), 1,
                        List.of(DB_USER, PASSWORD)),
                new Case("a database URL that is not a JDBC URL", "chat",
                        Map.of(Settings.DATABASE_URL, "postgres://" + DB_USER + ":" + PASSWORD + "@db/t"), 2,
                        List.of(DB_USER, PASSWORD)));
        List<Process> started = new ArrayList<>();
        for (Case run : cases) {
            started.add(start(run));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Process process = started.get(i);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), cases.get(i).name() + " did not exit");
            outcomes.add(new Outcome(cases.get(i), process.exitValue(), output));
        }
        for (Outcome outcome : outcomes) {
            String name = outcome.run().name();
            assertEquals(outcome.run().exitCode(), outcome.exit(), () -> name + ": " + outcome.output());
            assertTrue(outcome.output().contains("Cannot start"), () -> name + " explains nothing: " + outcome.output());
            for (String secret : outcome.run().secrets()) {
                leakedFragment(secret, outcome.output()).ifPresent(fragment ->
                        assertFalse(true, name + ": '" + fragment + "' of a secret was printed: " + outcome.output()));
            }
        }
    }

    private Process start(Case run) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classPath(), Main.class.getName(), run.command())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("TRANSITION_"));
        env.put(Settings.DATA_DIR, dataDir.resolve(Integer.toString(Math.abs(run.name().hashCode()))).toString());
        env.putAll(run.env());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** The first run of {@link #FRAGMENT} characters of {@code secret} found in {@code output}. */
    static Optional<String> leakedFragment(String secret, String output) {
        for (int i = 0; i + FRAGMENT <= secret.length(); i++) {
            String fragment = secret.substring(i, i + FRAGMENT);
            if (output.contains(fragment)) {
                return Optional.of(fragment);
            }
        }
        return Optional.empty();
    }

    private static String classPath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path")).orElse(System.getProperty("java.class.path"));
    }
}
