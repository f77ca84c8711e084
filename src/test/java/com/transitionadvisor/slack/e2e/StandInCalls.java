package com.transitionadvisor.slack.e2e;

import com.transitionadvisor.slack.standin.ApiCall;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reading and waiting on what a {@link SlackStandIn} recorded, and describing it in failure messages; shared by the
 * Socket Mode suites ({@code RunningApp} here, {@code RunningPlansApp} in {@code slack.plans}).
 */
public final class StandInCalls {

    private StandInCalls() {
    }

    /** Every {@code chat.postMessage} to {@code channel} so far, oldest first. */
    public static List<ApiCall> posts(SlackStandIn slack, String channel) {
        return slack.calls("chat.postMessage").stream().filter(call -> channel.equals(call.param("channel"))).toList();
    }

    /** Waits until {@code channel} got at least {@code n} posts, and returns the {@code n}th (1-based). */
    public static ApiCall awaitPost(SlackStandIn slack, String channel, int n, Duration timeout) {
        awaitCondition(slack, n + " post(s) to " + channel, timeout, () -> posts(slack, channel).size() >= n);
        return posts(slack, channel).get(n - 1);
    }

    /**
     * Waits for a condition over the stand-in's records (calls, acks, connections) without polling: the stand-in
     * wakes its waiters on every recorded call and ack, and {@code auth.test} has been called at start-up, so the
     * probe below is re-evaluated each time something arrives.
     */
    public static void awaitCondition(SlackStandIn slack, String what, Duration timeout, BooleanSupplier condition) {
        try {
            slack.awaitCall("auth.test", call -> condition.getAsBoolean(), timeout);
        } catch (AssertionError e) {
            throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what, e);
        }
    }

    /** A short description of recorded calls for failure messages: method, target and the start of the text. */
    public static String describe(List<ApiCall> calls) {
        return calls.stream().map(StandInCalls::describe).toList().toString();
    }

    public static String describe(ApiCall call) {
        String target = call.param("channel") != null ? "channel=" + call.param("channel")
                : call.param("user_id") != null ? "user_id=" + call.param("user_id") : call.path();
        String threadTs = call.param("thread_ts") == null ? "" : " thread_ts=" + call.param("thread_ts");
        return call.method() + "(" + target + threadTs + ", text=" + brief(call.param("text"), 300) + ")";
    }

    /** At most {@code max} characters of a JSON node or text, for failure messages. */
    public static String brief(Object value, int max) {
        String text = String.valueOf(value);
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
