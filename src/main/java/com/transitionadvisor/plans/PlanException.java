package com.transitionadvisor.plans;

/**
 * Something about a plan request cannot be done; the message is written for the person who asked, and the
 * one place that answers plan requests ({@link PlanDesk}) shows it to them as it is.
 */
public class PlanException extends RuntimeException {
    public PlanException(String message) {
        super(message);
    }

    /** The person has no plan yet. */
    public static final class NoPlan extends PlanException {
        public NoPlan() {
            super("You don't have a study plan yet. Make one with /transition plan <from> to <to>, "
                    + "e.g. /transition plan backend developer to cloud engineer part-time.");
        }
    }

    /** A button or command refers to a plan that has since been replaced or deleted. */
    public static final class StalePlan extends PlanException {
        public StalePlan() {
            super("That belongs to a plan you have since replaced. Here is your current plan.");
        }
    }

    /** A milestone number that the plan does not have. */
    public static final class NoSuchMilestone extends PlanException {
        public NoSuchMilestone(int number, int count) {
            super("Your plan has milestones 1 to " + count + "; there is no milestone " + number
                    + ". For example: /transition plan done 1");
        }
    }

    /** The guide a plan was made from is no longer in the knowledge base, so dates cannot be recomputed. */
    public static final class GuideGone extends PlanException {
        public GuideGone(String guideTitle) {
            super("The guide “" + guideTitle + "” is no longer available, so I can't recompute this plan's dates. "
                    + "Make a new plan from /transition list.");
        }
    }

    /** A "Follow this plan" button for a share that is not (or no longer) recorded. */
    public static final class NoSuchShare extends PlanException {
        public NoSuchShare() {
            super("I can't find that shared plan any more. Ask its owner to share it again.");
        }
    }
}
