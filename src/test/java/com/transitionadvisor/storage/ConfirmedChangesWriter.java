package com.transitionadvisor.storage;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.plans.GuideFixtures;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.PlanBuilder;
import com.transitionadvisor.plans.StudyPlan;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The child process of {@link KillAndRestartDurabilityTest}: opens the embedded database the app would open in
 * {@code args[0]} (the app's own {@link DatabaseConfig#h2File} and {@link JdbcPlanStore}) and makes plan changes
 * until it is killed, printing each one only after the store has returned, as the app confirms a change to the
 * person only after the store returns: {@code plan <user> <planId>} for a saved plan, {@code done <planId>} for a
 * ticked first milestone. Users are numbered from {@code args[1]}.
 */
public final class ConfirmedChangesWriter {
    static final String READY = "ready";

    private ConfirmedChangesWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dataDir = Path.of(args[0]);
        int firstUser = Integer.parseInt(args[1]);
        Guide guide = GuideFixtures.withPhases(3, 6, 3);
        LocalDate start = LocalDate.of(2027, 3, 1);
        Database database = Database.open(DatabaseConfig.h2File(dataDir));
        JdbcPlanStore store = new JdbcPlanStore(database, Clock.systemUTC());
        out.println(READY);
        for (int user = firstUser; ; user++) {
            String userId = "U" + user;
            PlanBuilder.PlanSchedule schedule = new PlanBuilder().build(guide, start, Pace.partTime());
            StudyPlan plan = new StudyPlan("plan-" + user, userId, guide.id(), guide.title(), Pace.partTime(), start,
                    schedule.estimate(), Optional.empty(), Instant.now(), schedule.milestones(), Set.of());
            if (store.insertPlan(plan)) {
                out.println("plan " + userId + " " + plan.id());
            }
            if (store.setDone(plan.id(), 0, true, Instant.now())) {
                out.println("done " + plan.id());
            }
        }
    }
}
