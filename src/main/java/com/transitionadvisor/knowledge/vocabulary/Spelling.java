package com.transitionadvisor.knowledge.vocabulary;

/**
 * How people type an everyday word in chat, from {@code abbreviations.yml}: "shud" means "should", "wen" means
 * "when". Matched as a whole word in any case; the question is read as if the word were spelled out.
 */
public record Spelling(String typed, String means) {
}
