package com.transitionadvisor.knowledge;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The knowledge folders under {@code src/test/resources/knowledge-fixtures}, as copied to the test classpath. */
public final class KnowledgeFixtures {
    private KnowledgeFixtures() {
    }

    /** The fixture folder {@code name}, e.g. {@code valid}. */
    public static Path folder(String name) {
        URL url = KnowledgeFixtures.class.getResource("/knowledge-fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder knowledge-fixtures/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The small valid knowledge base: four guides between backend, cloud and data roles, and one role with none. */
    public static KnowledgeBase valid() {
        return new KnowledgeBaseLoader().load(folder("valid"));
    }

    /** A copy of the real knowledge folder (guides, roles, vocabulary, template) in {@code target}, to edit in a test. */
    public static Path copyOfRealKnowledge(Path target) throws IOException {
        Path source = Path.of("knowledge");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    /** Every guide of {@code knowledge} read in full, in its listed order, for tests that look inside each one. */
    public static List<Guide> fullGuides(KnowledgeBase knowledge) {
        return knowledge.guides().stream().map(entry -> knowledge.guideById(entry.id()).orElseThrow()).toList();
    }
}
