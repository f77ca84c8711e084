package com.transitionadvisor.render;

/** The start of a text that stands for all of it in one line of a list: its first sentence, cut at a word. */
final class Gist {
    private Gist() {
    }

    static String of(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int end = sentenceEnd(flat);
        String first = end > 0 ? flat.substring(0, end) : flat;
        return SlackText.truncate(first, max);
    }

    /** The end of the first sentence: a full stop, question or exclamation mark followed by a space. */
    private static int sentenceEnd(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ' && i > 20) {
                return i + 1;
            }
        }
        return -1;
    }
}
