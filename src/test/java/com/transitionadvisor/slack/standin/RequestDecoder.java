package com.transitionadvisor.slack.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Turns a raw HTTP request from the SDK into an {@link ApiCall}. */
final class RequestDecoder {

    /** Form parameters that the SDK sends as JSON text; they are parsed so tests can navigate them. */
    private static final Set<String> JSON_FORM_PARAMS = Set.of("blocks", "attachments", "view", "metadata", "files");

    private final ObjectMapper json;

    RequestDecoder(ObjectMapper json) {
        this.json = json;
    }

    ApiCall decode(String method, String path, String contentType, byte[] rawBody, String authorizationHeader) {
        String text = new String(rawBody, StandardCharsets.UTF_8);
        String type = contentType == null ? "" : contentType.toLowerCase();
        Map<String, String> params;
        JsonNode body;
        if (type.startsWith("application/json")) {
            body = parseJson(text);
            params = flatten(body);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            params = parseForm(text);
            body = formAsJson(params);
        } else {
            params = Map.of();
            body = json.getNodeFactory().textNode(text);
        }
        String authorization = authorizationHeader;
        if (authorization == null && params.containsKey("token")) {
            authorization = "Bearer " + params.get("token");
        }
        return new ApiCall(method, path, params, body, authorization);
    }

    private JsonNode parseJson(String text) {
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The app sent a JSON content type with a body that is not JSON: "
                    + text, e);
        }
    }

    private static Map<String, String> flatten(JsonNode body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            if (!value.isNull()) {
                params.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
            }
        }
        return params;
    }

    private static Map<String, String> parseForm(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private ObjectNode formAsJson(Map<String, String> params) {
        ObjectNode body = json.createObjectNode();
        params.forEach((name, value) -> {
            if (JSON_FORM_PARAMS.contains(name)) {
                body.set(name, parseEmbeddedJson(name, value));
            } else {
                body.put(name, value);
            }
        });
        return body;
    }

    private JsonNode parseEmbeddedJson(String name, String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            // Slack would answer invalid_blocks / invalid_arguments; keep the text so the test can see it.
            return json.getNodeFactory().textNode(value);
        }
    }
}
