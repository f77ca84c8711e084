package com.transitionadvisor.render;

import java.util.Optional;

/** Where a reply will be seen, which decides the buttons it gets and whether it names who shared it. */
public record Audience(Surface surface, Optional<String> sharedBy) {

    public enum Surface {
        /** Only the person who ran the slash command sees it: it can be shared into the channel. */
        PRIVATE,
        /** A direct message with the app. */
        DIRECT_MESSAGE,
        /** A thread reply to an @mention in a channel. */
        THREAD,
        /** Posted visibly in a channel by someone who shared it. */
        SHARED
    }

    public static Audience privately() {
        return new Audience(Surface.PRIVATE, Optional.empty());
    }

    public static Audience directMessage() {
        return new Audience(Surface.DIRECT_MESSAGE, Optional.empty());
    }

    public static Audience thread() {
        return new Audience(Surface.THREAD, Optional.empty());
    }

    public static Audience sharedBy(String userId) {
        return new Audience(Surface.SHARED, Optional.of(userId));
    }

    public boolean canShare() {
        return surface == Surface.PRIVATE;
    }

    public boolean isShared() {
        return surface == Surface.SHARED;
    }
}
