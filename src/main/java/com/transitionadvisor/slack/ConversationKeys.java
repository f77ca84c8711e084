package com.transitionadvisor.slack;

/** One conversation per direct-message channel and one per channel thread, as the core's memory key. */
public final class ConversationKeys {
    private ConversationKeys() {
    }

    public static String directMessage(String channelId) {
        return "dm:" + channelId;
    }

    public static String thread(String channelId, String threadTs) {
        return "thread:" + channelId + ":" + threadTs;
    }

    /** For a button on a message: its DM channel, or the thread it sits in. */
    public static String ofMessage(String channelId, String threadTs, String messageTs) {
        if (channelId != null && channelId.startsWith("D")) {
            return directMessage(channelId);
        }
        return thread(channelId, threadTs != null ? threadTs : messageTs);
    }
}
