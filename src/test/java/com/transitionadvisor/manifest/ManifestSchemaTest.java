package com.transitionadvisor.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code manifest.yml} (project root) against Slack's published app manifest schema 1.0.0
 * (slackapi/manifest-schema, copied to {@code src/test/resources/slack/} so the test runs offline).
 */
class ManifestSchemaTest {

    /** Maven runs tests with the project root as working directory. */
    private static final Path MANIFEST = Path.of("manifest.yml");
    private static final String SCHEMA = "/slack/manifest.schema.1.0.0.json";

    private static JsonSchema schema;
    private static JsonNode schemaJson;
    private static JsonNode manifest;

    @BeforeAll
    static void load() throws IOException {
        manifest = new YAMLMapper().readTree(MANIFEST.toFile());
        try (InputStream in = ManifestSchemaTest.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the test classpath: " + SCHEMA);
            }
            schemaJson = new ObjectMapper().readTree(in);
        }
        // Slack's schema carries two keywords outside draft-07 ("_note" comments and a "regex" on the
        // colour); declare them as non-validating so the validator does not warn about them.
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("_note"))
                .keyword(new NonValidationKeyword("regex"))
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, factory -> factory.metaSchema(draft7))
                .getSchema(schemaJson);
    }

    @Test
    void manifest_validatesAgainstSlackSchema_withoutErrors() {
        Set<ValidationMessage> errors = schema.validate(manifest);

        assertTrue(errors.isEmpty(), () -> "manifest.yml is invalid: " + errors);
    }

    @Test
    void manifest_withoutLeadingSlashInCommand_failsValidation() {
        // Negative control: proves the validator is really applied and can fail.
        ObjectNode broken = manifest.deepCopy();
        ((ObjectNode) broken.at("/features/slash_commands/0")).put("command", "transition");

        Set<ValidationMessage> errors = schema.validate(broken);

        assertFalse(errors.isEmpty(), "a command without '/' must be rejected");
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("command")),
                () -> "expected an error on the command, got " + errors);
    }

    @Test
    void manifest_backgroundColor_matchesSchemaRegex() {
        // The schema states the colour format with a non-standard "regex" keyword that validators ignore,
        // so it is checked here by hand.
        String regex = schemaJson.at("/definitions/app-manifests.v1.display_information.schema"
                + "/properties/background_color/regex").asText();
        String color = manifest.at("/display_information/background_color").asText();

        assertFalse(regex.isEmpty(), "schema no longer carries the colour regex");
        assertTrue(color.matches(regex), () -> color + " does not match " + regex);
    }

    @Test
    void manifest_subscribesToExactlyTheThreeBotEvents_overSocketModeWithInteractivity() {
        List<String> events = texts(manifest.at("/settings/event_subscriptions/bot_events"));

        assertEquals(List.of("app_mention", "message.im", "app_home_opened"), events);
        assertTrue(manifest.at("/settings/socket_mode_enabled").asBoolean(), "socket mode must be on");
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean(), "interactivity must be on");
        assertTrue(manifest.at("/settings/event_subscriptions/request_url").isMissingNode(),
                "Socket Mode apps need no request URL");
    }

    @Test
    void manifest_slashCommand_isTransition_withRawText() {
        JsonNode command = manifest.at("/features/slash_commands/0");

        assertEquals(1, manifest.at("/features/slash_commands").size());
        assertEquals("/transition", command.path("command").asText());
        assertFalse(command.path("should_escape").asBoolean(true), "the handler parses the raw text");
    }

    @Test
    void manifest_botScopes_coverTheSubscribedEvents() {
        List<String> scopes = texts(manifest.at("/oauth_config/scopes/bot"));

        // message.im needs im:history and app_mention needs app_mentions:read; posting needs chat:write.
        assertTrue(scopes.containsAll(List.of("commands", "chat:write", "app_mentions:read", "im:history")),
                () -> "missing scopes in " + scopes);
        assertEquals(scopes.size(), Set.copyOf(scopes).size(), () -> "duplicate scopes in " + scopes);
    }

    @Test
    void manifest_botScopes_letCheckInsReadPeoplesTimeZones() {
        // users.info (a person's tz, for check-ins typed without a zone) needs users:read.
        assertTrue(texts(manifest.at("/oauth_config/scopes/bot")).contains("users:read"));
    }

    @Test
    void manifest_botScopes_letAuthorGroupsBeRead() {
        // usergroups.users.list (the members of an author group in TRANSITION_AUTHORS) needs usergroups:read.
        assertTrue(texts(manifest.at("/oauth_config/scopes/bot")).contains("usergroups:read"));
    }

    private static List<String> texts(JsonNode array) {
        if (!array.isArray()) {
            throw new AssertionError("expected a list, got " + array);
        }
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
