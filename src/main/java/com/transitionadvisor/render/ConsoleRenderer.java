package com.transitionadvisor.render;

import com.transitionadvisor.render.Card.Element;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.Line;

/**
 * Renders cards as readable terminal text. Every button is listed with what to type for the same effect, so
 * everything a Slack user can reach the console can too. All text goes through {@link ConsoleText#printable}:
 * whatever a person typed is never written to the terminal raw.
 */
public final class ConsoleRenderer {
    /** What a button with no typed equivalent says: what it does happens only in a Slack channel. */
    static final String SLACK_ONLY = "(in Slack only: posts this in the channel for everyone)";

    public String render(Card card) {
        return render(card, ConsoleStyle.PLAIN);
    }

    public String render(Card card, ConsoleStyle style) {
        StringBuilder out = new StringBuilder("\n");
        for (Element element : card.elements()) {
            append(out, element, style);
        }
        return style.wrap(out.toString().stripTrailing() + "\n");
    }

    private static String t(String text) {
        return ConsoleText.printable(text);
    }

    private static void append(StringBuilder out, Element element, ConsoleStyle style) {
        if (element instanceof Card.Heading heading) {
            out.append(style.heading(t(heading.text()))).append('\n');
        } else if (element instanceof Card.Paragraph paragraph) {
            paragraph.title().ifPresent(title -> out.append(style.title(t(title))).append('\n'));
            out.append(t(paragraph.text().strip())).append("\n\n");
        } else if (element instanceof Card.ItemList list) {
            list.title().ifPresent(title -> out.append(style.title(t(title))).append('\n'));
            int number = 1;
            for (Item item : list.items()) {
                String marker = list.numbered() ? "  " + (number++) + ". " : "  • ";
                out.append(marker).append(t(item.lead().orElse("")));
                boolean first = item.lead().isEmpty();
                for (Line line : item.lines()) {
                    out.append(first ? "" : "\n      ");
                    first = false;
                    line.label().ifPresent(label -> out.append(label.equals("•") ? "- " : t(label) + ": "));
                    out.append(t(line.text().strip()).replace("\n", "\n      "));
                }
                out.append('\n');
            }
            out.append('\n');
        } else if (element instanceof Card.Note note) {
            out.append("  (").append(t(note.text())).append(")\n");
        } else if (element instanceof Card.SharedBy sharedBy) {
            out.append("  Shared by ").append(t(sharedBy.userId())).append('\n');
        } else if (element instanceof Card.Divider) {
            out.append("  ").append("-".repeat(40)).append('\n');
        } else if (element instanceof Card.Checkboxes boxes) {
            for (Card.Check check : boxes.options()) {
                out.append("  [").append(check.checked() ? 'x' : ' ').append("] ").append(t(check.label()));
                check.description().ifPresent(d -> out.append(" · ").append(t(d)));
                check.consoleInput().ifPresent(input -> out.append("   (").append(t(input)).append(')'));
                out.append('\n');
            }
        } else if (element instanceof Card.DatePicker picker) {
            out.append("  ").append(t(picker.label())).append(": ").append(picker.initial());
            picker.consoleInput().ifPresent(input -> out.append("   (").append(t(input)).append(')'));
            out.append('\n');
        } else if (element instanceof Card.People people) {
            people.title().ifPresent(title -> out.append(style.title(t(title))).append('\n'));
            for (Card.Person person : people.people()) {
                out.append("  • ").append(t(person.userId())).append(' ').append(t(person.text())).append('\n');
            }
            out.append('\n');
        } else if (element instanceof Card.Buttons buttons) {
            for (Card.Button button : buttons.buttons()) {
                out.append("  [").append(t(button.label())).append("] ")
                        .append(t(button.consoleInput().orElse(SLACK_ONLY))).append('\n');
            }
        } else {
            throw new IllegalStateException("no console layout for " + element.getClass().getSimpleName());
        }
    }
}
