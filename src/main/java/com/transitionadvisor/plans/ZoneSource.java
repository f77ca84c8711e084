package com.transitionadvisor.plans;

import java.util.Locale;

/**
 * Where a weekly check-in's time zone came from, kept with the schedule so the confirmation and the App Home can
 * say it. Only {@link #TYPED} and {@link #PROFILE} are the person's choice; the others are the app's default zone
 * (UTC), each saying why the person's own zone could not be used.
 */
public enum ZoneSource {
    /** Typed in the command, e.g. {@code check-in monday 9:00 Europe/London}. */
    TYPED,
    /** The person's own time zone, from their Slack profile. */
    PROFILE,
    /** The default: there is no profile to read a zone from (the console). */
    NO_PROFILE,
    /** The default: the profile has no time zone, or one that is not a known zone id. */
    PROFILE_WITHOUT_ZONE,
    /** The default: the profile could not be read (a missing scope, a rate limit, the network). */
    PROFILE_UNAVAILABLE;

    /** Whether the app's default zone was used because the person's own was not to be had. */
    public boolean isDefault() {
        return this != TYPED && this != PROFILE;
    }

    /** The source named by {@link #name()}, in any case; {@link #TYPED} for anything else (a value written by a newer version). */
    public static ZoneSource parse(String name) {
        if (name != null) {
            for (ZoneSource source : values()) {
                if (source.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                    return source;
                }
            }
        }
        return TYPED;
    }
}
