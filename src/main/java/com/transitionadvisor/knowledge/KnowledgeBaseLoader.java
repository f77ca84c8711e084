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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Reads a knowledge folder: {@code roles.yml} and every {@code guides/*.yml}. Guides are parsed in parallel;
 * every problem in every file is collected, and an invalid folder is refused as a whole. The steps are public so
 * that the search index can re-read only the files that changed since it was built.
 */
public final class KnowledgeBaseLoader {
    public static final String ROLES_FILE = "roles.yml";
    public static final String GUIDES_FOLDER = "guides";

    /** One guide file read: the guide when it is valid, and every problem found in it. */
    public record GuideFile(Optional<Guide> guide, List<GuideProblem> problems) {
        public GuideFile {
            problems = List.copyOf(problems);
        }
    }

    /** The roles of a folder, or the problems that stop anything else from being read. */
    public record Roles(Optional<RoleCatalog> catalog, List<GuideProblem> problems) {
        public Roles {
            problems = List.copyOf(problems);
        }
    }

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

    /**
     * Checks the folder's layout and reads {@code roles.yml}. The catalog is present when the guides can be read
     * against it: the folder is laid out right and {@code roles.yml} has no problem.
     */
    public Roles roles(Path folder) {
        Path rolesFile = folder.resolve(ROLES_FILE);
        if (!Files.isDirectory(folder)) {
            return new Roles(Optional.empty(), List.of(new GuideProblem(folder.toString(), 0, "", "is not a folder")));
        }
        if (!Files.isRegularFile(rolesFile)) {
            return new Roles(Optional.empty(), List.of(
                    new GuideProblem(rolesFile.toString(), 0, "", "is missing; it lists every role and its aliases")));
        }
        ProblemCollector roleProblems = new ProblemCollector(rolesFile.toString());
        RoleCatalog roles = RoleCatalog.read(rolesFile, roleProblems);
        List<GuideProblem> problems = new ArrayList<>(roleProblems.problems());
        Path guidesFolder = folder.resolve(GUIDES_FOLDER);
        if (!Files.isDirectory(guidesFolder)) {
            problems.add(new GuideProblem(guidesFolder.toString(), 0, "", "is missing; put one .yml file per guide in it"));
            return new Roles(Optional.empty(), problems);
        }
        if (!roleProblems.isEmpty()) {
            // guides are read against the roles: against a broken roles.yml each would only repeat its problem
            return new Roles(Optional.empty(), problems);
        }
        return new Roles(Optional.of(roles), problems);
    }

    /** The example text of each folder's TEMPLATE.yml, read once per loader. */
    private final Map<Path, TemplateText> templates = new ConcurrentHashMap<>();

    /** Reads and validates one guide file against the roles (and the example text of its folder's TEMPLATE.yml). */
    public GuideFile read(RoleCatalog roles, Path file) {
        return read(roles, file, false);
    }

    /**
     * As {@link #read}, for a draft: a file whose name does not match its from/to still gives its guide, with that
     * as its one problem ({@link #isMisnamedFile}); the app and {@code validate} refuse such a file.
     */
    public GuideFile readDraft(RoleCatalog roles, Path file) {
        return read(roles, file, true);
    }

    private GuideFile read(RoleCatalog roles, Path file, boolean draft) {
        ProblemCollector problems = new ProblemCollector(file.toString());
        Path folder = file.toAbsolutePath().getParent().getParent();
        TemplateText template = templates.computeIfAbsent(folder, f -> TemplateText.of(f.resolve(TemplateText.FILE)));
        Optional<Guide> guide = new GuideReader(roles, template).read(file, problems, draft);
        return new GuideFile(guide, problems.problems());
    }

    /** Whether {@code problem} is only that a guide file's name does not match its from/to. */
    public static boolean isMisnamedFile(GuideProblem problem) {
        return GuideReader.isMisnamedFile(problem);
    }

    /** The problem of a guide whose move is already covered by a guide read earlier. */
    public static GuideProblem duplicate(GuideEntry guide, String earlierFile) {
        return new GuideProblem(guide.sourceFile(), 1, "from/to",
                "a guide for " + guide.title() + " already exists in " + earlierFile);
    }

    private record Attempt(Optional<KnowledgeBase> knowledgeBase, List<GuideProblem> problems) {
    }

    private Attempt attempt(Path folder) {
        Roles roles = roles(folder);
        if (roles.catalog().isEmpty()) {
            return new Attempt(Optional.empty(), roles.problems());
        }
        RoleCatalog catalog = roles.catalog().get();
        List<GuideFile> results = guideFiles(folder).parallelStream().map(file -> read(catalog, file)).toList();

        List<GuideProblem> problems = new ArrayList<>(roles.problems());
        List<Guide> guides = new ArrayList<>();
        Map<String, Guide> seen = new HashMap<>();
        for (GuideFile result : results) {
            problems.addAll(result.problems());
            result.guide().ifPresent(guide -> {
                Guide previous = seen.putIfAbsent(guide.id(), guide);
                if (previous != null) {
                    problems.add(duplicate(guide.entry(), previous.sourceFile()));
                } else {
                    guides.add(guide);
                }
            });
        }
        if (!problems.isEmpty()) {
            return new Attempt(Optional.empty(), problems);
        }
        return new Attempt(Optional.of(new KnowledgeBase(catalog, guides)), List.of());
    }

    /** The guide files of a knowledge folder, by name. */
    public static List<Path> guideFiles(Path folder) {
        Path guidesFolder = folder.resolve(GUIDES_FOLDER);
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
