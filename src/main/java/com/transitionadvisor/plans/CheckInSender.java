package com.transitionadvisor.plans;

/** Delivers a check-in, e.g. as a Slack direct message. */
@FunctionalInterface
public interface CheckInSender {

    Delivery send(CheckIn checkIn);

    enum Delivery {
        /** Delivered. */
        SENT,
        /**
         * Surely not delivered (Slack refused it, rate limited it, or could not be reached at all), for a reason that
         * may pass: try again on a later run this week.
         */
        RETRY,
        /**
         * May or may not have been delivered (the post timed out, or Slack failed while handling it): never sent
         * again, so nobody gets two check-ins for one week; a rare miss is logged instead.
         */
        UNKNOWN,
        /** Not delivered and never will be this week (e.g. the user is gone): do not try again this week. */
        SKIP
    }
}
