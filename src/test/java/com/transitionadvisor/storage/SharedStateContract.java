package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.answers.ConversationMemory;
import com.transitionadvisor.answers.ConversationState;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import com.transitionadvisor.plans.MutableClock;
import com.transitionadvisor.slack.EventDeduplicator;
import com.transitionadvisor.slack.EventDeduplicator.Decision;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What several copies of the app share through the database besides plans: Slack event ids taken
 * ({@link JdbcEventDeduplicator}) and conversation context ({@link JdbcConversationMemory}). Each "copy" is a
 * connection pool of its own on the same database, as two processes would have. Run on H2 and on PostgreSQL.
 */
abstract class SharedStateContract {
    static final Topics TOPICS = TestVocabulary.REAL.topics();

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    private DatabaseConfig config;
    private final List<Database> open = new ArrayList<>();

    abstract DatabaseConfig newDatabase();

    void discard(DatabaseConfig config) {
    }

    @BeforeEach
    void createDatabase() {
        config = newDatabase();
    }

    @AfterEach
    void closeDatabases() {
        open.forEach(Database::close);
        discard(config);
    }

    private Database copy() {
        Database database = Database.open(config);
        open.add(database);
        return database;
    }

    // ---- Slack events --------------------------------------------------------------------------------------

    @Test
    void take_anEventOfferedToTwoCopies_isAnsweredByTheFirstOnly() {
        EventDeduplicator a = new JdbcEventDeduplicator(copy(), "copy-A", clock);
        EventDeduplicator b = new JdbcEventDeduplicator(copy(), "copy-B", clock);
        assertEquals(Decision.ANSWER, a.take("Ev01"));
        assertEquals(Decision.HELD_ELSEWHERE, b.take("Ev01"), "the redelivery reaching the other copy: left unacked");
        assertEquals(Decision.DUPLICATE, a.take("Ev01"), "the same copy knows it is answering it");
        a.answered("Ev01");
        assertEquals(Decision.DUPLICATE, b.take("Ev01"), "answered: acked and dropped");
        assertEquals(Decision.ANSWER, b.take("Ev02"));
        assertEquals(Decision.ANSWER, a.take(null), "an event without an id is always answered");
    }

    @Test
    void take_anEventWhoseCopyDiedBeforeAnswering_isTakenOverAfterTheDeadline_butAnAnsweredOneNever() {
        EventDeduplicator a = new JdbcEventDeduplicator(copy(), "copy-A", clock);
        EventDeduplicator b = new JdbcEventDeduplicator(copy(), "copy-B", clock);
        assertEquals(Decision.ANSWER, a.take("EvDied"));
        assertEquals(Decision.ANSWER, a.take("EvAnswered"));
        a.answered("EvAnswered");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Decision.HELD_ELSEWHERE, b.take("EvDied"), "A may still be answering it");
        clock.advance(EventDeduplicator.TAKEOVER_AFTER);
        assertEquals(Decision.DUPLICATE, a.take("EvDied"), "A, alive, does not answer its own event twice");
        assertEquals(Decision.ANSWER, b.take("EvDied"), "A never answered: Slack's redelivery is answered by B");
        assertEquals(Decision.HELD_ELSEWHERE, a.take("EvDied"), "and only by B");
        assertEquals(Decision.DUPLICATE, b.take("EvAnswered"), "answered once is answered");
    }

    @Test
    void take_manyCopiesAtTheSameMoment_exactlyOneAnswers() throws Exception {
        List<EventDeduplicator> copies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            copies.add(new JdbcEventDeduplicator(copy(), "copy-" + i, clock));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int event = 0; event < 25; event++) {
                String id = "EvRace" + event;
                List<Future<Decision>> takes = new ArrayList<>();
                for (int offer = 0; offer < 8; offer++) {
                    EventDeduplicator copy = copies.get(offer % copies.size());
                    takes.add(threads.submit(() -> copy.take(id)));
                }
                int taken = 0;
                for (Future<Decision> take : takes) {
                    taken += take.get() == Decision.ANSWER ? 1 : 0;
                }
                assertEquals(1, taken, id);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void purgeExpired_forgetsEventIdsAfterTheyCanNoLongerBeRedelivered() {
        Database database = copy();
        JdbcEventDeduplicator events = new JdbcEventDeduplicator(database, "copy-A", clock);
        events.take("EvOld");
        events.answered("EvOld");
        clock.advance(EventDeduplicator.REMEMBER_FOR.minusSeconds(1));
        events.take("EvNew");
        assertEquals(0, JdbcEventDeduplicator.purgeExpired(database, clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, JdbcEventDeduplicator.purgeExpired(database, clock.instant()));
        assertEquals(1, rows(database, "slack_events_taken"));
        assertEquals(Decision.ANSWER, events.take("EvOld"), "an id that old is new again");
    }

    // ---- conversations -------------------------------------------------------------------------------------

    @Test
    void remember_onOneCopy_isRecalledOnAnother_withEveryField() {
        ConversationMemory a = new JdbcConversationMemory(copy(), TOPICS, clock);
        ConversationMemory b = new JdbcConversationMemory(copy(), TOPICS, clock);
        Topic salary = TOPICS.all().get(0);
        ConversationState state = ConversationState.empty()
                .about("backend-developer-to-cloud-engineer", Section.SALARY, Optional.of(salary))
                .ownRole("backend-developer").asked("will my pay drop? \"quotes\", {braces}, ünïcödé 💰")
                .waitingFor("and for how long?");
        a.remember("dm:D1", state);

        assertEquals(state, b.recall("dm:D1"));
        assertEquals(ConversationState.empty(), b.recall("dm:D2"));
        ConversationState next = state.about("qa-engineer-to-sdet", Section.GAPS, Optional.empty());
        b.remember("dm:D1", next);
        assertEquals(next, a.recall("dm:D1"), "the later turn wins, wherever it was answered");
    }

    @Test
    void recall_aConversationUntouchedForHalfAnHour_startsAfresh_andIsPurged() {
        Database database = copy();
        JdbcConversationMemory memory = new JdbcConversationMemory(database, TOPICS, clock);
        ConversationState state = ConversationState.empty().about("g", Section.OVERVIEW, Optional.empty());
        memory.remember("person:U1", state);
        clock.advance(ConversationMemory.FORGET_AFTER.minusSeconds(1));
        assertEquals(state, memory.recall("person:U1"));
        memory.remember("dm:D9", state);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(ConversationState.empty(), memory.recall("person:U1"));
        assertEquals(1, JdbcConversationMemory.purgeExpired(database, clock.instant()));
        assertEquals(state, memory.recall("dm:D9"));
    }

    @Test
    void recall_storedJson_withATopicNoLongerInTheVocabulary_orAFieldFromANewerCopy_keepsTheRest() {
        Database database = copy();
        JdbcConversationMemory memory = new JdbcConversationMemory(database, TOPICS, clock);
        memory.remember("dm:D1", ConversationState.empty());
        database.withConnection("test", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE conversation_states SET state = ?")) {
                update.setString(1, "{\"guide\":\"g\",\"section\":\"gaps\",\"topic\":\"no-such-topic\","
                        + "\"lastQuestion\":\"why?\",\"addedLater\":[1,2]}");
                return update.executeUpdate();
            }
        });
        ConversationState read = memory.recall("dm:D1");
        assertEquals(Optional.of("g"), read.guideId());
        assertEquals(Optional.of(Section.GAPS), read.section());
        assertEquals(Optional.empty(), read.topic());
        assertEquals(Optional.of("why?"), read.lastQuestion());
    }

    @Test
    void recall_unreadableJson_isAFreshConversation() {
        Database database = copy();
        JdbcConversationMemory memory = new JdbcConversationMemory(database, TOPICS, clock);
        memory.remember("dm:D1", ConversationState.empty().asked("x"));
        database.withConnection("test", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE conversation_states SET state = 'not json'")) {
                return update.executeUpdate();
            }
        });
        assertEquals(ConversationState.empty(), memory.recall("dm:D1"));
    }

    @Test
    void sharedState_onTheEmbeddedFile_staysInMemory_onAServer_livesInTheDatabase() {
        Database database = copy();
        SharedState state = SharedState.of(database, clock, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        assertEquals(!database.config().isH2(), state.inDatabase());
        assertEquals(state.inDatabase(), state.events() instanceof JdbcEventDeduplicator);
        assertEquals(state.inDatabase(), state.conversations(TOPICS) instanceof JdbcConversationMemory);
        assertTrue(SharedState.sharable(DatabaseConfig.of("jdbc:h2:tcp://db/transition", Optional.empty(), Optional.empty())));
    }

    @Test
    void rememberAndRecall_whenTheDatabaseIsGone_answerWithoutContext() {
        Database database = copy();
        JdbcConversationMemory memory = new JdbcConversationMemory(database, TOPICS, clock);
        JdbcEventDeduplicator events = new JdbcEventDeduplicator(database, "copy-A", clock);
        database.close();
        memory.remember("dm:D1", ConversationState.empty().asked("x"));
        assertEquals(ConversationState.empty(), memory.recall("dm:D1"));
        assertEquals(Decision.ANSWER, events.take("EvWhileDown"), "answered rather than dropped");
    }

    private static int rows(Database database, String table) {
        return database.withConnection("counting", c -> {
            try (var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
