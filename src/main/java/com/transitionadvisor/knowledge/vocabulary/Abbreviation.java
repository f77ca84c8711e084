package com.transitionadvisor.knowledge.vocabulary;

/** A case-sensitive short form of a role word from {@code abbreviations.yml}: "BE" means "backend". */
public record Abbreviation(String shortForm, String means) {
}
