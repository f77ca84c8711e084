package com.transitionadvisor.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * {@code chat --jsonl}: for every input line exactly one JSON object on one output line, carrying the Block
 * Kit Slack would get, serialised by the Slack SDK exactly as it sends it. A reply that hands over files (an
 * exported plan) carries them in {@code files}: {@code name}, {@code mimetype}, {@code content}.
 */
public final class JsonLinesChat {
    private final Assistant assistant;
    private final Presenter presenter;
    private final ObjectMapper json;
    private final Gson slackJson = GsonFactory.createSnakeCase();

    public JsonLinesChat(Assistant assistant, Presenter presenter, ObjectMapper json) {
        this.assistant = assistant;
        this.presenter = presenter;
        this.json = json;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            out.println(json.writeValueAsString(reply(line)));
            out.flush();
        }
    }

    ObjectNode reply(String line) throws IOException {
        boolean command = ConsoleInput.isCommand(line);
        Audience audience = command ? Audience.privately() : Audience.directMessage();
        Reply answer = ConsoleInput.answer(assistant, line);
        SlackMessage message = presenter.slack(answer, audience);
        ObjectNode reply = json.createObjectNode();
        reply.put("input", line);
        reply.put("text", message.text());
        JsonNode blocks = json.readTree(slackJson.toJson(message.blocks()));
        reply.set("blocks", blocks);
        reply.put("response_type", command ? "ephemeral" : "in_channel");
        if (!answer.files().isEmpty()) {
            reply.set("files", json.valueToTree(answer.files()));
        }
        return reply;
    }
}
