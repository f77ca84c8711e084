package com.transitionadvisor.search;

/** A passage found for a question, with its Lucene score (only comparable within one search). */
public record PassageHit(Passage passage, float score) {
}
