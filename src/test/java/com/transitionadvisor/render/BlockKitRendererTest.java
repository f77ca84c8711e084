package com.transitionadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.transitionadvisor.Application;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Card.Button;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.ItemList;
import com.transitionadvisor.render.Card.Line;
import com.transitionadvisor.render.Card.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    private static final String HOSTILE = "<!channel> @here <@U123> & <https://evil|x>";

    private final BlockKitRenderer renderer = new BlockKitRenderer();

    private static Card card(Card.Element... elements) {
        return new Card("fallback", List.of(elements));
    }

    private static List<JsonNode> blocks(SlackMessage message) {
        return StreamSupport.stream(BlockKitLimitsAssert.toJson(message.blocks()).spliterator(), false).toList();
    }

    private static List<JsonNode> blocksOfType(SlackMessage message, String type) {
        return blocks(message).stream().filter(b -> b.path("type").asText().equals(type)).toList();
    }

    private static List<String> sectionTexts(SlackMessage message) {
        return blocksOfType(message, "section").stream().map(b -> b.path("text").path("text").asText()).toList();
    }

    /** Every text Slack would parse as mrkdwn: section text and fields, and mrkdwn context elements. */
    private static List<String> mrkdwnTexts(SlackMessage message) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : blocks(message)) {
            List<JsonNode> objects = new ArrayList<>();
            objects.add(block.path("text"));
            block.path("fields").forEach(objects::add);
            block.path("elements").forEach(objects::add);
            objects.stream().filter(o -> o.path("type").asText().equals("mrkdwn")).map(o -> o.path("text").asText())
                    .forEach(texts::add);
        }
        return texts;
    }

    private static List<Button> buttons(int count) {
        return IntStream.range(0, count).mapToObj(i ->
                new Button("Button " + i, UiAction.openSection("a-to-b", "gaps", i), i == 0, Optional.empty())).toList();
    }

    private static List<String> actionIds(SlackMessage message) {
        return blocksOfType(message, "actions").stream()
                .flatMap(b -> StreamSupport.stream(b.path("elements").spliterator(), false))
                .map(e -> e.path("action_id").asText()).toList();
    }

    @Nested
    class LongText {
        @Test
        void render_20000CharacterParagraph_splitsIntoSectionsWithinLimitAndKeepsEveryWord() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < 20_000; i++) {
                text.append("Word").append(i).append(i % 7 == 0 ? " & <b> 🚀" : "").append(i % 50 == 0 ? "\n\n" : " ");
            }
            SlackMessage message = renderer.render(card(Paragraph.of(text.toString())));

            List<String> sections = sectionTexts(message);
            assertTrue(sections.size() >= 7, "20,000 characters need at least 7 sections of 3000");
            sections.forEach(s -> assertTrue(s.length() <= 3000, "section of " + s.length()));
            assertEquals(SlackText.mrkdwn(text.toString()).replaceAll("\\s+", ""),
                    String.join("", sections).replaceAll("\\s+", ""), "no text lost or repeated at the cuts");
            BlockKitLimitsAssert.assertWithinLimits(message);
        }

        @Test
        void render_paragraphWithoutAnySpace_cutsNeitherEntitiesNorSurrogatePairs() {
            // No space or line break to cut at: the renderer must cut mid-word, but never inside "&amp;" or an emoji.
            String text = "a&b<c>🚀".repeat(3_000);
            SlackMessage message = renderer.render(card(Paragraph.of(text)));

            List<String> sections = sectionTexts(message);
            assertTrue(sections.size() > 1);
            assertEquals(SlackText.mrkdwn(text), String.join("", sections), "cut pieces join back exactly");
            for (String section : sections) {
                assertTrue(section.length() <= 3000);
                assertFalse(section.matches("(?s).*&[a-z]{0,3}$"), "ends inside an entity: …" + tail(section));
                assertFalse(section.matches("(?s)^[a-z]{1,3};.*"), "starts inside an entity");
                assertFalse(Character.isHighSurrogate(section.charAt(section.length() - 1)), "ends with half an emoji");
                assertFalse(Character.isLowSurrogate(section.charAt(0)), "starts with half an emoji");
            }
        }

        private static String tail(String s) {
            return s.substring(Math.max(0, s.length() - 10));
        }

        @Test
        void render_200LongListItems_isShortenedTo50BlocksWithANoteAndKeepsTheButtons() {
            List<Item> items = IntStream.range(0, 200)
                    .mapToObj(i -> Item.of("Item " + i, Line.of(("Long line " + i + ". ").repeat(120)))).toList();
            SlackMessage message = renderer.render(card(new Card.Heading("Long list"),
                    new ItemList(Optional.of("Items"), items, true), new Card.Buttons(buttons(3))));

            BlockKitLimitsAssert.assertWithinLimits(message);
            List<JsonNode> blocks = blocks(message);
            assertEquals(50, blocks.size());
            assertTrue(blocksOfType(message, "context").stream()
                            .anyMatch(b -> b.path("elements").get(0).path("text").asText().contains("shortened")),
                    "a note says the reply was shortened");
            assertEquals("actions", blocks.get(blocks.size() - 1).path("type").asText(), "buttons stay at the end");
            assertEquals(3, actionIds(message).size());
        }

        @Test
        void render_200ShortListItems_arePackedIntoFewSections() {
            List<Item> items = IntStream.range(0, 200).mapToObj(i -> Item.text("Item " + i)).toList();
            SlackMessage message = renderer.render(card(new ItemList(Optional.empty(), items, false)));

            BlockKitLimitsAssert.assertWithinLimits(message);
            String all = String.join("\n", sectionTexts(message));
            assertTrue(all.contains("• Item 0") && all.contains("• Item 199"), "nothing is dropped");
            assertTrue(blocks(message).size() < 10);
        }
    }

    @Nested
    class Buttons {
        @Test
        void render_40Buttons_areSplitIntoActionsBlocksOf25AndAllKept() {
            SlackMessage message = renderer.render(card(Paragraph.of("Pick one"), new Card.Buttons(buttons(40))));

            BlockKitLimitsAssert.assertWithinLimits(message);
            List<JsonNode> actions = blocksOfType(message, "actions");
            assertEquals(List.of(25, 15), actions.stream().map(a -> a.path("elements").size()).toList());
            assertEquals(40, actionIds(message).stream().distinct().count(), "every button kept, each with its own id");
            assertEquals(2, actions.stream().map(a -> a.path("block_id").asText()).distinct().count());
        }

        @Test
        void render_buttonLabelOver75Characters_isTruncatedWithAnEllipsis() {
            String label = "A very long label ".repeat(10);
            SlackMessage message = renderer.render(card(new Card.Buttons(List.of(
                    new Button(label, UiAction.openSection("a-to-b", "faq", 0), false, Optional.empty())))));

            String shown = blocksOfType(message, "actions").get(0).path("elements").get(0).path("text").path("text").asText();
            assertTrue(shown.length() <= 75, shown);
            assertTrue(shown.endsWith("…"), shown);
            assertTrue(label.startsWith(shown.substring(0, shown.length() - 1)));
        }

        @Test
        void render_buttonCarriesItsActionAsValueAndStyle() {
            SlackMessage message = renderer.render(card(new Card.Buttons(buttons(2))));

            JsonNode first = blocksOfType(message, "actions").get(0).path("elements").get(0);
            assertTrue(first.path("action_id").asText().startsWith(UiAction.OPEN_SECTION));
            assertEquals("a-to-b/gaps/0", first.path("value").asText());
            assertEquals("primary", first.path("style").asText());
            assertFalse(blocksOfType(message, "actions").get(0).path("elements").get(1).has("style"));
        }
    }

    @Nested
    class Header {
        @Test
        void render_headingOver150Characters_isTruncatedWithAnEllipsis() {
            SlackMessage message = renderer.render(card(new Card.Heading("Heading ".repeat(40))));

            String header = blocksOfType(message, "header").get(0).path("text").path("text").asText();
            assertTrue(header.length() <= 150, "header of " + header.length());
            assertTrue(header.endsWith("…"), header);
            BlockKitLimitsAssert.assertWithinLimits(message);
        }

        @Test
        void render_headingIsPlainText() {
            SlackMessage message = renderer.render(card(new Card.Heading("Backend Developer → Cloud Engineer")));

            JsonNode text = blocksOfType(message, "header").get(0).path("text");
            assertEquals("plain_text", text.path("type").asText());
            assertEquals("Backend Developer → Cloud Engineer", text.path("text").asText());
        }
    }

    @Nested
    class Escaping {
        @Test
        void render_userTextInEveryElement_isEscapedEverywhere() {
            Card card = new Card("You wrote " + HOSTILE, List.of(
                    new Card.Heading(HOSTILE),
                    Paragraph.titled(HOSTILE, HOSTILE),
                    new ItemList(Optional.of(HOSTILE), List.of(new Item(Optional.of(HOSTILE),
                            List.of(Line.labelled(HOSTILE, HOSTILE), Line.of(HOSTILE)))), true),
                    new Card.Note(HOSTILE)));
            SlackMessage message = renderer.render(card);

            List<String> mrkdwn = mrkdwnTexts(message);
            assertFalse(mrkdwn.isEmpty());
            for (String text : mrkdwn) {
                assertFalse(text.contains("<"), "raw '<' in mrkdwn: " + text);
                assertFalse(text.contains(">"), "raw '>' in mrkdwn: " + text);
                assertFalse(text.matches("(?s).*&(?!amp;|lt;|gt;).*"), "unescaped '&' in mrkdwn: " + text);
                assertTrue(text.contains("&lt;!channel&gt;"), text);
                assertFalse(text.contains("@here"), "@here must be defused: " + text);
            }
            assertFalse(message.text().contains("<"), "raw '<' in fallback: " + message.text());
            assertFalse(message.text().contains("@here"), "@here in fallback: " + message.text());
            assertTrue(message.text().contains("&lt;!channel&gt;"), message.text());
        }

        @Test
        void render_headingWithUserText_defusesBroadcastsInPlainText() {
            SlackMessage message = renderer.render(card(new Card.Heading(HOSTILE)));

            String header = blocksOfType(message, "header").get(0).path("text").path("text").asText();
            assertFalse(header.contains("@here"), header);
        }

        @Test
        void assistantReply_echoingHostileCommandText_isEscapedInBlocksAndFallback() {
            Application app = TestApplications.real();
            Reply reply = app.assistant().command(HOSTILE + " to cloud engineer");
            SlackMessage message = app.presenter().slack(reply, Audience.privately());

            assertTrue(reply instanceof Reply.UnknownRole, "the hostile text is echoed as an unknown role");
            String json = BlockKitLimitsAssert.toJson(message.blocks()).toString();
            // The parser reads a bare '>' as an arrow ("a > b"), so the echo is "<!channel to …", escaped.
            assertTrue(json.contains("&lt;!channel"), json);
            for (String text : mrkdwnTexts(message)) {
                assertFalse(text.contains("<"), text);
                assertFalse(text.contains("@here"), text);
            }
            assertFalse(message.text().contains("<"), message.text());
            assertFalse(message.text().contains("@here"), message.text());
        }
    }

    @Nested
    class Fallback {
        @Test
        void render_blankFallback_getsTheAppName() {
            SlackMessage message = renderer.render(new Card("  ", List.of(Paragraph.of("Hello"))));
            assertEquals("Transition Advisor", message.text());
        }

        @Test
        void render_fallbackIsNeverLongerThanTheLimit() {
            SlackMessage message = renderer.render(new Card("word ".repeat(2_000), List.of(Paragraph.of("Hello"))));
            assertTrue(message.text().length() <= BlockLimits.FALLBACK_TEXT);
            assertFalse(message.text().isBlank());
        }
    }

    @Nested
    class SharedBy {
        private static final Reply REPLY = TestApplications.real().assistant().command("backend developer to cloud engineer");
        private final CardComposer composer = new CardComposer(TestApplications.REAL_KNOWLEDGE.guides());
        private final Reply reply = REPLY;

        private String sharedByText(Audience audience) {
            SlackMessage message = renderer.render(composer.compose(reply, audience));
            return mrkdwnTexts(message).stream().filter(t -> t.startsWith("Shared by")).findFirst()
                    .orElseThrow(() -> new AssertionError("no 'Shared by' line"));
        }

        @Test
        void render_sharedByValidUserId_mentionsTheUser() {
            assertEquals("Shared by <@U0123ABCD>", sharedByText(Audience.sharedBy("U0123ABCD")));
        }

        @Test
        void render_sharedByJunkId_saysATeammate() {
            assertEquals("Shared by a teammate", sharedByText(Audience.sharedBy("<!channel>")));
            assertEquals("Shared by a teammate", sharedByText(Audience.sharedBy("U123> <!here")));
            assertEquals("Shared by a teammate", sharedByText(Audience.sharedBy("")));
        }

        @Test
        void render_sharedAnswer_hasNoButtons() {
            SlackMessage message = renderer.render(composer.compose(reply, Audience.sharedBy("U0123ABCD")));
            assertEquals(List.of(), blocksOfType(message, "actions"));
        }

        @Test
        void render_privateAnswer_offersShareInChannel() {
            SlackMessage message = renderer.render(composer.compose(reply, Audience.privately()));
            assertTrue(actionIds(message).stream().anyMatch(id -> id.startsWith(UiAction.SHARE)));
        }

        @Test
        void render_directMessageAnswer_cannotBeShared() {
            SlackMessage message = renderer.render(composer.compose(reply, Audience.directMessage()));
            assertFalse(actionIds(message).stream().anyMatch(id -> id.startsWith(UiAction.SHARE)));
            assertTrue(actionIds(message).stream().anyMatch(id -> id.startsWith(UiAction.OPEN_SECTION)));
        }
    }

    @Test
    void render_guideOverviewForAGuideWithEverySection_hasAButtonForEachOtherSection() {
        Application app = TestApplications.real();
        Reply reply = app.assistant().command("cloud engineer to backend developer");
        SlackMessage message = app.presenter().slack(reply, Audience.directMessage());

        List<String> values = blocksOfType(message, "actions").stream()
                .flatMap(b -> StreamSupport.stream(b.path("elements").spliterator(), false))
                .map(e -> e.path("value").asText()).toList();
        for (Section section : ((Reply.GuideAnswer) reply).guide().sections()) {
            if (section != Section.OVERVIEW) {
                assertTrue(values.contains("cloud-engineer-to-backend-developer/" + section.key() + "/0"),
                        () -> "no button for " + section + " in " + values);
            }
        }
    }
}
