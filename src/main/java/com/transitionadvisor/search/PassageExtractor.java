package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.understanding.Topic;
import com.transitionadvisor.understanding.TopicDetector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Cuts a guide into passages small enough to be a direct answer. Each passage is tagged with the topics of
 * its section; FAQ entries and notes also with those their title names (so the FAQ entry "Will I need to
 * take a pay cut?" is about salary).
 */
public final class PassageExtractor {
    private final TopicDetector topics;

    public PassageExtractor(TopicDetector topics) {
        this.topics = topics;
    }

    public List<Passage> passages(Guide guide) {
        List<Passage> out = new ArrayList<>();
        add(out, guide, Section.OVERVIEW, "Summary", guide.summary(), EnumSet.of(Topic.FEASIBILITY));
        guide.overview().ifPresent(overview -> {
            overview.why().ifPresent(why -> add(out, guide, Section.OVERVIEW, "Why people make this move", why,
                    EnumSet.of(Topic.MOTIVATION)));
            overview.realism().ifPresent(realism -> add(out, guide, Section.OVERVIEW, "How realistic it is", realism,
                    EnumSet.of(Topic.FEASIBILITY, Topic.CHALLENGES)));
            overview.dayToDay().ifPresent(day -> add(out, guide, Section.OVERVIEW, "Day to day",
                    () -> "As a " + guide.from().name() + ": " + day.before() + "\nAs a " + guide.to().name() + ": " + day.after(),
                    EnumSet.of(Topic.DAY_TO_DAY)));
            if (!overview.keyPoints().isEmpty()) {
                add(out, guide, Section.OVERVIEW, "Key points", () -> bullets(overview.keyPoints()), EnumSet.noneOf(Topic.class));
            }
        });
        for (Guide.TransferableSkill skill : guide.transferableSkills()) {
            Supplier<String> text = () -> skill.skill() + skill.becomes().map(b -> " → " + b).orElse("")
                    + skill.difficulty().map(d -> " (transfer difficulty: " + d.label() + ")").orElse("")
                    + skill.note().map(n -> ". " + n).orElse("");
            add(out, guide, Section.SKILLS, skill.skill(), text, EnumSet.of(Topic.SKILLS));
        }
        for (Guide.Gap gap : guide.gaps()) {
            add(out, guide, Section.GAPS, gap.name(), () -> "Why it matters: " + gap.why() + "\nHow to close it: " + gap.how(),
                    EnumSet.of(Topic.GAPS), EnumSet.of(Topic.CHALLENGES));
        }
        Guide.Timeline timeline = guide.timeline();
        add(out, guide, Section.TIMELINE, "How long it takes", () -> timeline.summary()
                + timeline.partTime().map(r -> "\nPart-time: " + months(r) + ".").orElse("")
                + timeline.fullTime().map(r -> "\nFull-time: " + months(r) + ".").orElse(""), EnumSet.of(Topic.TIMELINE));
        for (Guide.Phase phase : timeline.phases()) {
            add(out, guide, Section.TIMELINE, phase.when() + ": " + phase.title(), () -> bullets(phase.items()),
                    EnumSet.of(Topic.TIMELINE));
        }
        guide.interview().ifPresent(interview -> {
            if (!interview.questions().isEmpty()) {
                add(out, guide, Section.INTERVIEW, "Questions you will be asked", () -> bullets(interview.questions()),
                        EnumSet.of(Topic.INTERVIEW));
            }
            interview.tips().forEach(tip -> add(out, guide, Section.INTERVIEW, "Interview framing", tip,
                    EnumSet.of(Topic.INTERVIEW)));
            interview.example().ifPresent(example -> add(out, guide, Section.INTERVIEW, "An example answer", example,
                    EnumSet.of(Topic.INTERVIEW)));
        });
        guide.salary().ifPresent(salary -> {
            Supplier<String> figures = () -> salary.figures().stream()
                    .map(f -> f.role() + ", " + f.level() + ": " + f.range()).collect(Collectors.joining("\n"));
            add(out, guide, Section.SALARY, "Salary" + salary.region().map(r -> " (" + r + ")").orElse(""), figures,
                    EnumSet.of(Topic.SALARY));
            salary.note().ifPresent(note -> add(out, guide, Section.SALARY, "What happens to your pay", note,
                    EnumSet.of(Topic.SALARY)));
        });
        for (Guide.CareerPath path : guide.paths()) {
            add(out, guide, Section.PATHS, path.name(), () -> path.description() + path.fit().map(f -> "\nFit: " + f).orElse(""),
                    EnumSet.of(Topic.PATHS));
        }
        for (Guide.Mistake mistake : guide.mistakes()) {
            add(out, guide, Section.MISTAKES, mistake.title(),
                    () -> mistake.detail() + mistake.fix().map(f -> "\nInstead: " + f).orElse(""),
                    EnumSet.of(Topic.MISTAKES), EnumSet.of(Topic.CHALLENGES));
        }
        for (Guide.FaqEntry entry : guide.faq()) {
            addNamedByTitle(out, guide, Section.FAQ, entry.question(), entry.answer(), EnumSet.noneOf(Topic.class));
        }
        for (Guide.ExtraNote note : guide.notes()) {
            addNamedByTitle(out, guide, note.section(), note.title(), note.text(), sectionTopics(note.section()));
        }
        return out;
    }

    private static void add(List<Passage> out, Guide guide, Section section, String title, String text, Set<Topic> topics) {
        add(out, guide, section, title, () -> text, topics, EnumSet.noneOf(Topic.class));
    }

    private static void add(List<Passage> out, Guide guide, Section section, String title, Supplier<String> text,
                            Set<Topic> topics) {
        add(out, guide, section, title, text, topics, EnumSet.noneOf(Topic.class));
    }

    private static void add(List<Passage> out, Guide guide, Section section, String title, Supplier<String> text,
                            Set<Topic> topics, Set<Topic> weakTopics) {
        out.add(new Passage(guide, out.size(), section, title, text, topics, weakTopics));
    }

    /** FAQ entries and notes say in their title what they are about, e.g. "Will I need to take a pay cut?". */
    private void addNamedByTitle(List<Passage> out, Guide guide, Section section, String title, String text, Set<Topic> base) {
        Set<Topic> strong = EnumSet.noneOf(Topic.class);
        Set<Topic> weak = EnumSet.noneOf(Topic.class);
        strong.addAll(base);
        for (Topic topic : topics.detect(title)) {
            // an FAQ entry about pay is a good answer on pay, but the salary section, where there is one, is better
            (topic.section() == section ? strong : weak).add(topic);
        }
        weak.removeAll(strong);
        add(out, guide, section, title, () -> text, strong, weak);
    }

    private static Set<Topic> sectionTopics(Section section) {
        Set<Topic> tags = EnumSet.noneOf(Topic.class);
        for (Topic topic : Topic.values()) {
            if (topic.section() == section && section != Section.FAQ && section != Section.OVERVIEW) {
                tags.add(topic);
            }
        }
        return tags;
    }

    private static String bullets(List<String> items) {
        return items.stream().map(item -> "• " + item).collect(Collectors.joining("\n"));
    }

    private static String months(Guide.MonthRange range) {
        return range.min() == range.max() ? range.min() + " months" : range.min() + "–" + range.max() + " months";
    }
}
