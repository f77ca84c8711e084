package com.transitionadvisor.search;

/**
 * The index holds two kinds of documents, written together per guide file so that one update replaces both:
 * one {@code guide} document (the validated guide, stored, and what lists need, as doc values) and one
 * {@code passage} document per passage (searched).
 */
final class IndexFields {
    static final String KIND = "kind";
    static final String GUIDE_KIND = "guide";
    static final String PASSAGE_KIND = "passage";
    /** The guide file's name inside the guides folder; every document of a file carries it. */
    static final String FILE = "file";

    // guide documents
    /** The same as {@link #FILE}, as a doc value: Lucene wants one field to have one shape in every document. */
    static final String GUIDE_FILE = "guide_file";
    static final String GUIDE_ID = "guide_id";
    static final String FINGERPRINT = "fingerprint";
    static final String FROM = "from";
    static final String TO = "to";
    static final String SUMMARY = "summary";
    static final String TIMELINE_SUMMARY = "timeline_summary";
    static final String STORED_GUIDE = "stored_guide";

    // passage documents
    static final String GUIDE = "guide";
    static final String POSITION = "position";
    static final String TOPIC = "topic";
    static final String WEAK_TOPIC = "weak_topic";
    static final String SECTION = "section";
    static final String BODY = "body";
    static final String TITLE = "title";
    /** The passage's sentence embedding (unit length, compared by dot product). */
    static final String MEANING = "meaning";

    private IndexFields() {
    }
}
