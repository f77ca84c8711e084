package com.transitionadvisor.understanding;

import java.util.regex.Pattern;

/**
 * Short forms people type for roles that are also ordinary words once lower-cased: "BE dev", "pivot to BE", "FE → BE".
 * Only the upper-case forms are read as roles ("be", "fe" are left alone), so "to be a …" keeps its meaning.
 */
final class Abbreviations {
    private static final Pattern BACKEND = Pattern.compile("(?<![\\p{L}\\p{N}])BE(?![\\p{L}\\p{N}])");
    private static final Pattern FRONTEND = Pattern.compile("(?<![\\p{L}\\p{N}])FE(?![\\p{L}\\p{N}])");

    private Abbreviations() {
    }

    /** The text with the upper-case role abbreviations written out; everything else as typed. */
    static String expand(String text) {
        if (!text.contains("BE") && !text.contains("FE")) {
            return text;
        }
        return FRONTEND.matcher(BACKEND.matcher(text).replaceAll("backend")).replaceAll("frontend");
    }
}
