package com.transitionadvisor.bench.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.slack.SlackAppFactory;
import com.transitionadvisor.slack.standin.SlackPayloads;
import com.transitionadvisor.slack.standin.SlackStandIn;
import java.util.List;

/**
 * What the benchmark sends, in a fixed repeating order of ten envelopes: three {@code /transition} overviews of a
 * guide (answered in the ack itself), one {@code /transition list}, three {@code message.im} direct messages with
 * a free-text question (acked at once, answered with {@code chat.postMessage}), and three "open section" button
 * clicks ({@code block_actions}, acked at once, answered through the {@code response_url}).
 */
final class EnvelopeMix {

    /** The kinds of envelope, with their Socket Mode envelope type. */
    enum Kind {
        SLASH_OVERVIEW("slash command, guide overview", SlackStandIn.SLASH_COMMANDS),
        SLASH_LIST("slash command, `list`", SlackStandIn.SLASH_COMMANDS),
        DIRECT_MESSAGE("DM, free-text question", SlackStandIn.EVENTS_API),
        OPEN_SECTION("button, open section", SlackStandIn.INTERACTIVE);

        final String label;
        final String envelopeType;

        Kind(String label, String envelopeType) {
            this.label = label;
            this.envelopeType = envelopeType;
        }
    }

    private static final List<Kind> ORDER = List.of(
            Kind.SLASH_OVERVIEW, Kind.DIRECT_MESSAGE, Kind.OPEN_SECTION, Kind.SLASH_LIST, Kind.SLASH_OVERVIEW,
            Kind.DIRECT_MESSAGE, Kind.OPEN_SECTION, Kind.SLASH_OVERVIEW, Kind.DIRECT_MESSAGE, Kind.OPEN_SECTION);

    private static final List<String> PAIRS = List.of(
            "backend developer to cloud engineer",
            "cloud engineer to backend developer");

    private static final List<String> QUESTIONS = List.of(
            "I'm a backend developer, how long will it take to become a cloud engineer?",
            "I'm a cloud engineer, will I take a pay cut if I move to backend?",
            "which of my skills transfer if I go from backend developer to cloud engineer?",
            "what should a backend developer learn first to become a cloud engineer?",
            "how do I explain my move from cloud engineer to backend developer in an interview?");

    private static final List<String> GUIDES = List.of(
            "backend-developer-to-cloud-engineer",
            "cloud-engineer-to-backend-developer");

    private static final List<String> SECTIONS = List.of(
            "skills", "gaps", "timeline", "interview", "salary", "paths", "mistakes", "faq");

    /** One envelope ready to send; {@code answerKey} names where its later answer will arrive, if anywhere. */
    record Envelope(Kind kind, String type, JsonNode payload, String answerKey) {
    }

    /** The {@code n}th envelope (0-based) of the sequence; every one has its own user, channel and ids. */
    Envelope envelope(long n, SlackStandIn slack) {
        Kind kind = ORDER.get((int) (n % ORDER.size()));
        String user = "UB" + n;
        return switch (kind) {
            case SLASH_OVERVIEW -> new Envelope(kind, kind.envelopeType, SlackPayloads.slashCommand(
                    SlackAppFactory.COMMAND, PAIRS.get((int) (n / ORDER.size() % PAIRS.size())), user, "CBENCH",
                    slack.responseUrl()), null);
            case SLASH_LIST -> new Envelope(kind, kind.envelopeType, SlackPayloads.slashCommand(
                    SlackAppFactory.COMMAND, "list", user, "CBENCH", slack.responseUrl()), null);
            case DIRECT_MESSAGE -> {
                // A channel of its own, so its chat.postMessage can be told apart (and a fresh conversation).
                String channel = "DB" + n;
                yield new Envelope(kind, kind.envelopeType, SlackPayloads.directMessage(user, channel,
                        QUESTIONS.get((int) (n / ORDER.size() % QUESTIONS.size()))), channel);
            }
            case OPEN_SECTION -> {
                String responseUrl = slack.responseUrl();
                String value = GUIDES.get((int) (n % GUIDES.size())) + "/"
                        + SECTIONS.get((int) (n / ORDER.size() % SECTIONS.size())) + "/0";
                yield new Envelope(kind, kind.envelopeType, SlackPayloads.blockAction("open_section#1", value, user,
                        "CBENCH", responseUrl), java.net.URI.create(responseUrl).getPath());
            }
        };
    }
}
