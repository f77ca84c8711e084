package com.transitionadvisor.render;

import com.transitionadvisor.render.Card.Element;
import com.transitionadvisor.render.Card.Item;
import com.transitionadvisor.render.Card.Line;

/** Renders cards as readable terminal text; buttons become the command that does the same. */
public final class ConsoleRenderer {

    public String render(Card card) {
        StringBuilder out = new StringBuilder("\n");
        for (Element element : card.elements()) {
            append(out, element);
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void append(StringBuilder out, Element element) {
        if (element instanceof Card.Heading heading) {
            out.append("== ").append(heading.text()).append(" ==\n");
        } else if (element instanceof Card.Paragraph paragraph) {
            paragraph.title().ifPresent(title -> out.append(title).append('\n'));
            out.append(paragraph.text().strip()).append("\n\n");
        } else if (element instanceof Card.ItemList list) {
            list.title().ifPresent(title -> out.append(title).append('\n'));
            int number = 1;
            for (Item item : list.items()) {
                String marker = list.numbered() ? "  " + (number++) + ". " : "  • ";
                out.append(marker).append(item.lead().orElse(""));
                boolean first = item.lead().isEmpty();
                for (Line line : item.lines()) {
                    out.append(first ? "" : "\n      ");
                    first = false;
                    line.label().ifPresent(label -> out.append(label.equals("•") ? "- " : label + ": "));
                    out.append(line.text().strip().replace("\n", "\n      "));
                }
                out.append('\n');
            }
            out.append('\n');
        } else if (element instanceof Card.Note note) {
            out.append("  (").append(note.text()).append(")\n");
        } else if (element instanceof Card.SharedBy sharedBy) {
            out.append("  Shared by ").append(sharedBy.userId()).append('\n');
        } else if (element instanceof Card.Divider) {
            out.append("  ").append("-".repeat(40)).append('\n');
        } else if (element instanceof Card.Checkboxes boxes) {
            for (Card.Check check : boxes.options()) {
                out.append("  [").append(check.checked() ? 'x' : ' ').append("] ").append(check.label());
                check.description().ifPresent(d -> out.append(" · ").append(d));
                check.consoleInput().ifPresent(input -> out.append("   (").append(input).append(')'));
                out.append('\n');
            }
        } else if (element instanceof Card.DatePicker picker) {
            out.append("  ").append(picker.label()).append(": ").append(picker.initial());
            picker.consoleInput().ifPresent(input -> out.append("   (").append(input).append(')'));
            out.append('\n');
        } else if (element instanceof Card.People people) {
            people.title().ifPresent(title -> out.append(title).append('\n'));
            for (Card.Person person : people.people()) {
                out.append("  • ").append(person.userId()).append(' ').append(person.text()).append('\n');
            }
            out.append('\n');
        } else if (element instanceof Card.Buttons buttons) {
            for (Card.Button button : buttons.buttons()) {
                button.consoleInput().ifPresent(input -> out.append("  [").append(button.label()).append("] ")
                        .append(input).append('\n'));
            }
        } else {
            throw new IllegalStateException("no console layout for " + element.getClass().getSimpleName());
        }
    }
}
