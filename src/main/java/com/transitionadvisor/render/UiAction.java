package com.transitionadvisor.render;

import java.util.Objects;

/**
 * A button's effect, as an action id naming the kind and a short value naming the target. Values are
 * slash-separated tokens of ids and numbers, never user text.
 */
public record UiAction(String id, String value) {
    public static final String OPEN_SECTION = "open_section";
    public static final String SHARE = "share_in_channel";
    public static final String CHOOSE_GUIDE = "choose_guide";
    public static final String HELPFUL = "feedback_helpful";
    public static final String NOT_HELPFUL = "feedback_not_helpful";

    public UiAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
    }

    /** Opens {@code section} of a guide at {@code page}. */
    public static UiAction openSection(String guideId, String sectionKey, int page) {
        return new UiAction(OPEN_SECTION, guideId + "/" + sectionKey + "/" + page);
    }

    /** Posts the same view visibly in the channel. */
    public static UiAction share(String guideId, String sectionKey, int page) {
        return new UiAction(SHARE, guideId + "/" + sectionKey + "/" + page);
    }

    /** Answers the waiting question from this guide. */
    public static UiAction chooseGuide(String guideId) {
        return new UiAction(CHOOSE_GUIDE, guideId);
    }

    /** 👍 or 👎 on an answer; the value is the opaque id of the stored answer, never its text. */
    public static UiAction feedback(boolean helpful, String answerId) {
        return new UiAction(helpful ? HELPFUL : NOT_HELPFUL, answerId);
    }

    /** The guide, section and page a guide button points at, when the value is well formed. */
    public static java.util.Optional<GuideTarget> guideTarget(String value) {
        String[] parts = value == null ? new String[0] : value.split("/");
        if (parts.length != 3 || !parts[0].matches("[a-z0-9-]{1,200}") || !parts[2].matches("\\d{1,3}")) {
            return java.util.Optional.empty();
        }
        return com.transitionadvisor.knowledge.Section.fromKey(parts[1])
                .map(section -> new GuideTarget(parts[0], section, Integer.parseInt(parts[2])));
    }

    public record GuideTarget(String guideId, com.transitionadvisor.knowledge.Section section, int page) {
    }
}
