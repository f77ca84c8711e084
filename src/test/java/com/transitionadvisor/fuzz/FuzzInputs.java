package com.transitionadvisor.fuzz;

import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.TestApplications;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators for the structured parts of requests: button values, guide ids, audiences. */
final class FuzzInputs {
    /** Every surface a reply can be rendered for; one shared-by id is valid, one is an injection attempt. */
    static final List<Audience> AUDIENCES = List.of(Audience.privately(), Audience.directMessage(), Audience.thread(),
            Audience.sharedBy("U0123ABCD"), Audience.sharedBy("U1><!channel> <@U2"));

    private FuzzInputs() {
    }

    /** Ids of the real guides, near misses, and hostile text. */
    static Arbitrary<String> guideId() {
        List<String> real = TestApplications.REAL_KNOWLEDGE.guides().stream().map(GuideEntry::id).toList();
        List<String> nearMisses = new ArrayList<>();
        for (String id : real) {
            nearMisses.add(id.toUpperCase());
            nearMisses.add(id + "-");
            nearMisses.add(" " + id);
            nearMisses.add(id.replace("-to-", "/"));
        }
        nearMisses.addAll(List.of("", "-", "no-such-guide", "backend-developer-to-data-engineer", "a".repeat(201), "..", "null"));
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(real)),
                Tuple.of(3, Arbitraries.of(nearMisses)),
                Tuple.of(2, HostileText.shortText()));
    }

    static Arbitrary<String> sectionKey() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(Section.keys())),
                Tuple.of(2, Arbitraries.of("OVERVIEW", "Salary", "pay", "", "faq ", "about", "x")),
                Tuple.of(1, HostileText.shortText()));
    }

    static Arbitrary<String> pageText() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 12).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("999", "1000", "-1", "01", "000", "", "1.5", "2147483648", "٣", "１")),
                Tuple.of(1, HostileText.shortText()));
    }

    /** A button value shaped like the app's ({@code guide/section/page}) or anything else a forged payload holds. */
    static Arbitrary<String> buttonValue() {
        Arbitrary<String> shaped = Combinators.combine(guideId(), sectionKey(), pageText()).as((g, s, p) -> g + "/" + s + "/" + p);
        return Arbitraries.frequencyOf(
                Tuple.of(6, shaped),
                Tuple.of(3, HostileText.text()),
                Tuple.of(1, Arbitraries.of("", "/", "//", "///", "a/b/c/d", "backend-developer-to-cloud-engineer")));
    }
}
