package com.transitionadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a knowledge folder: {@code roles.yml} and every {@code guides/*.yml}. Guides are parsed in parallel;
 * every problem in every file is collected, and an invalid folder is refused as a whole.
 */
public final class KnowledgeBaseLoader {
    public static final String ROLES_FILE = "roles.yml";
    public static final String GUIDES_FOLDER = "guides";

    /** Every problem found, or an empty list when the folder is valid. */
    public List<GuideProblem> validate(Path folder) {
        return attempt(folder).problems();
    }

    /** @throws InvalidKnowledgeBaseException when any file has a problem */
    public KnowledgeBase load(Path folder) {
        Attempt attempt = attempt(folder);
        if (!attempt.problems().isEmpty()) {
            throw new InvalidKnowledgeBaseException(attempt.problems());
        }
        return attempt.knowledgeBase().orElseThrow();
    }

    private record Attempt(Optional<KnowledgeBase> knowledgeBase, List<GuideProblem> problems) {
    }

    private record FileResult(Optional<Guide> guide, List<GuideProblem> problems) {
    }

    private Attempt attempt(Path folder) {
        Path rolesFile = folder.resolve(ROLES_FILE);
        Path guidesFolder = folder.resolve(GUIDES_FOLDER);
        if (!Files.isDirectory(folder)) {
            return failed(new GuideProblem(folder.toString(), 0, "", "is not a folder"));
        }
        if (!Files.isRegularFile(rolesFile)) {
            return failed(new GuideProblem(rolesFile.toString(), 0, "", "is missing; it lists every role and its aliases"));
        }
        ProblemCollector roleProblems = new ProblemCollector(rolesFile.toString());
        RoleCatalog roles = RoleCatalog.read(rolesFile, roleProblems);
        List<GuideProblem> problems = new ArrayList<>(roleProblems.problems());
        if (!Files.isDirectory(guidesFolder)) {
            problems.add(new GuideProblem(guidesFolder.toString(), 0, "", "is missing; put one .yml file per guide in it"));
            return new Attempt(Optional.empty(), problems);
        }
        GuideReader reader = new GuideReader(roles);
        List<FileResult> results = guideFiles(guidesFolder).parallelStream().map(file -> {
            ProblemCollector fileProblems = new ProblemCollector(file.toString());
            Optional<Guide> guide = reader.read(file, fileProblems);
            return new FileResult(guide, fileProblems.problems());
        }).toList();

        List<Guide> guides = new ArrayList<>();
        Map<String, Guide> seen = new HashMap<>();
        for (FileResult result : results) {
            problems.addAll(result.problems());
            result.guide().ifPresent(guide -> {
                Guide previous = seen.putIfAbsent(guide.id(), guide);
                if (previous != null) {
                    problems.add(new GuideProblem(guide.sourceFile(), 1, "from/to",
                            "a guide for " + guide.title() + " already exists in " + previous.sourceFile()));
                } else {
                    guides.add(guide);
                }
            });
        }
        if (!problems.isEmpty()) {
            return new Attempt(Optional.empty(), problems);
        }
        return new Attempt(Optional.of(new KnowledgeBase(roles, guides)), List.of());
    }

    private static Attempt failed(GuideProblem problem) {
        return new Attempt(Optional.empty(), List.of(problem));
    }

    private static List<Path> guideFiles(Path guidesFolder) {
        try (Stream<Path> files = Files.list(guidesFolder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")
                            || f.getFileName().toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + guidesFolder, e);
        }
    }
}
