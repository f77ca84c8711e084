package com.transitionadvisor.slack;

import com.slack.api.bolt.response.Response;

/** What a listener returns to leave an envelope unacked, so that Slack delivers it again later. */
public final class Redeliveries {
    private Redeliveries() {
    }

    /**
     * A non-200 response: Bolt's Socket Mode app then sends no ack (and logs a warning), and Slack retries the event
     * after a minute. Used only while another copy of the app holds the event.
     */
    public static Response askAgainLater() {
        return Response.builder().statusCode(409).contentType("text/plain")
                .body("another copy of the app is answering this event").build();
    }
}
