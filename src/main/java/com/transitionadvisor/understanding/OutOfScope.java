package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.vocabulary.OutOfScopeWords;
import java.util.regex.Pattern;

/**
 * Messages that ask for something no guide is about, however many guide words they contain: a job done for the
 * person ("write my CV", "can you fix my code"), a technical how-to ("how do I set up a VPC with Terraform?"), or
 * moving up in the role they have ("how do I get promoted to senior backend engineer?"). The words are in the
 * {@code out_of_scope} group of {@code language.yml}; the grammar that puts them together is here.
 */
final class OutOfScope {
    /** Who a how-to is asked for, between "how do" and the verb: "how do I set up…", "how can you deploy…". */
    private static final String HOW_TO_OPENING = "\\bhow (?:do|can|should|would|to) (?:(?:i|you|we|one) )?";

    /**
     * A job the person wants done rather than a question: the verb asked of the app and the thing to make or mend,
     * with no word between them that turns it into a question ("can you tell me how long it takes").
     */
    private final Pattern task;
    /**
     * A technical how-to: the guides say what to learn, not how to do the work. Questions about the move itself
     * ("how do I fix my networking gap?", "how do I write my CV for backend roles?") are not.
     */
    private final Pattern howTo;
    /** Moving up within a role ("get promoted to senior"), which the guides, about moving between roles, do not cover. */
    private final Pattern promotion;

    OutOfScope(OutOfScopeWords words) {
        this.task = Pattern.compile("(?:^" + WordPatterns.anyOfThenSpace(words.taskOpeners()) + "?|\\b"
                + WordPatterns.anyOfThenSpace(words.taskRequests()) + ")"
                + WordPatterns.anyOfThenSpace(words.taskSofteners()) + "?" + WordPatterns.anyOf(words.taskVerbs()) + "\\b"
                + "(?: (?!" + WordPatterns.anyOf(words.taskAsks()) + "\\b)\\S+){0,5}? " + WordPatterns.anyOf(words.taskObjects()) + "\\b");
        this.howTo = Pattern.compile(HOW_TO_OPENING + WordPatterns.anyOf(words.howToVerbs()) + "\\b"
                + "(?!(?: \\S+){0,4} " + WordPatterns.anyOf(words.howToAboutTheMove()) + "\\b)");
        this.promotion = Pattern.compile("\\b" + WordPatterns.anyOf(words.promotion()) + "\\b");
    }

    /** Whether the normalised text asks for something out of scope; {@code rolesNamed} counts the distinct roles it names. */
    boolean asks(String normalized, long rolesNamed) {
        return task.matcher(normalized).find() || howTo.matcher(normalized).find()
                || rolesNamed <= 1 && promotion.matcher(normalized).find();
    }
}
