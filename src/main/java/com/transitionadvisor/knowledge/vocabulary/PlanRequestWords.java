package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;

/**
 * How people ask for a study plan in their own words ({@code plan_requests:} in {@code language.yml}): "make me a
 * study plan, 5 hours a week" names a plan and asks for one to be made; "show me my plan" asks to see it.
 *
 * @param planWords what a plan is called: "study plan", "roadmap", …
 * @param makeCues  words that ask for one to be made: "make", "create", "give me", …
 * @param showCues  words that ask to see the one they have: "show", "where is", …
 */
public record PlanRequestWords(List<String> planWords, List<String> makeCues, List<String> showCues) {
    public PlanRequestWords {
        planWords = List.copyOf(planWords);
        makeCues = List.copyOf(makeCues);
        showCues = List.copyOf(showCues);
    }

    /** No cues: plans are asked for with {@code /transition plan} only. */
    public static PlanRequestWords none() {
        return new PlanRequestWords(List.of(), List.of(), List.of());
    }
}
