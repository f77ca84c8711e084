package com.transitionadvisor.plans;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A person's own time zone, for weekly check-ins asked for without one. The Slack edge reads it from the person's
 * profile; the core only asks, and only when the command named no zone.
 */
@FunctionalInterface
public interface UserZones {

    /** Where nobody has a profile to read a zone from, such as the console. */
    UserZones NONE = userId -> new Missing(ZoneSource.NO_PROFILE);

    /**
     * The person's zone, or why there is none. Implementations answer a failed lookup with {@link Missing}; a
     * lookup that throws anyway is treated the same way by the core.
     */
    Answer zoneOf(String userId);

    /** What a lookup found. */
    sealed interface Answer permits Found, Missing {
    }

    /** The person's own zone. */
    record Found(ZoneId zone) implements Answer {
        public Found {
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * No zone to be had, and why: {@link ZoneSource#NO_PROFILE}, {@link ZoneSource#PROFILE_WITHOUT_ZONE} or
     * {@link ZoneSource#PROFILE_UNAVAILABLE}.
     */
    record Missing(ZoneSource why) implements Answer {
        public Missing {
            if (!Objects.requireNonNull(why, "why").isDefault()) {
                throw new IllegalArgumentException("a missing zone needs a reason, not " + why);
            }
        }
    }
}
