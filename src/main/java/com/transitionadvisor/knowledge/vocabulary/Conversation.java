package com.transitionadvisor.knowledge.vocabulary;

import java.util.List;
import java.util.Set;

/**
 * Everyday wording around a question ({@code conversation:} in {@code language.yml}).
 *
 * @param howMuchAsks   words after "how much" that ask an amount ("how much *does* a … make?")
 * @param amountQuestions phrases that ask an amount right before a topic's amount verb ("what could I make?")
 * @param thanks        words and phrases of small talk that thank ("cheers", "ty")
 * @param questionJoins words that may join two questions in one message ("how long does it take and will I earn less?")
 * @param pointers      words that point back at what was just said ("how do I fix that?", "the terraform one")
 * @param alternatives  words between two things compared ("docker or kubernetes", "aws vs gcp")
 * @param choosing      words that make "X or Y" a choice to compare ("which is harder, X or Y?"), not a list of two
 * @param conditions    words that open the case a question is asked for ("if I already know Docker, …")
 * @param conditionsAfter words that open that case after the question ("… if I keep my job?")
 * @param notACaseAfter words after which a condition word opens no case of its own ("what if", "even if")
 * @param pointsAhead   words in a guide's passage that point at the part of its section after it ("the template
 *                      below"), so that part is shown with it
 * @param pointsElsewhere words in a guide's passage that point at another part of its section ("both of these
 *                        questions"), so that part is shown with it
 * @param whatFollows   words of a follow-up that asks for what comes after the passage just shown ("and after
 *                      that?"): the next phase of the plan, the next item of the list
 * @param newSubject    words that open a message on another subject ("btw, is it going to rain?"), so that it is
 *                      never read as carrying the last question on
 * @param ordinals      words that count the items of the list just shown, in order ("the first one", "the second one")
 * @param ordinalLast   words that point at the last item of that list ("the last one")
 * @param ordinalNouns  words after an ordinal that make it point at an item shown ("one", "point")
 * @param yesNoOpeners  how a question that wants a yes or a no opens ("is it true", "do I really need")
 * @param verdicts      the words an FAQ answer opens with when it says yes or no ("usually yes")
 */
public record Conversation(Set<String> smallTalk, Set<String> thanks, Set<String> notSearched, Set<String> hedges,
                           Set<String> notTypos, List<String> reverse, List<String> setAside,
                           List<String> setAsideEndsBefore, List<String> howMuchAsks, List<String> amountQuestions,
                           List<String> timeQuestions, List<String> questionJoins, Set<String> pointers,
                           List<String> alternatives, Set<String> choosing, List<String> conditions,
                           List<String> conditionsAfter, Set<String> notACaseAfter, List<String> pointsAhead,
                           List<String> pointsElsewhere, List<String> whatFollows,
                           List<String> newSubject, List<String> ordinals, Set<String> ordinalLast,
                           Set<String> ordinalNouns, List<String> yesNoOpeners, List<String> verdicts) {
    public Conversation {
        smallTalk = Set.copyOf(smallTalk);
        thanks = Set.copyOf(thanks);
        notSearched = Set.copyOf(notSearched);
        hedges = Set.copyOf(hedges);
        notTypos = Set.copyOf(notTypos);
        reverse = List.copyOf(reverse);
        setAside = List.copyOf(setAside);
        setAsideEndsBefore = List.copyOf(setAsideEndsBefore);
        howMuchAsks = List.copyOf(howMuchAsks);
        amountQuestions = List.copyOf(amountQuestions);
        timeQuestions = List.copyOf(timeQuestions);
        questionJoins = List.copyOf(questionJoins);
        pointers = Set.copyOf(pointers);
        alternatives = List.copyOf(alternatives);
        choosing = Set.copyOf(choosing);
        conditions = List.copyOf(conditions);
        conditionsAfter = List.copyOf(conditionsAfter);
        notACaseAfter = Set.copyOf(notACaseAfter);
        pointsAhead = List.copyOf(pointsAhead);
        pointsElsewhere = List.copyOf(pointsElsewhere);
        whatFollows = List.copyOf(whatFollows);
        newSubject = List.copyOf(newSubject);
        ordinals = List.copyOf(ordinals);
        ordinalLast = Set.copyOf(ordinalLast);
        ordinalNouns = Set.copyOf(ordinalNouns);
        yesNoOpeners = List.copyOf(yesNoOpeners);
        verdicts = List.copyOf(verdicts);
    }
}
