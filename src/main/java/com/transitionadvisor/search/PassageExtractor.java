package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.knowledge.vocabulary.Topic;
import com.transitionadvisor.knowledge.vocabulary.PassageKind;
import com.transitionadvisor.knowledge.vocabulary.Topics;
import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import com.transitionadvisor.understanding.TopicDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Cuts a guide into passages small enough to be a direct answer. Each passage is tagged with the topics of
 * its section; FAQ entries and notes also with those their title names (so the FAQ entry "Will I need to
 * take a pay cut?" is about salary).
 */
public final class PassageExtractor {
    private final TopicDetector detector;
    private final Topics topics;

    /** @param detector finds the topics a FAQ entry's or note's title names; its vocabulary says what each kind is about */
    public PassageExtractor(TopicDetector detector) {
        this.detector = detector;
        this.topics = detector.vocabulary().topics();
    }

    /** The vocabulary passages are tagged with: an index built with another must be rebuilt. */
    public Vocabulary vocabulary() {
        return detector.vocabulary();
    }

    public List<Passage> passages(Guide guide) {
        List<Passage> out = new ArrayList<>();
        add(out, guide, Section.OVERVIEW, "Summary", guide.summary(), PassageKind.OVERVIEW_SUMMARY);
        guide.overview().ifPresent(overview -> {
            overview.why().ifPresent(why -> add(out, guide, Section.OVERVIEW, "Why people make this move", why,
                    PassageKind.OVERVIEW_WHY));
            overview.realism().ifPresent(realism -> add(out, guide, Section.OVERVIEW, "How realistic it is", realism,
                    PassageKind.OVERVIEW_REALISM));
            overview.dayToDay().ifPresent(day -> add(out, guide, Section.OVERVIEW, "Day to day",
                    () -> "As a " + guide.from().name() + ": " + day.before() + "\nAs a " + guide.to().name() + ": " + day.after(),
                    PassageKind.OVERVIEW_DAY_TO_DAY));
            if (!overview.keyPoints().isEmpty()) {
                add(out, guide, Section.OVERVIEW, "Key points", () -> bullets(overview.keyPoints()),
                        PassageKind.OVERVIEW_KEY_POINTS);
            }
        });
        for (Guide.TransferableSkill skill : guide.transferableSkills()) {
            Supplier<String> text = () -> skill.skill() + skill.becomes().map(b -> " → " + b).orElse("")
                    + skill.difficulty().map(d -> " (transfer difficulty: " + d.label() + ")").orElse("")
                    + skill.note().map(n -> ". " + n).orElse("");
            add(out, guide, Section.SKILLS, skill.skill(), text, PassageKind.SKILLS_ITEM);
        }
        for (Guide.Gap gap : guide.gaps()) {
            add(out, guide, Section.GAPS, gap.name(), () -> "Why it matters: " + gap.why() + "\nHow to close it: " + gap.how(),
                    PassageKind.GAPS_ITEM);
        }
        Guide.Timeline timeline = guide.timeline();
        add(out, guide, Section.TIMELINE, "How long it takes", () -> timeline.summary()
                + timeline.partTime().map(r -> "\nPart-time: " + months(r) + ".").orElse("")
                + timeline.fullTime().map(r -> "\nFull-time: " + months(r) + ".").orElse(""), PassageKind.TIMELINE_SUMMARY);
        for (Guide.Phase phase : timeline.phases()) {
            add(out, guide, Section.TIMELINE, phase.when() + ": " + phase.title(), () -> bullets(phase.items()),
                    PassageKind.TIMELINE_PHASE);
        }
        guide.interview().ifPresent(interview -> {
            if (!interview.questions().isEmpty()) {
                add(out, guide, Section.INTERVIEW, "Questions you will be asked", () -> bullets(interview.questions()),
                        PassageKind.INTERVIEW_QUESTIONS);
            }
            interview.tips().forEach(tip -> add(out, guide, Section.INTERVIEW, "Interview framing", tip,
                    PassageKind.INTERVIEW_TIP));
            interview.example().ifPresent(example -> add(out, guide, Section.INTERVIEW, "An example answer", example,
                    PassageKind.INTERVIEW_EXAMPLE));
        });
        guide.salary().ifPresent(salary -> {
            Supplier<String> figures = () -> salary.figures().stream()
                    .map(f -> f.role() + ", " + f.level() + ": " + f.range()).collect(Collectors.joining("\n"));
            add(out, guide, Section.SALARY, "What each role pays" + salary.region().map(r -> " (" + r + ")").orElse(""), figures,
                    PassageKind.SALARY_FIGURES);
            salary.note().ifPresent(note -> add(out, guide, Section.SALARY, "What happens to your pay", note,
                    PassageKind.SALARY_NOTE));
        });
        for (Guide.CareerPath path : guide.paths()) {
            add(out, guide, Section.PATHS, path.name(), () -> path.description() + path.fit().map(f -> "\nFit: " + f).orElse(""),
                    path.startHere() ? PassageKind.PATHS_START_HERE : PassageKind.PATHS_ITEM);
        }
        for (Guide.Mistake mistake : guide.mistakes()) {
            add(out, guide, Section.MISTAKES, mistake.title(),
                    () -> mistake.detail() + mistake.fix().map(f -> "\nInstead: " + f).orElse(""),
                    PassageKind.MISTAKES_ITEM);
        }
        for (Guide.FaqEntry entry : guide.faq()) {
            addNamedByTitle(out, guide, Section.FAQ, entry.question(), entry.answer(),
                    PassageKind.FAQ_ENTRY, Set.of());
        }
        for (Guide.ExtraNote note : guide.notes()) {
            addNamedByTitle(out, guide, note.section(), note.title(), note.text(),
                    PassageKind.MORE_NOTE, sectionTopics(note.section()));
        }
        return out;
    }

    private void add(List<Passage> out, Guide guide, Section section, String title, String text, PassageKind kind) {
        add(out, guide, section, title, () -> text, kind);
    }

    private void add(List<Passage> out, Guide guide, Section section, String title, Supplier<String> text,
                     PassageKind kind) {
        add(out, guide, section, kind, title, text, topics.strongOn(kind), topics.weakOn(kind));
    }

    private static void add(List<Passage> out, Guide guide, Section section, PassageKind kind, String title,
                            Supplier<String> text, Set<Topic> strong, Set<Topic> weak) {
        out.add(new Passage(guide, out.size(), section, kind, title, text, strong, weak));
    }

    /** FAQ entries and notes say in their title what they are about, e.g. "Will I need to take a pay cut?". */
    private void addNamedByTitle(List<Passage> out, Guide guide, Section section, String title, String text,
                                 PassageKind kind, Set<Topic> base) {
        Set<Topic> strong = new TreeSet<>(topics.strongOn(kind));
        Set<Topic> weak = new TreeSet<>(topics.weakOn(kind));
        strong.addAll(base);
        for (Topic topic : detector.detect(title)) {
            // an FAQ entry about pay is a good answer on pay, but the salary section, where there is one, is better
            (topic.section() == section ? strong : weak).add(topic);
        }
        weak.removeAll(strong);
        add(out, guide, section, kind, title, () -> text, strong, weak);
    }

    /** A note added to a section is about that section's topics (those answered in the overview or FAQ are too broad). */
    private Set<Topic> sectionTopics(Section section) {
        Set<Topic> tags = new TreeSet<>();
        for (Topic topic : topics.all()) {
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
