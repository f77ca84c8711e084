package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.GuideEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a person's App Home shows: their plan if they have one, their check-in schedule, and every guide. */
public record HomeView(String userId, Optional<StudyPlan> plan, LocalDate today, Optional<CheckInSchedule> checkIns,
                       List<GuideEntry> guides, Optional<String> notice) {
    public HomeView {
        guides = List.copyOf(guides);
    }
}
