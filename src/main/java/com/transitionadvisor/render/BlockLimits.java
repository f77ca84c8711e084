package com.transitionadvisor.render;

/** Slack's Block Kit limits that the renderer enforces (see shared/SLACK_FACTS.md, section 4). */
public final class BlockLimits {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int HOME_TAB_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int CONTEXT_TEXT = 3000;
    public static final int HEADER_TEXT = 150;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int ACTION_ELEMENTS = 25;
    public static final int ACTION_ID = 255;
    public static final int FALLBACK_TEXT = 3000;
    /** Text and description of a checkbox (or select) option. */
    public static final int OPTION_TEXT = 75;

    private BlockLimits() {
    }
}
