package com.transitionadvisor.knowledge;

/** One word or phrase of a vocabulary list, with where it was written. */
record Phrase(String text, int line, String field) {
}
