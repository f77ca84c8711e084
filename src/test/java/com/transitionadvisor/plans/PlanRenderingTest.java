package com.transitionadvisor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.BlockLimits;
import com.transitionadvisor.render.Card;
import com.transitionadvisor.render.ConsoleRenderer;
import com.transitionadvisor.render.HomeViewComposer;
import com.transitionadvisor.render.PlanActions;
import com.transitionadvisor.render.PlanCards;
import com.transitionadvisor.render.SlackMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The App Home and the plan messages as Slack gets them: within Block Kit's limits however long the plan. */
class PlanRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final HomeViewComposer composer = new HomeViewComposer();

    @TestFactory
    Stream<DynamicTest> everyHomeView_isWithinTheHomeTabLimits() {
        return PlanSamples.homes().entrySet().stream().map(home -> DynamicTest.dynamicTest(home.getKey(), () -> {
            SlackMessage view = renderer.render(composer.compose(home.getValue()), BlockLimits.HOME_TAB_BLOCKS);
            assertWithinLimits(view, BlockLimits.HOME_TAB_BLOCKS);
            new ConsoleRenderer().render(composer.compose(home.getValue()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> sharedPostsAndCheckIns_areWithinMessageLimits() {
        StudyPlan huge = PlanSamples.hugePlan(200);
        Share share = new Share("share-1", "U1", "C1", "1.1", huge.guideId(), huge.guideTitle(), huge.pace(), PlanSamples.NOW);
        CheckInSchedule schedule = new CheckInSchedule("U1", java.time.DayOfWeek.MONDAY, java.time.LocalTime.NOON, java.time.ZoneOffset.UTC);
        Map<String, Card> cards = Map.of(
                "shared post of a huge plan", PlanCards.sharedPost(share, huge),
                "check-in with everything due", PlanCards.checkIn(new CheckIn(schedule, "2027-W17", PlanSamples.TODAY.plusYears(3), huge,
                        CheckIn.dueFor(huge, PlanSamples.TODAY.plusYears(3)))),
                "check-in with nothing due", PlanCards.checkIn(new CheckIn(schedule, "2027-W17", PlanSamples.TODAY, huge, List.of())));
        return cards.entrySet().stream().map(card -> DynamicTest.dynamicTest(card.getKey(),
                () -> assertWithinLimits(renderer.render(card.getValue()), BlockLimits.MESSAGE_BLOCKS)));
    }

    @Test
    void home_hasACheckboxPerMilestoneThatRoundTripsThroughItsActionId() throws Exception {
        HomeView home = PlanSamples.homes().get("a plan of 11 milestones");
        StudyPlan plan = home.plan().orElseThrow();
        JsonNode blocks = json(renderer.render(composer.compose(home), BlockLimits.HOME_TAB_BLOCKS));
        List<JsonNode> groups = elements(blocks, "checkboxes");
        assertEquals(2, groups.size(), "11 milestones: a group of 10 and a group of 1");
        int options = 0;
        for (JsonNode group : groups) {
            PlanActions.TickGroup tick = PlanActions.parseTick(group.path("action_id").asText()).orElseThrow();
            assertEquals(plan.id(), tick.planId());
            Set<String> initial = new HashSet<>();
            group.path("initial_options").forEach(o -> initial.add(o.path("value").asText()));
            for (JsonNode option : group.path("options")) {
                int position = Integer.parseInt(option.path("value").asText());
                assertEquals(plan.isDone(position), tick.wasTicked(position));
                assertEquals(plan.isDone(position), initial.contains(option.path("value").asText()));
                options++;
            }
        }
        assertEquals(11, options);
    }

    @Test
    void tickGroup_changes_areOnlyTheBoxesChangedSincePublishing() {
        PlanActions.TickGroup group = PlanActions.parseTick(PlanActions.TICK + "#plan-1/10/0110").orElseThrow();
        assertEquals(Map.of(10, true, 11, false), group.changes(Set.of(10, 12, 99)));
        assertEquals(Map.of(), group.changes(Set.of(11, 12)));
        assertTrue(PlanActions.parseTick(PlanActions.TICK + "#plan 1/x/01").isEmpty(), "a malformed id is ignored");
        assertTrue(PlanActions.parseTick("plan_tock#plan-1/0/01").isEmpty());
    }

    @Test
    void home_ofAVeryLongPlan_showsAWindowAroundTheNextMilestone() throws Exception {
        HomeView home = PlanSamples.homes().get("a plan of 200 milestones");
        JsonNode blocks = json(renderer.render(composer.compose(home), BlockLimits.HOME_TAB_BLOCKS));
        List<Integer> positions = new ArrayList<>();
        elements(blocks, "checkboxes").forEach(g -> g.path("options").forEach(o -> positions.add(o.path("value").asInt())));
        assertEquals(50, positions.size());
        assertTrue(positions.contains(100), "milestone 101 is next (100 of 200 ticked) and has a checkbox: " + positions);
        assertTrue(blocks.toString().contains("Milestones 101–150 of 200 shown"), blocks.toString());
    }

    @Test
    void home_withAPlan_hasAStartDatePickerAndPaceButtons() throws Exception {
        HomeView home = PlanSamples.homes().get("a plan");
        JsonNode blocks = json(renderer.render(composer.compose(home), BlockLimits.HOME_TAB_BLOCKS));
        List<JsonNode> pickers = new ArrayList<>();
        blocks.forEach(b -> {
            if (b.path("accessory").path("type").asText().equals("datepicker")) {
                pickers.add(b.path("accessory"));
            }
        });
        assertEquals(1, pickers.size());
        assertEquals(PlanSamples.START.toString(), pickers.get(0).path("initial_date").asText());
        assertEquals(PlanActions.START + "#plan-U1", pickers.get(0).path("action_id").asText());
        List<String> labels = elements(blocks, "button").stream().map(b -> b.path("text").path("text").asText()).toList();
        assertTrue(labels.containsAll(List.of("Pace: 20 hours a week", "Pace: full-time", "Stop weekly check-ins",
                "Export Markdown", "Make my plan: Cloud Engineer → Backend Developer")), labels.toString());
        assertFalse(labels.contains("Pace: part-time"), "the current pace is not offered");
    }

    @Test
    void text_isEscapedInEveryPlanCard() throws Exception {
        JsonNode blocks = json(renderer.render(composer.compose(PlanSamples.homes().get("a plan of 9 milestones")), BlockLimits.HOME_TAB_BLOCKS));
        // plain_text is never parsed by Slack; every mrkdwn text must have its control characters escaped.
        List<String> mrkdwn = new ArrayList<>();
        blocks.findParents("type").forEach(node -> {
            if (node.path("type").asText().equals("mrkdwn")) {
                mrkdwn.add(node.path("text").asText());
            }
        });
        assertFalse(mrkdwn.isEmpty());
        for (String text : mrkdwn) {
            assertFalse(text.contains("<!channel>") || text.contains("<@U123>"), text);
        }
        assertTrue(mrkdwn.stream().anyMatch(t -> t.contains("&lt;!channel&gt;")));
    }

    private static JsonNode json(SlackMessage message) throws Exception {
        return JSON.readTree(GsonFactory.createSnakeCase().toJson(message.blocks()));
    }

    private static List<JsonNode> elements(JsonNode blocks, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("type").asText().equals(type)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    /** Slack's limits (shared/SLACK_FACTS.md §4), checked on the JSON the SDK sends. */
    static void assertWithinLimits(SlackMessage message, int maxBlocks) throws Exception {
        List<String> problems = new ArrayList<>();
        JsonNode blocks = json(message);
        if (message.text() == null || message.text().isBlank() || message.text().length() > BlockLimits.FALLBACK_TEXT) {
            problems.add("fallback text missing or too long");
        }
        if (blocks.size() > maxBlocks) {
            problems.add(blocks.size() + " blocks, more than " + maxBlocks);
        }
        Set<String> blockIds = new HashSet<>();
        Set<String> actionIds = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode block = blocks.get(i);
            String path = "blocks[" + i + "]";
            if (block.has("block_id") && (!blockIds.add(block.path("block_id").asText()) || block.path("block_id").asText().length() > 255)) {
                problems.add(path + ": block_id repeated or too long");
            }
            text(block.path("text"), path + ".text", block.path("type").asText().equals("header") ? BlockLimits.HEADER_TEXT : BlockLimits.SECTION_TEXT, problems);
            if (block.path("type").asText().equals("actions") && block.path("elements").size() > BlockLimits.ACTION_ELEMENTS) {
                problems.add(path + ": more than 25 elements");
            }
            List<JsonNode> elements = new ArrayList<>();
            block.path("elements").forEach(elements::add);
            if (block.has("accessory")) {
                elements.add(block.path("accessory"));
            }
            for (JsonNode element : elements) {
                String id = element.path("action_id").asText();
                if (!id.isEmpty() && (!actionIds.add(id) || id.length() > BlockLimits.ACTION_ID)) {
                    problems.add(path + ": action_id repeated or too long: " + id);
                }
                switch (element.path("type").asText()) {
                    case "button" -> {
                        text(element.path("text"), path + " button", BlockLimits.BUTTON_TEXT, problems);
                        if (element.path("value").asText().length() > BlockLimits.BUTTON_VALUE) {
                            problems.add(path + ": button value too long");
                        }
                    }
                    case "checkboxes" -> {
                        if (element.path("options").size() < 1 || element.path("options").size() > 10) {
                            problems.add(path + ": checkboxes need 1 to 10 options");
                        }
                        for (JsonNode option : element.path("options")) {
                            text(option.path("text"), path + " option", BlockLimits.OPTION_TEXT, problems);
                            if (option.has("description")) {
                                text(option.path("description"), path + " option description", BlockLimits.OPTION_TEXT, problems);
                            }
                        }
                    }
                    case "datepicker" -> {
                        if (!element.path("initial_date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                            problems.add(path + ": datepicker needs a YYYY-MM-DD initial_date");
                        }
                    }
                    case "mrkdwn", "plain_text" -> text(element, path + " context", BlockLimits.CONTEXT_TEXT, problems);
                    default -> problems.add(path + ": unexpected element " + element.path("type").asText());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void text(JsonNode text, String path, int max, List<String> problems) {
        if (text.isMissingNode()) {
            return;
        }
        String value = text.path("text").asText();
        if (value.isEmpty() || value.length() > max) {
            problems.add(path + ": text of " + value.length() + " characters (1 to " + max + ")");
        }
    }
}
