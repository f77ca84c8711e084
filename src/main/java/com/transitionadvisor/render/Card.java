package com.transitionadvisor.render;

import java.util.List;
import java.util.Optional;

/**
 * A reply laid out for display, with no Slack types: composed once from a reply, then rendered as Block Kit
 * or as console text. All text here is plain; renderers escape it.
 */
public record Card(String fallbackText, List<Element> elements) {
    public Card {
        elements = List.copyOf(elements);
    }

    public sealed interface Element {
    }

    public record Heading(String text) implements Element {
    }

    public record Paragraph(Optional<String> title, String text) implements Element {
        public static Paragraph of(String text) {
            return new Paragraph(Optional.empty(), text);
        }

        public static Paragraph titled(String title, String text) {
            return new Paragraph(Optional.of(title), text);
        }
    }

    public record ItemList(Optional<String> title, List<Item> items, boolean numbered) implements Element {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /** One list entry: an optional bold lead, then lines each with an optional italic label. */
    public record Item(Optional<String> lead, List<Line> lines) {
        public Item {
            lines = List.copyOf(lines);
        }

        public static Item of(String lead, Line... lines) {
            return new Item(Optional.of(lead), List.of(lines));
        }

        public static Item text(String text) {
            return new Item(Optional.empty(), List.of(Line.of(text)));
        }
    }

    public record Line(Optional<String> label, String text) {
        public static Line of(String text) {
            return new Line(Optional.empty(), text);
        }

        public static Line labelled(String label, String text) {
            return new Line(Optional.of(label), text);
        }
    }

    /** Small print under the content. */
    public record Note(String text) implements Element {
    }

    /** "Shared by @person": names a Slack user by id, which renderers turn into a mention or a plain name. */
    public record SharedBy(String userId) implements Element {
    }

    public record Divider() implements Element {
    }

    public record Buttons(List<Button> buttons) implements Element {
        public Buttons {
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * @param action        what clicking does, decoded by the Slack edge and by the console
     * @param consoleInput  what to type in the console for the same effect, when there is such a command
     */
    public record Button(String label, UiAction action, boolean primary, Optional<String> consoleInput) {
    }

    /**
     * Tick boxes that save the moment they are ticked, e.g. one per milestone; at most {@value #MAX_OPTIONS} per
     * group (Slack's limit for one checkboxes element).
     *
     * @param action names the group; its value carries ids and numbers only, never user text
     */
    public record Checkboxes(UiAction action, List<Check> options) implements Element {
        public static final int MAX_OPTIONS = 10;

        public Checkboxes {
            options = List.copyOf(options);
            if (options.isEmpty() || options.size() > MAX_OPTIONS) {
                throw new IllegalArgumentException("a checkbox group holds 1 to " + MAX_OPTIONS + " options, was " + options.size());
            }
        }
    }

    /**
     * @param value        what comes back when this box is ticked (ids and numbers only)
     * @param consoleInput what to type in the console to tick or untick it
     */
    public record Check(String value, String label, Optional<String> description, boolean checked, Optional<String> consoleInput) {
    }

    /** A date people can pick, such as a plan's start date. */
    public record DatePicker(String label, UiAction action, java.time.LocalDate initial, Optional<String> consoleInput) implements Element {
    }

    /** Lines that each start by naming a Slack user, e.g. who in a channel follows which plan. */
    public record People(Optional<String> title, List<Person> people) implements Element {
        public People {
            people = List.copyOf(people);
        }
    }

    /** @param userId a Slack user id, shown as a mention in Slack and as the id in the console */
    public record Person(String userId, String text) {
    }
}
