package com.transitionadvisor.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The limits checker used by the render tests must itself catch what it claims to. */
class BlockKitLimitsAssertTest {

    private static void assertCaught(String expected, String text, List<LayoutBlock> blocks) {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> BlockKitLimitsAssert.assertWithinLimits(new SlackMessage(text, blocks)));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    private static BlockElement button(String actionId, String label) {
        return BlockElements.button(b -> b.actionId(actionId).text(plainText(label)));
    }

    private static LayoutBlock actionsOf(List<BlockElement> elements) {
        return actions(a -> a.elements(elements));
    }

    @Test
    void messageWithinLimits_passes() {
        assertDoesNotThrow(() -> BlockKitLimitsAssert.assertWithinLimits(new SlackMessage("ok", List.of(
                header(h -> h.text(plainText("Title"))), section(s -> s.text(markdownText("x".repeat(3000)))), divider(),
                actions(a -> a.blockId("b").elements(List.of(button("a", "Go"))))))));
    }

    @Test
    void eachBrokenLimit_isReported() {
        assertCaught("more than 50", "t", Collections.nCopies(51, divider()));
        assertCaught("more than 3000", "t", List.of(section(s -> s.text(markdownText("x".repeat(3001))))));
        assertCaught("empty", "t", List.of(section(s -> s.text(markdownText("")))));
        assertCaught("more than 150", "t", List.of(header(h -> h.text(plainText("x".repeat(151))))));
        assertCaught("more than 75", "t", List.of(actionsOf(List.of(button("a", "x".repeat(76))))));
        assertCaught("must be 1–25", "t", List.of(actionsOf(IntStream.range(0, 26).mapToObj(i -> button("a" + i, "x")).toList())));
        assertCaught("used twice", "t", List.of(actionsOf(List.of(button("a", "x"), button("a", "y")))));
        assertCaught("used by another block", "t", List.of(divider(), section(s -> s.blockId("same").text(markdownText("x"))),
                section(s -> s.blockId("same").text(markdownText("y")))));
        assertCaught("fallback is empty", " ", List.of(divider()));
    }
}
