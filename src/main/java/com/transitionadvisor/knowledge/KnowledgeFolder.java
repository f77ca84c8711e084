package com.transitionadvisor.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether a folder is a knowledge folder at all, checked before the app creates anything for it. */
public final class KnowledgeFolder {
    private KnowledgeFolder() {
    }

    /** What is missing, naming the absolute path looked at; empty when the folder has its roles and guides. */
    public static Optional<String> missing(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            return Optional.of("No knowledge folder at " + absolute + (Files.exists(absolute) ? " (it is a file)" : "") + ".");
        }
        if (!Files.isRegularFile(absolute.resolve(KnowledgeBaseLoader.ROLES_FILE))) {
            return Optional.of(absolute + " is not a knowledge folder: it has no " + KnowledgeBaseLoader.ROLES_FILE + ".");
        }
        if (!Files.isDirectory(absolute.resolve(KnowledgeBaseLoader.GUIDES_FOLDER))) {
            return Optional.of(absolute + " is not a knowledge folder: it has no " + KnowledgeBaseLoader.GUIDES_FOLDER + "/ folder.");
        }
        return Optional.empty();
    }
}
