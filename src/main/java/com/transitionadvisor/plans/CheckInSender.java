package com.transitionadvisor.plans;

/** Delivers a check-in, e.g. as a Slack direct message. */
@FunctionalInterface
public interface CheckInSender {

    Delivery send(CheckIn checkIn);

    enum Delivery {
        /** Delivered. */
        SENT,
        /** Not delivered for a reason that may pass (network, rate limit): try again on a later run this week. */
        RETRY,
        /** Not delivered and never will be this week (e.g. the user is gone): do not try again this week. */
        SKIP
    }
}
