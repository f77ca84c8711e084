package com.transitionadvisor.plans;

import com.transitionadvisor.knowledge.GuideEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The answer to a plan request, independent of where it is shown; laid out by the render package. */
public sealed interface PlanOutcome {

    enum Format {
        MARKDOWN("md", "text/markdown"), ICALENDAR("ics", "text/calendar");

        private final String extension;
        private final String mimetype;

        Format(String extension, String mimetype) {
            this.extension = extension;
            this.mimetype = mimetype;
        }

        public String extension() {
            return extension;
        }

        public String mimetype() {
            return mimetype;
        }
    }

    /** The person's plan, after whatever changed it; {@code notice} says what just happened. */
    record Shown(StudyPlan plan, LocalDate today, Optional<String> notice, Optional<CheckInSchedule> checkIns,
                 boolean canShare) implements PlanOutcome {
    }

    /** The person has no plan: how to make one, with the guides to choose from. */
    record NoPlan(List<GuideEntry> guides) implements PlanOutcome {
        public NoPlan {
            guides = List.copyOf(guides);
        }
    }

    /** A new plan would replace the current one: nothing changed yet; ask first. */
    record ConfirmReplace(StudyPlan current, PlanService.Proposal proposal) implements PlanOutcome {
    }

    /**
     * A plan was asked for the guide the person's plan already follows, with another pace or start: changing
     * those keeps the progress, so that is offered (and starting over only second). Empty when not asked.
     */
    record AlreadyPlanned(StudyPlan current, GuideEntry guide, Optional<Pace> pace, Optional<LocalDate> start) implements PlanOutcome {
    }

    /**
     * A plan asked for in words without a move the app could tell: which one? {@code options} are the pace and
     * start that were asked for ("5 hours a week"), to be kept once the move is named.
     */
    record WhichMove(List<GuideEntry> guides, String options) implements PlanOutcome {
        public WhichMove {
            guides = List.copyOf(guides);
        }
    }

    /** {@code plan delete}: nothing deleted yet; ask first. */
    record ConfirmDelete(StudyPlan plan) implements PlanOutcome {
    }

    /** No guide for the pair asked about; answered with the core's suggestions. */
    record NoSuchGuide(String from, String to) implements PlanOutcome {
    }

    /** The request could not be done; {@code message} says why and what to type instead. */
    record Problem(String message) implements PlanOutcome {
    }

    /** The plan as a file, handed over as a file wherever it is shown (never as message text). */
    record Exported(StudyPlan plan, Format format, String fileName, String content) implements PlanOutcome {
        public ExportFile file() {
            return new ExportFile(fileName, format.mimetype(), content);
        }
    }

    /**
     * Slack has the exported file: uploaded into the person's direct messages with the app; {@code elsewhere}
     * when they asked somewhere else (a channel), so the reply says where to find it.
     */
    record ExportSent(String fileName, Format format, boolean elsewhere) implements PlanOutcome {
    }

    /** Posted in the channel; this is the confirmation for the person who shared. */
    record Shared(Share share, StudyPlan plan) implements PlanOutcome {
    }

    /** Not posted, and nothing recorded. */
    record NotShared(SharePoster.Refusal reason, String detail, Optional<String> channelId) implements PlanOutcome {
    }

    record TeamList(Team team, LocalDate today) implements PlanOutcome {
    }

    /**
     * {@code plan unshare}: {@code withdrawn} of the person's shares no longer appear in the team view — those in
     * {@code channelId}, or all of them when it was asked outside a channel.
     */
    record Unshared(int withdrawn, Optional<String> channelId) implements PlanOutcome {
    }

    record CheckInsOn(CheckInSchedule schedule) implements PlanOutcome {
    }

    record CheckInsOff(boolean wereOn) implements PlanOutcome {
    }

    record Deleted() implements PlanOutcome {
    }

    record Help() implements PlanOutcome {
    }
}
