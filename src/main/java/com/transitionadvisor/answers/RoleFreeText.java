package com.transitionadvisor.answers;

import java.util.Locale;

/** Small helpers for text that carries no roles or topics. */
final class RoleFreeText {
    private RoleFreeText() {
    }

    static boolean isThanks(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("thank") || lower.contains("cheers") || lower.equals("ta") || lower.equals("ty")
                || lower.contains("thx");
    }
}
