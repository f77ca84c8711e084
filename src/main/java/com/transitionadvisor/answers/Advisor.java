package com.transitionadvisor.answers;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.understanding.Command;
import com.transitionadvisor.understanding.RoleMatch;
import com.transitionadvisor.understanding.RoleMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers commands from the knowledge base. Never presents a guide for a pair it was not asked about. */
public final class Advisor {
    private static final int MAX_SUGGESTIONS = 5;

    private final KnowledgeBase knowledge;
    private final RoleMatcher roles;
    /** An advisor answers from one version of the knowledge base (a reload makes a new one): the list is built once. */
    private final Reply.GuideList guideList;

    public Advisor(KnowledgeBase knowledge, RoleMatcher roles) {
        this.knowledge = knowledge;
        this.roles = roles;
        this.guideList = groupByStartingRole(knowledge);
    }

    /** Whether both roles of a transition are known, so it reads as a command rather than a question. */
    public boolean namesKnownRoles(Command.ShowTransition show) {
        return roles.match(show.from()).isPresent() && roles.match(show.to()).isPresent();
    }

    /**
     * The move {@code show} asks for, when no guide covers it: each side the role it names or, when it names none,
     * the text typed. Empty when a guide covers it, or both sides are one role.
     */
    public Optional<MissingMoves.Move> missingMove(Command.ShowTransition show) {
        Optional<Role> from = roles.match(show.from()).map(RoleMatch::role);
        Optional<Role> to = roles.match(show.to()).map(RoleMatch::role);
        if (from.isPresent() && to.isPresent() && (from.equals(to) || knowledge.guide(from.get(), to.get()).isPresent())) {
            return Optional.empty();
        }
        if (show.from().isBlank() || show.to().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new MissingMoves.Move(side(from, show.from()), side(to, show.to())));
    }

    private static MissingMoves.Side side(Optional<Role> role, String typed) {
        return role.map(MissingMoves.Side::of).orElseGet(() -> MissingMoves.Side.typed(typed));
    }

    /** A counted move as authors read it: roles by their name in this version of roles.yml. */
    public Reply.RequestedMove named(MissingMoves.Requested requested) {
        MissingMoves.Move move = requested.move();
        return new Reply.RequestedMove(name(move.from()), move.from().known(), name(move.to()), move.to().known(),
                requested.count());
    }

    private String name(MissingMoves.Side side) {
        return side.known() ? knowledge.roles().byId(side.key()).map(Role::name).orElse(side.key()) : side.key();
    }

    /** The knowledge base this advisor answers from. */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Reply answer(Command command) {
        if (command instanceof Command.ShowTransition show) {
            return transition(show);
        }
        if (command instanceof Command.ShowRole show) {
            return role(show);
        }
        if (command instanceof Command.ListGuides) {
            return guideList();
        }
        if (command instanceof Command.Plan || command instanceof Command.Team) {
            return help(Optional.of("Study plans need to know who is asking: use /transition plan … in Slack or the console."));
        }
        if (command instanceof Command.Unanswered || command instanceof Command.Authors) {
            throw new IllegalArgumentException("what authors read is kept by the Assistant, not the Advisor");
        }
        if (command instanceof Command.Help) {
            return help(Optional.empty());
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    public Reply.Help help(Optional<String> problem) {
        return new Reply.Help(problem, knowledge.guides().stream().limit(3).toList());
    }

    /** A guide at a section, for buttons that carry a guide id; a stale id gets the guide list. */
    public Reply open(String guideId, Section section, int page) {
        return knowledge.guideById(guideId)
                .filter(guide -> guide.has(section))
                .<Reply>map(guide -> new Reply.GuideAnswer(guide, section, Math.max(0, page)))
                .orElseGet(this::guideList);
    }

    public Reply.GuideList guideList() {
        return guideList;
    }

    private static Reply.GuideList groupByStartingRole(KnowledgeBase knowledge) {
        List<Reply.RoleGroup> groups = knowledge.guides().stream()
                .collect(Collectors.groupingBy(GuideEntry::from, java.util.LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().name()))
                .map(e -> new Reply.RoleGroup(e.getKey(), e.getValue()))
                .toList();
        return new Reply.GuideList(groups);
    }

    private Reply transition(Command.ShowTransition show) {
        Optional<Role> from = roles.match(show.from()).map(RoleMatch::role);
        Optional<Role> to = roles.match(show.to()).map(RoleMatch::role);
        if (from.isPresent() && to.isPresent()) {
            Optional<Guide> guide = knowledge.guide(from.get(), to.get());
            if (guide.isPresent()) {
                Section section = show.section().filter(guide.get()::has).orElse(Section.OVERVIEW);
                // The bare move is the at-a-glance card (page 0); asking for "overview" by name is the page about the move;
                // "… <section> page N" is that page of a long section (what "Show more" shows)
                boolean overviewByName = show.section().filter(Section.OVERVIEW::equals).isPresent();
                int page = overviewByName && show.page() == 0 ? 1 : section == show.section().orElse(Section.OVERVIEW) ? show.page() : 0;
                return new Reply.GuideAnswer(guide.get(), section, page, show.section().filter(s -> !guide.get().has(s)));
            }
            if (from.get().equals(to.get())) {
                return new Reply.RoleGuides(from.get(), knowledge.guidesFrom(from.get()), knowledge.guidesTo(from.get()));
            }
            return new Reply.NoGuide(from.get(), to.get(), suggestionsFor(from, to));
        }
        List<String> unknown = new ArrayList<>();
        List<Role> didYouMean = new ArrayList<>();
        if (from.isEmpty()) {
            unknown.add(show.from());
            didYouMean.addAll(roles.similar(show.from(), 3));
        }
        if (to.isEmpty()) {
            unknown.add(show.to());
            didYouMean.addAll(roles.similar(show.to(), 3));
        }
        return new Reply.UnknownRole(unknown, didYouMean.stream().distinct().toList(), suggestionsFor(from, to));
    }

    private Reply role(Command.ShowRole show) {
        Optional<Role> role = roles.match(show.role()).map(RoleMatch::role);
        if (role.isEmpty()) {
            return new Reply.UnknownRole(List.of(show.role()), roles.similar(show.role(), 3), List.of());
        }
        return new Reply.RoleGuides(role.get(), knowledge.guidesFrom(role.get()), knowledge.guidesTo(role.get()));
    }

    private List<GuideEntry> suggestionsFor(Optional<Role> from, Optional<Role> to) {
        return knowledge.closestGuides(from, to, MAX_SUGGESTIONS);
    }
}
