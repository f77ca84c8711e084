package com.transitionadvisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base has problems; the app refuses to start on it. */
public final class InvalidKnowledgeBaseException extends RuntimeException {
    private final List<GuideProblem> problems;

    public InvalidKnowledgeBaseException(List<GuideProblem> problems) {
        super(problems.size() + " problem(s) in the knowledge base:\n" + problems.stream()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<GuideProblem> problems() {
        return problems;
    }
}
