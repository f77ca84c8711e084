package com.transitionadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Gathers the problems found in one file so all of them are reported at once, not just the first. */
final class ProblemCollector {
    private final String file;
    private final List<GuideProblem> problems = new ArrayList<>();

    ProblemCollector(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String field, String message) {
        problems.add(new GuideProblem(file, line, field, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<GuideProblem> problems() {
        return List.copyOf(problems);
    }
}
