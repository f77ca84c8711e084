package com.transitionadvisor.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Read access to one YAML mapping that remembers where each value came from, so that every problem names
 * the file, the line and the field. Readers never throw: they record a problem and return an empty value.
 */
final class YamlMap {
    private static final LevenshteinDistance SIMILARITY = new LevenshteinDistance();

    private final ProblemCollector problems;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(ProblemCollector problems, String path, MappingNode node) {
        this.problems = problems;
        this.path = path;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problems.add(line(tuple.getKeyNode()), path, "a field name must be plain text");
            } else if (entries.putIfAbsent(key, tuple) != null) {
                problems.add(line(tuple.getKeyNode()), field(key), "appears twice; keep only one");
            }
        }
    }

    /** The document's top-level mapping, or empty (with a problem recorded) when the file is not one. */
    static Optional<YamlMap> root(ProblemCollector problems, Node document) {
        if (document instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(problems, "", mapping));
        }
        problems.add(document == null ? 0 : line(document), "",
                "the file must consist of fields such as 'from:' and 'to:', but it is empty or a plain value");
        return Optional.empty();
    }

    int line() {
        return line(node);
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Records a problem for every field not in {@code allowed}, suggesting the closest allowed name. */
    void allowOnly(Set<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String suggestion = closest(entry.getKey(), allowed)
                        .map(s -> "; did you mean '" + s + "'?").orElse("");
                problems.add(line(entry.getValue().getKeyNode()), field(entry.getKey()),
                        "unknown field" + suggestion + " Allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    Optional<String> text(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(line(value), field(key), readAsField(value).map(field -> "YAML read the text as a field named '"
                    + field + "' because of the ': ' in it; put the text in quotes, or write '|' after " + key
                    + ": and the text on the next line, indented").orElse("must be text, not a " + kind(value)));
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A yes/no field: {@code true} or {@code false}; absent means false. */
    boolean flag(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty() || text.get().equals("false")) {
            return false;
        }
        if (!text.get().equals("true")) {
            problems.add(lineOf(key), field(key), "must be true or false, not '" + text.get() + "'");
            return false;
        }
        return true;
    }

    String requiredText(String key) {
        Optional<String> text = text(key);
        if (isMissing(key)) {
            problems.add(lineOf(key), field(key), "is required and must not be empty");
        }
        return text.orElse("");
    }

    Optional<YamlMap> map(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(problems, field(key), mapping));
        }
        problems.add(line(value), field(key), "must be a group of fields (indented under it), not a " + kind(value));
        return Optional.empty();
    }

    Optional<YamlMap> requiredMap(String key) {
        Optional<YamlMap> map = map(key);
        if (isMissing(key)) {
            problems.add(lineOf(key), field(key), "is required");
        }
        return map;
    }

    /** A list whose items are groups of fields, each read by {@code reader}; items that fail are skipped. */
    <T> List<T> list(String key, Function<YamlMap, Optional<T>> reader) {
        List<T> result = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = field(key) + "[" + (i + 1) + "]";
            if (item instanceof MappingNode mapping) {
                reader.apply(new YamlMap(problems, itemPath, mapping)).ifPresent(result::add);
            } else {
                problems.add(line(item), itemPath, "each item must be a group of fields, not a " + kind(item));
            }
        }
        return result;
    }

    <T> List<T> requiredList(String key, Function<YamlMap, Optional<T>> reader) {
        List<T> result = list(key, reader);
        Node value = value(key);
        if (isMissing(key) || (value instanceof SequenceNode seq && seq.getValue().isEmpty())) {
            problems.add(lineOf(key), field(key), "is required and needs at least one item");
        }
        return result;
    }

    List<String> textList(String key) {
        List<String> result = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = field(key) + "[" + (i + 1) + "]";
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problems.add(line(item), itemPath, itemReadAsField(item).orElse("each item must be non-empty text"));
            }
        }
        return result;
    }

    /**
     * A list of words or phrases, each with its line; blank items and items that are not plain text are reported and
     * left out. With {@code required}, a missing or empty list is reported too.
     */
    List<Phrase> phrases(String key, boolean required) {
        List<Phrase> result = new ArrayList<>();
        List<Node> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = field(key) + "[" + (i + 1) + "]";
            if (!(item instanceof ScalarNode scalar)) {
                problems.add(line(item), itemPath, itemReadAsField(item)
                        .orElse("each item must be a word or phrase, not a " + kind(item)));
            } else if (scalar.getValue().isBlank() || isNull(item)) {
                problems.add(line(item), itemPath, "is an empty phrase; write the phrase or delete the line");
            } else {
                result.add(new Phrase(scalar.getValue().strip(), line(item), itemPath));
            }
        }
        Node value = value(key);
        if (required && (isMissing(key) || (value instanceof SequenceNode seq && seq.getValue().isEmpty()))) {
            problems.add(lineOf(key), field(key), "is required and needs at least one item");
        }
        return result;
    }

    /** Two whole numbers written as {@code [min, max]}. */
    Optional<Guide.MonthRange> monthRange(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof SequenceNode seq && seq.getValue().size() == 2) {
            Optional<Integer> min = wholeNumber(seq.getValue().get(0));
            Optional<Integer> max = wholeNumber(seq.getValue().get(1));
            if (min.isPresent() && max.isPresent() && min.get() >= 1 && min.get() <= max.get()) {
                return Optional.of(new Guide.MonthRange(min.get(), max.get()));
            }
        }
        problems.add(line(value), field(key), "must be two whole numbers of months, shortest first, e.g. [6, 12]");
        return Optional.empty();
    }

    Optional<Integer> positiveNumber(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        Optional<Integer> number = wholeNumber(value).filter(n -> n >= 1);
        if (number.isEmpty()) {
            problems.add(line(value), field(key), "must be a whole number of 1 or more, e.g. 3");
        }
        return number;
    }

    /**
     * For a list item that was meant as text but has ": " in it ({@code - Networking: the biggest gap}), which
     * YAML reads as a field: what to do about it.
     */
    private static Optional<String> itemReadAsField(Node item) {
        return readAsField(item).map(field -> "YAML read this item as a field named '" + field
                + "' because of the ': ' in it; put the whole item in quotes, e.g. - \"" + written(item) + "\"");
    }

    /** The field name YAML saw, when {@code node} is one field whose value is text: text with ": " in it. */
    private static Optional<String> readAsField(Node node) {
        if (node instanceof MappingNode mapping && mapping.getValue().size() == 1
                && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key
                && mapping.getValue().get(0).getValueNode() instanceof ScalarNode) {
            return Optional.of(key.getValue());
        }
        return Optional.empty();
    }

    /** The text as it was written, for a node {@link #readAsField} accepted. */
    private static String written(Node node) {
        NodeTuple tuple = ((MappingNode) node).getValue().get(0);
        return ((ScalarNode) tuple.getKeyNode()).getValue() + ": " + ((ScalarNode) tuple.getValueNode()).getValue();
    }

    /** The node this map was read from. */
    Node node() {
        return node;
    }

    void report(String key, String message) {
        problems.add(lineOf(key), field(key), message);
    }

    /** A problem with {@code field} (e.g. two fields together), shown at the line of {@code key}. */
    void reportAt(String key, String field, String message) {
        problems.add(lineOf(key), field(field), message);
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line(node) : line(tuple.getKeyNode());
    }

    private List<Node> sequence(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (value instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.add(line(value), field(key), "must be a list (items starting with '- '), not a " + kind(value));
        return List.of();
    }

    /** Absent, empty or blank: a "required" message is the right one (a wrongly shaped value gets its own). */
    private boolean isMissing(String key) {
        Node value = value(key);
        return value == null || isNull(value) || (value instanceof ScalarNode scalar && scalar.getValue().isBlank());
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    private static Optional<Integer> wholeNumber(Node node) {
        if (node instanceof ScalarNode scalar) {
            try {
                return Optional.of(Integer.parseInt(scalar.getValue().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isNull(Node node) {
        return Tag.NULL.equals(node.getTag());
    }

    private static String kind(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "plain value";
            case sequence -> "list";
            case mapping -> "group of fields";
            case anchor -> "reference";
        };
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static Optional<String> closest(String key, Set<String> allowed) {
        return allowed.stream()
                .map(candidate -> Map.entry(candidate, SIMILARITY.getDistance(key, candidate)))
                .filter(e -> e.getValue() >= 0.6f)
                .max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
