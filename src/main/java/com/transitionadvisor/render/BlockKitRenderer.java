package com.transitionadvisor.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.transitionadvisor.render.Card.Element;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.ItemList;
import com.transitionadvisor.render.Card.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders cards as Block Kit through the SDK's builders. The one place that escapes text and enforces
 * Slack's limits: long text is split across sections, over-long messages are shortened with a note, and
 * the buttons are kept (up to half the message's blocks, far more than any card has).
 */
public final class BlockKitRenderer {
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");

    public SlackMessage render(Card card) {
        return render(card, BlockLimits.MESSAGE_BLOCKS);
    }

    /** @param maxBlocks 50 for messages, 100 for the App Home tab */
    public SlackMessage render(Card card, int maxBlocks) {
        List<LayoutBlock> content = new ArrayList<>();
        List<LayoutBlock> buttons = new ArrayList<>();
        for (Element element : card.elements()) {
            if (element instanceof Card.Buttons b) {
                buttons.addAll(actionBlocks(b, buttons.size()));
            } else {
                content.addAll(blocks(element));
            }
        }
        List<LayoutBlock> blocks = fit(content, buttons, maxBlocks);
        String fallback = SlackText.truncate(SlackText.mrkdwn(card.fallbackText()), BlockLimits.FALLBACK_TEXT);
        return new SlackMessage(fallback.isBlank() ? "Transition Advisor" : fallback, blocks);
    }

    private static List<LayoutBlock> fit(List<LayoutBlock> content, List<LayoutBlock> buttons, int maxBlocks) {
        List<LayoutBlock> keptButtons = buttons.subList(0, Math.min(buttons.size(), maxBlocks / 2));
        List<LayoutBlock> blocks = new ArrayList<>();
        if (content.size() + keptButtons.size() <= maxBlocks) {
            blocks.addAll(content);
        } else {
            int room = maxBlocks - keptButtons.size() - 1;
            blocks.addAll(content.subList(0, room));
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    "_This reply was shortened to fit in Slack. Use the buttons below to see the rest._")))));
        }
        blocks.addAll(keptButtons);
        return blocks;
    }

    private List<LayoutBlock> blocks(Element element) {
        if (element instanceof Card.Heading heading) {
            String text = SlackText.truncate(SlackText.plain(heading.text()).replaceAll("\\s+", " ").strip(),
                    BlockLimits.HEADER_TEXT);
            return text.isEmpty() ? List.of() : List.of(header(h -> h.text(plainText(text, true))));
        }
        if (element instanceof Card.Paragraph paragraph) {
            String title = paragraph.title().map(t -> "*" + SlackText.mrkdwn(t) + "*\n").orElse("");
            return sections(List.of(title + SlackText.mrkdwn(paragraph.text())));
        }
        if (element instanceof ItemList list) {
            return sections(itemTexts(list));
        }
        if (element instanceof Card.Note note) {
            return contextBlock(SlackText.mrkdwn(note.text()));
        }
        if (element instanceof Card.SharedBy sharedBy) {
            String who = USER_ID.matcher(sharedBy.userId()).matches() ? "<@" + sharedBy.userId() + ">" : "a teammate";
            return contextBlock("Shared by " + who);
        }
        if (element instanceof Card.Divider) {
            return List.of(divider());
        }
        if (element instanceof Card.Checkboxes boxes) {
            return List.of(checkboxBlock(boxes));
        }
        if (element instanceof Card.DatePicker picker) {
            return List.of(datePickerBlock(picker));
        }
        if (element instanceof Card.People people) {
            List<String> chunks = new ArrayList<>();
            people.title().ifPresent(title -> chunks.add("*" + SlackText.mrkdwn(title) + "*"));
            for (Card.Person person : people.people()) {
                String who = USER_ID.matcher(person.userId()).matches() ? "<@" + person.userId() + ">" : "a teammate";
                chunks.add("• " + who + " " + SlackText.mrkdwn(person.text()));
            }
            return sections(chunks);
        }
        throw new IllegalStateException("no Block Kit for " + element.getClass().getSimpleName());
    }

    /**
     * A checkboxes element in its own actions block. The group's action (id and value) becomes the action id,
     * since checkboxes have no value of their own; option labels and descriptions are cut to Slack's 75
     * characters.
     */
    private static LayoutBlock checkboxBlock(Card.Checkboxes boxes) {
        String actionId = elementId(boxes.action());
        List<OptionObject> options = new ArrayList<>();
        List<OptionObject> initial = new ArrayList<>();
        for (Card.Check check : boxes.options()) {
            OptionObject option = OptionObject.builder()
                    .text(plainText(optionText(check.label()), true))
                    .description(check.description().map(d -> plainText(optionText(d), true)).orElse(null))
                    .value(check.value())
                    .build();
            options.add(option);
            if (check.checked()) {
                initial.add(option);
            }
        }
        return actions(a -> a.blockId(SlackText.truncate(actionId, BlockLimits.ACTION_ID))
                .elements(List.of(checkboxes(c -> c.actionId(actionId).options(options)
                        .initialOptions(initial.isEmpty() ? null : initial)))));
    }

    private static LayoutBlock datePickerBlock(Card.DatePicker picker) {
        String actionId = elementId(picker.action());
        String label = SlackText.truncate(SlackText.mrkdwn(picker.label()), BlockLimits.SECTION_TEXT);
        return section(s -> s.blockId(SlackText.truncate(actionId, BlockLimits.ACTION_ID))
                .text(markdownText(label.isBlank() ? "Date" : label))
                .accessory(datePicker(d -> d.actionId(actionId).initialDate(picker.initial().toString())
                        .placeholder(plainText("Pick a date", true)))));
    }

    /** {@code id#value}: for elements without a value of their own; never cut, since the edge parses it. */
    private static String elementId(UiAction action) {
        String id = action.id() + "#" + action.value();
        if (id.length() > BlockLimits.ACTION_ID) {
            throw new IllegalArgumentException("action id over " + BlockLimits.ACTION_ID + " characters: " + id.length());
        }
        return id;
    }

    private static String optionText(String text) {
        String plain = SlackText.plain(text).replaceAll("\\s+", " ").strip();
        return SlackText.truncate(plain.isEmpty() ? "–" : plain, BlockLimits.OPTION_TEXT);
    }

    private static List<LayoutBlock> contextBlock(String mrkdwn) {
        String text = SlackText.truncate(mrkdwn, BlockLimits.CONTEXT_TEXT);
        return text.isBlank() ? List.of() : List.of(context(c -> c.elements(List.of(markdownText(text)))));
    }

    /** Each entry is a chunk of mrkdwn; chunks are packed into sections of at most 3000 characters. */
    private static List<LayoutBlock> sections(List<String> chunks) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String chunk : chunks) {
            for (String piece : splitLong(chunk)) {
                if (current.length() > 0 && current.length() + 1 + piece.length() > BlockLimits.SECTION_TEXT) {
                    texts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
        }
        if (current.length() > 0) {
            texts.add(current.toString());
        }
        return texts.stream().filter(t -> !t.isBlank())
                .<LayoutBlock>map(t -> section(s -> s.text(markdownText(t)))).toList();
    }

    /** Splits text longer than a section at paragraph, line or word boundaries. */
    private static List<String> splitLong(String text) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > BlockLimits.SECTION_TEXT) {
            int cut = lastBoundary(rest, BlockLimits.SECTION_TEXT);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    private static int lastBoundary(String text, int max) {
        for (String boundary : List.of("\n\n", "\n", " ")) {
            int at = text.lastIndexOf(boundary, max - boundary.length());
            if (at > max / 2) {
                return at + boundary.length();
            }
        }
        int cut = max;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp > cut - 6) {
            cut = amp;
        }
        return Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }

    private static List<String> itemTexts(ItemList list) {
        List<String> chunks = new ArrayList<>();
        list.title().ifPresent(title -> chunks.add("*" + SlackText.mrkdwn(title) + "*"));
        int number = 1;
        for (Item item : list.items()) {
            StringBuilder text = new StringBuilder();
            String marker = list.numbered() ? (number++) + ". " : "• ";
            item.lead().ifPresent(lead -> text.append(marker).append('*').append(SlackText.mrkdwn(lead)).append('*'));
            for (Line line : item.lines()) {
                if (text.length() > 0) {
                    text.append(item.lead().isPresent() ? "\n      " : "\n");
                } else {
                    text.append(marker);
                }
                line.label().ifPresent(label -> text.append(label.equals("•") ? "◦ " : "_" + SlackText.mrkdwn(label) + ":_ "));
                text.append(SlackText.mrkdwn(line.text().strip()));
            }
            chunks.add(text.toString());
        }
        return chunks;
    }

    private static List<LayoutBlock> actionBlocks(Card.Buttons buttons, int blocksSoFar) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<BlockElement> elements = new ArrayList<>();
        int index = 0;
        for (Card.Button b : buttons.buttons()) {
            String actionId = SlackText.truncate(b.action().id() + "#" + index++, BlockLimits.ACTION_ID);
            String value = b.action().value();
            if (value.length() > BlockLimits.BUTTON_VALUE) {
                throw new IllegalArgumentException("button value over " + BlockLimits.BUTTON_VALUE + " characters");
            }
            String label = SlackText.truncate(SlackText.plain(b.label()).replaceAll("\\s+", " ").strip(), BlockLimits.BUTTON_TEXT);
            elements.add(button(x -> x.actionId(actionId).value(value).text(plainText(label.isEmpty() ? "Open" : label, true))
                    .style(b.primary() ? "primary" : null)));
            if (elements.size() == BlockLimits.ACTION_ELEMENTS) {
                blocks.add(actionsBlock(elements, blocksSoFar + blocks.size()));
                elements = new ArrayList<>();
            }
        }
        if (!elements.isEmpty()) {
            blocks.add(actionsBlock(elements, blocksSoFar + blocks.size()));
        }
        return blocks;
    }

    private static ActionsBlock actionsBlock(List<BlockElement> elements, int index) {
        List<BlockElement> copy = List.copyOf(elements);
        return actions(a -> a.blockId("actions-" + index).elements(copy));
    }
}
