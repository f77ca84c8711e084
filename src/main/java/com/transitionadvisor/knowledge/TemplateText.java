package com.transitionadvisor.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The example text of the knowledge folder's {@code TEMPLATE.yml}, so that a guide still holding it (a copy of the
 * template, or a section left as it was) is not taken for finished. Example text is every text of three words or
 * more without a digit: figures and ranges ("£50,000–£75,000", "Months 1–2") and single words ("low", "UK") may
 * well be a guide's own.
 */
final class TemplateText {
    public static final String FILE = "TEMPLATE.yml";
    static final TemplateText NONE = new TemplateText(Set.of());
    private static final int MIN_WORDS = 3;
    private static final int LINES_LISTED = 8;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> ROLE_FIELDS = Set.of("from", "to");

    private final Set<String> examples;

    private TemplateText(Set<String> examples) {
        this.examples = Set.copyOf(examples);
    }

    /** The example text of {@code template}; none when there is no such file or it cannot be read. */
    static TemplateText of(Path template) {
        if (!Files.isRegularFile(template)) {
            return NONE;
        }
        Set<String> examples = new HashSet<>();
        YamlFiles.read(template, new ProblemCollector(template.toString())).ifPresent(root -> walk(root.node(), "",
                leftover -> {
                    String text = normal(leftover.text());
                    if (SPACE.split(text).length >= MIN_WORDS && text.chars().noneMatch(Character::isDigit)) {
                        examples.add(text);
                    }
                }));
        return new TemplateText(examples);
    }

    /**
     * Reports, as one problem at the first place, every text in {@code root} that is still the template's.
     *
     * @return whether there was any
     */
    boolean reportLeftovers(YamlMap root, ProblemCollector problems) {
        if (examples.isEmpty()) {
            return false;
        }
        List<Leftover> found = new ArrayList<>();
        walk(root.node(), "", leftover -> {
            if (examples.contains(normal(leftover.text()))) {
                found.add(leftover);
            }
        });
        if (found.isEmpty()) {
            return false;
        }
        Leftover first = found.get(0);
        String more = found.size() == 1 ? "" : ", and so are " + (found.size() - 1) + " more (line"
                + (found.size() == 2 ? " " : "s ") + found.stream().skip(1).limit(LINES_LISTED)
                .map(leftover -> String.valueOf(leftover.line())).collect(Collectors.joining(", "))
                + (found.size() - 1 > LINES_LISTED ? ", …" : "") + ")";
        problems.add(first.line(), first.field(), "is still the example text of " + FILE + " ('" + first.text().strip()
                + "')" + more + "; write this guide's own text in its place, and delete the sections you have nothing"
                + " for");
        return true;
    }

    private record Leftover(int line, String field, String text) {
    }

    private static void walk(Node node, String field, Consumer<Leftover> texts) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !(field.isEmpty() && ROLE_FIELDS.contains(key.getValue()))) {
                    walk(tuple.getValueNode(), field.isEmpty() ? key.getValue() : field + "." + key.getValue(), texts);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                walk(sequence.getValue().get(i), field + "[" + (i + 1) + "]", texts);
            }
        } else if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            texts.accept(new Leftover(YamlMap.line(scalar), field, scalar.getValue()));
        }
    }

    private static String normal(String text) {
        return SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
