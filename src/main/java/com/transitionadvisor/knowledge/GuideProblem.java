package com.transitionadvisor.knowledge;

/**
 * One thing wrong with a knowledge file, located precisely enough for a guide author to fix it.
 *
 * @param file  the file, as given to the loader
 * @param line  1-based line number, or 0 when the problem concerns the whole file
 * @param field the dotted path of the field, e.g. {@code gaps[2].how}, or empty for the whole file
 */
public record GuideProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
