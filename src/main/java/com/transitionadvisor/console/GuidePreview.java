package com.transitionadvisor.console;

import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.BlockKitRenderer;
import com.transitionadvisor.render.CardComposer;
import com.transitionadvisor.render.ConsoleRenderer;
import com.transitionadvisor.render.ConsoleStyle;
import com.transitionadvisor.render.Presenter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code preview FILE}: one guide file shown section by section, every page, as Slack would show it after each
 * button, for a coach without Slack. The file is read and validated exactly as the app reads it; a file with
 * problems gets each one with file, line and field, and nothing else, except a draft whose file name does not match
 * its from/to: it is previewed, under a warning saying so.
 */
public final class GuidePreview {
    private final KnowledgeBaseLoader loader;

    public GuidePreview(KnowledgeBaseLoader loader) {
        this.loader = loader;
    }

    /**
     * @param knowledgeFolder whose {@code roles.yml} the guide's roles are read against
     * @return the exit code: 0 shown, 1 problems found
     */
    public int show(Path file, Path knowledgeFolder, PrintStream out, ConsoleStyle style) {
        if (!Files.isRegularFile(file)) {
            out.println(new GuideProblem(file.toString(), 0, "", "no such file"));
            return 1;
        }
        KnowledgeBaseLoader.Roles roles = loader.roles(knowledgeFolder);
        if (roles.catalog().isEmpty()) {
            return problems(roles.problems(), out);
        }
        KnowledgeBaseLoader.GuideFile read = loader.readDraft(roles.catalog().get(), file);
        // a draft may be named anyhow: its name is a warning here, though the app and validate refuse it
        List<GuideProblem> misnamed = read.problems().stream().filter(KnowledgeBaseLoader::isMisnamedFile).toList();
        if (read.guide().isEmpty() || read.problems().size() > misnamed.size()) {
            return problems(read.problems(), out);
        }
        misnamed.forEach(problem -> out.println("warning: " + problem));
        if (!misnamed.isEmpty()) {
            out.println("warning: the app and validate refuse this file until its name matches from and to; "
                    + "the preview below is shown anyway.");
            out.println();
        }
        Guide guide = read.guide().get();
        Presenter presenter = new Presenter(new CardComposer(List.of(guide.entry())), new BlockKitRenderer(), new ConsoleRenderer());
        out.println("Preview of " + file + ": " + guide.title() + ", " + guide.sections().size() + " sections."
                + " Each part below is one Slack message; its buttons show what to type in the console.");
        for (Section section : guide.sections()) {
            int pages = presenter.pages(guide, section);
            for (int page = 0; page < pages; page++) {
                out.println();
                out.println("──── " + section.title() + (pages > 1 ? " (" + (page + 1) + " of " + pages + ")" : "") + " ────");
                out.print(presenter.console(new Reply.GuideAnswer(guide, section, page), Audience.privately(), style));
            }
        }
        return 0;
    }

    /** The folder whose roles a guide file is read against: the one it lies in ({@code DIR/guides/FILE}), else {@code fallback}. */
    public static Path knowledgeFolderOf(Path file, Path fallback) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        Optional<Path> holder = Optional.ofNullable(parent)
                .filter(p -> p.getFileName() != null && p.getFileName().toString().equals(KnowledgeBaseLoader.GUIDES_FOLDER))
                .map(Path::getParent)
                .filter(p -> Files.isRegularFile(p.resolve(KnowledgeBaseLoader.ROLES_FILE)));
        return holder.orElse(fallback);
    }

    private static int problems(List<GuideProblem> problems, PrintStream out) {
        problems.forEach(out::println);
        out.println(problems.size() + " problem(s); nothing to preview until they are fixed");
        return 1;
    }
}
