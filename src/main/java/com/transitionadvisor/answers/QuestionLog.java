package com.transitionadvisor.answers;

import java.time.Instant;
import java.util.List;

/** Questions the guides could not answer, and answers people marked unhelpful: a to-do list for authors. */
public interface QuestionLog {

    enum Reason {
        UNANSWERED, THUMBS_DOWN, THUMBS_UP;

        /** Whether guide authors need to look at it. */
        public boolean needsWork() {
            return this != THUMBS_UP;
        }
    }

    /** A logged question; very long text is cut, since authors need the gist and the log must stay small. */
    record Entry(String question, Instant at, String userId, Reason reason) {
        public static final int MAX_QUESTION = 1000;

        public Entry {
            if (question.length() > MAX_QUESTION) {
                int end = Character.isHighSurrogate(question.charAt(MAX_QUESTION - 1)) ? MAX_QUESTION - 1 : MAX_QUESTION;
                question = question.substring(0, end);
            }
        }
    }

    record Frequent(String question, long count, Instant lastAsked) {
    }

    void record(Entry entry);

    /** The most often logged questions that need work (not 👍) (compared case- and space-insensitively), most frequent first. */
    List<Frequent> mostFrequent(int limit);
}
