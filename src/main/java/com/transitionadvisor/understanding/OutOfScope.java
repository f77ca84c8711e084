package com.transitionadvisor.understanding;

import java.util.regex.Pattern;

/**
 * Messages that ask for something no guide is about, however many guide words they contain: a job done for the
 * person ("write my CV", "can you fix my code"), a technical how-to ("how do I set up a VPC with Terraform?"), or
 * moving up in the role they have ("how do I get promoted to senior backend engineer?").
 */
final class OutOfScope {
    /** A job the person wants done rather than a question: the verb asked of the app and the thing to make or mend. */
    private static final Pattern TASK = Pattern.compile(
            "(?:^(?:hey |hi |hello |yo |ok |okay |so )?|\\b(?:can|could|would|will) (?:you|u) |\\bplease |\\bpls |\\bplz |\\bhelp me |\\bi need you to )"
                    + "(?:please |pls |quickly |just )?(?:write|draft|rewrite|redo|proofread|polish|edit|fix|debug|refactor|"
                    + "review|improve|generate|translate|summarise|summarize|book|order|schedule|send|format|tailor)\\b"
                    + "(?: \\S+){0,5}? (?:cv|cvs|resume|resumes|cover letter|letter|email|emails|mail|code|script|function|"
                    + "bug|query|message|linkedin|profile|post|essay|poem|pr|ticket|document|doc|slides|presentation|"
                    + "meeting|room|lunch|flight|application|spreadsheet|report|bio)\\b");
    /**
     * A technical how-to ("how do I set up a VPC with Terraform?", "how do I configure an S3 bucket policy?"): the guides
     * say what to learn, not how to do the work. Questions about the move itself ("how do I fix my networking gap?",
     * "how do I write my CV for backend roles?") are not.
     */
    private static final Pattern HOW_TO = Pattern.compile(
            "\\bhow (?:do|can|should|would|to) (?:(?:i|you|we|one) )?(?:set up|setup|configure|install|deploy|provision|"
                    + "debug|implement|migrate|connect|enable|expose|mount|secure|scale|reverse|sort|parse|"
                    + "code|script|automate|upgrade|restart)\\b"
                    + "(?!(?: \\S+){0,4} (?:gap|gaps|skill|skills|interview|interviews|cv|resume|plan|portfolio|career|move|"
                    + "switch|transition|change|story|stories|answer|answers|pitch)\\b)");
    /** Moving up within a role ("get promoted to senior"), which the guides, about moving between roles, do not cover. */
    private static final Pattern PROMOTION = Pattern.compile("\\b(?:promoted|promotion|promotions|promote)\\b");

    private OutOfScope() {
    }

    /** Whether the normalised text asks for something out of scope; {@code rolesNamed} counts the distinct roles it names. */
    static boolean asks(String normalized, long rolesNamed) {
        return TASK.matcher(normalized).find() || HOW_TO.matcher(normalized).find()
                || rolesNamed <= 1 && PROMOTION.matcher(normalized).find();
    }
}
