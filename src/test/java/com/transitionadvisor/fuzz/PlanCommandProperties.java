package com.transitionadvisor.fuzz;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.benmanes.caffeine.cache.Ticker;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.plans.SharePoster;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.TestApplications;
import com.transitionadvisor.storage.Database;
import com.transitionadvisor.storage.DatabaseConfig;
import com.transitionadvisor.storage.JdbcPlanStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Plan options ({@code /transition plan …}, {@code /transition team}) with hostile text, against an app with a
 * database (H2 in a temporary folder): nothing throws, and every reply renders safely. A small pool of people
 * shares one channel, so plans are created, changed, shared and listed across tries.
 */
class PlanCommandProperties {
    /** Valid user ids may be mentioned (the team list names people); the hostile ones must come out as text. */
    private static final List<String> PEOPLE = List.of("U0PLANA", "U0PLANB", "W0PLANC", "U1><!channel", "<!here>", "");
    private static final Set<String> MENTIONABLE = Set.of("U0PLANA", "U0PLANB", "W0PLANC");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);

    private static Path folder;
    private static Database database;
    private static Assistant assistant;
    private static Presenter presenter;

    @BeforeContainer
    static void openDatabase() throws IOException {
        folder = Files.createTempDirectory("plan-fuzz-");
        database = Database.open(DatabaseConfig.h2File(folder));
        Ticker frozen = () -> 0L;
        Application app = Application.of(TestApplications.REAL_KNOWLEDGE, TestVocabulary.REAL, new InMemoryQuestionLog(), CLOCK, frozen,
                new JdbcPlanStore(database, CLOCK), com.transitionadvisor.search.semantic.TestEmbedder.shared());
        assistant = app.assistant();
        presenter = app.presenter();
    }

    @AfterContainer
    static void closeDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Property(tries = 250)
    void planCommand_anyOptions_neverThrowsAndRendersSafely(@ForAll("planText") String options, @ForAll("person") String user,
                                                            @ForAll("channel") Optional<String> channel,
                                                            @ForAll("audience") Audience audience) {
        Requester requester = new Requester(user, channel, SharePoster.NONE);
        String text = "plan " + options;

        Reply reply = assistant.command(text, requester);

        assertNotNull(reply);
        Set<String> mentionable = new java.util.HashSet<>(MENTIONABLE);
        audience.sharedBy().ifPresent(mentionable::add);
        SlackOutput.assertSafe(presenter.slack(reply, audience), mentionable, text);
        assertNotNull(presenter.console(reply, audience));
        Reply team = assistant.command("team", requester);
        SlackOutput.assertSafe(presenter.slack(team, audience), mentionable, text);
    }

    @Provide
    Arbitrary<String> planText() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("backend developer to cloud engineer", "cloud engineer to backend developer",
                        "backend dev -> cloud", "backend developer to data engineer", "pilot to chef", "cloud engineer")),
                Tuple.of(6, Arbitraries.of("", "show", "help", "?", "pace", "speed", "start", "restart", "done", "tick",
                        "undo", "export", "download", "share", "follow", "check in", "check ins", "stop", "delete", "replace",
                        "mine", "status")),
                Tuple.of(5, Arbitraries.of("part-time", "full-time", "10h", "15 hours a week", "0 hours", "999 hours",
                        "-5h", "1.5h", "∞ hours", "start next monday", "next friday", "today", "tomorrow", "yesterday",
                        "2027-03-01", "2024-02-30", "2027-13-01", "1970-01-01", "9999-12-31", "0000-00-00", "1 March 2027",
                        "31 February", "in 3 weeks", "#1", "1", "0", "-1", "999", "9999", "2147483648", "ics", "icalendar",
                        "markdown", "md", "pdf", "monday 9am", "fri 25:99", "sunday 23:59 Europe/London", "Mars/Olympus",
                        "UTC+99", "off", "abc", "a1b2c3", "../../etc/passwd")),
                Tuple.of(3, HostileText.piece()));
        return word.list().ofMaxSize(8).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> person() {
        return Arbitraries.of(PEOPLE);
    }

    @Provide
    Arbitrary<Optional<String>> channel() {
        return Arbitraries.of(Optional.of("C0PLANS"), Optional.empty(), Optional.of("C<!channel>"), Optional.of("D0DM"));
    }

    @Provide
    Arbitrary<Audience> audience() {
        return Arbitraries.of(FuzzInputs.AUDIENCES);
    }
}
