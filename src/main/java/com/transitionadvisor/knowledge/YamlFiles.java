package com.transitionadvisor.knowledge;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/** Parses a YAML file into a node tree that keeps line numbers; syntax errors become located problems. */
final class YamlFiles {
    private static final int MAX_FILE_BYTES = 1_000_000;
    /** SnakeYAML's own default, stated so the message and the locator agree with it. */
    private static final int NESTING_LIMIT = 50;

    private YamlFiles() {
    }

    static Optional<YamlMap> read(Path file, ProblemCollector problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(0, "", "is larger than " + MAX_FILE_BYTES + " bytes; split it into smaller guides");
                return Optional.empty();
            }
            try (Reader reader = leavingRoomForSurrogates(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                Node document = newYaml().compose(reader);
                return YamlMap.root(problems, document);
            }
        } catch (MarkedYAMLException e) {
            YamlSyntax.Explained explained = YamlSyntax.explain(e, lines(file));
            problems.add(explained.line(), "", explained.message());
        } catch (CharacterCodingException e) {
            problems.add(0, "", "is not UTF-8 text; save it as UTF-8");
        } catch (ReaderException e) {
            problems.add(lineOfFirstUnprintable(file), "", String.format("contains a character YAML does not allow "
                    + "(U+%04X, e.g. a control character); delete it", e.getCodePoint()));
        } catch (YAMLException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(0, "", "is not UTF-8 text; save it as UTF-8");
            } else {
                OptionalInt tooDeep = lineNestedTooDeep(file);
                if (tooDeep.isPresent()) {
                    problems.add(tooDeep.getAsInt(), "", "nests lists or groups of fields more than " + NESTING_LIMIT
                            + " levels deep; check the indentation and the brackets on this line");
                } else {
                    problems.add(0, "", "YAML error: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(0, "", "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Works around SnakeYAML 2.3 reading past the end of its 1,024-character buffer (an IndexOutOfBoundsException)
     * when a read ends on the first half of a surrogate pair, e.g. an emoji at character 1,024 of a file: every read
     * leaves one character of room, for the pair's second half.
     */
    private static Reader leavingRoomForSurrogates(Reader reader) {
        return new FilterReader(reader) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, length > 1 ? length - 1 : length);
            }
        };
    }

    /**
     * The line of the first character YAML does not allow, counting lines as the parser does (its exception only
     * gives a position within its read buffer); 0 when there is none.
     */
    private static int lineOfFirstUnprintable(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                return line;
            }
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return 0;
    }

    /** The file's lines, as the parser counts them, or none when it cannot be read again. */
    private static List<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The line where nesting first goes past the limit. SnakeYAML enforces the limit while building nodes and
     * reports it without a position, so the file is read again as parser events, which carry their marks.
     */
    private static OptionalInt lineNestedTooDeep(Path file) {
        try (Reader reader = leavingRoomForSurrogates(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            int depth = 0;
            for (Event event : newYaml().parse(reader)) {
                if (event instanceof CollectionStartEvent && ++depth > NESTING_LIMIT) {
                    return OptionalInt.of(event.getStartMark().getLine() + 1);
                }
                if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (IOException | YAMLException e) {
            // the file cannot be read as events either: the caller reports the original error
        }
        return OptionalInt.empty();
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(NESTING_LIMIT);
        options.setAllowDuplicateKeys(true); // duplicates are reported by YamlMap with their line
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_FILE_BYTES);
        return new Yaml(options);
    }
}
