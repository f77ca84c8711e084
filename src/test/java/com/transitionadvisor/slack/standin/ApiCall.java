package com.transitionadvisor.slack.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request the app made to the stand-in, in a uniform shape whatever its encoding.
 *
 * <p>The Java SDK posts Web API methods as {@code application/x-www-form-urlencoded} (Block Kit as JSON
 * strings in {@code blocks}, {@code view}, …) and posts to a {@code response_url} as JSON. Both are recorded
 * the same way, so a test can write {@code call.body().at("/blocks/0/text/text")} for either.
 *
 * @param method        the Web API method, e.g. {@code chat.postMessage}, or {@code response_url}
 * @param path          the request path, e.g. {@code /api/chat.postMessage} or {@code /response/7f3…}
 * @param params        top-level fields as text: form parameters, or the JSON body's fields (objects and
 *                      arrays as JSON text); unmodifiable
 * @param body          the JSON body, or the form as a JSON object whose {@code blocks}, {@code attachments},
 *                      {@code view} and {@code metadata} parameters are parsed into JSON
 * @param authorization the {@code Authorization} header, or {@code "Bearer " + token} when the token came as a
 *                      form parameter; {@code null} when absent
 */
public record ApiCall(String method, String path, Map<String, String> params, JsonNode body, String authorization) {

    public ApiCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        params = Map.copyOf(params);
        Objects.requireNonNull(body, "body");
    }

    /** The parameter's text, or {@code null} when absent. */
    public String param(String name) {
        return params.get(name);
    }
}
