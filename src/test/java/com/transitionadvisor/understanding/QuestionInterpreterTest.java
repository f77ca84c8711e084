package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.knowledge.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How free text is understood: which roles on which side, the topics, what is searched for, what is out of scope. */
class QuestionInterpreterTest {
    private final QuestionInterpreter interpreter = new QuestionInterpreter(new RoleMatcher(RoleMatcherTest.ROLES),
            new TopicDetector(TestVocabulary.REAL), TestVocabulary.REAL);

    private Question ask(String text) {
        return interpreter.interpret(text);
    }

    /** "from-id > to-id", with "-" for a side not named. */
    private String sides(String text) {
        Question question = ask(text);
        return question.from().map(Role::id).orElse("-") + " > " + question.to().map(Role::id).orElse("-");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "yo cloud eng wanting to pivot to BE, realistic?",
            "I'm not a backend dev, I'm a cloud engineer – what do I need to learn for backend?",
            "I'm on the platform team as a cloud eng and want to move into backend",
            "would it be a mistake to quit my cloud job to learn backend full time?",
            "and for a cloud engineer wanting backend?",
            "Soy ingeniero cloud y quiero pasar a backend, ¿cuánto tiempo necesito?",
    })
    void sides_everydayWording_cloudToBackend(String text) {
        assertEquals("cloud-engineer > backend-developer", sides(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "cloud engineer here, thinking about retraining as a backend developer, what transfers?",
            "if i keep my cloud job and study evenings, how long til i can land a backend role?",
            "does backend involve auth stuff? cloud eng weighing up the move",
            "is backend dev work more creative? cloud eng here",
            "what's a normal day like as a backend dev compared to what i do now as a cloud engineer?",
    })
    void sides_aWordNextToTheRoleSaysItIsThePersonsOwn_cloudToBackend(String text) {
        assertEquals("cloud-engineer > backend-developer", sides(text));
    }

    @Test
    void sides_twoRolesOnTheGoalSide_theOneAWordAfterSettlesKeepsIt() {
        assertEquals("backend-developer > cloud-engineer",
                sides("what do hiring managers look for when a backend engineer applies for cloud engineering roles?"));
    }

    @Test
    void sides_myRoleInterview_isTheInterviewForTheRoleWanted() {
        assertEquals("- > backend-developer", sides("any tips for my backend interview?"));
        assertEquals("- > cloud-engineer", sides("how do I prepare for my cloud engineer interviews?"));
    }

    @Test
    void sides_theRoleThePersonSaysTheyAre_staysTheirsBeforeAnInterviewForTheOther() {
        assertEquals("cloud-engineer > backend-developer", sides("I'm a cloud engineer. Interview tips for backend roles?"));
    }

    @Test
    void sides_aRoleTakenOnAsAnother_movesFromTheFirstToTheSecond() {
        assertEquals("cloud-engineer > backend-developer",
                sides("are there employers who'll take a cloud engineer as a backend dev?"));
        assertEquals("backend-developer > cloud-engineer",
                sides("would anyone hire a backend developer as a cloud engineer?"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "does being comfy on the linux command line matter for cloud eng as a BE dev",
            "how hard is cloud as a backend dev?",
            "how do I learn cloud as a backend developer?",
    })
    void sides_asARoleAfterARoleNotTakenOn_isThePersonsOwn(String text) {
        assertEquals("backend-developer > cloud-engineer", sides(text));
    }

    @Test
    void sides_twoRolesSideBySideWithoutACue_areOneThingNamedTwoWaysNotAMove() {
        Question question = ask("ok and what does the devops/sre one focus on?");

        assertEquals("- > -", sides(question.text()));
        assertEquals(List.of("devops-engineer", "site-reliability-engineer"), question.unplaced().stream().map(Role::id).toList());
    }

    @Test
    void sides_theRoleThePersonWillBeOnce_isTheGoal() {
        assertEquals("backend-developer > cloud-engineer",
                sides("as a backend dev I consume from rabbitmq all day. what would that map to once I'm a cloud engineer?"));
    }

    @Test
    void aMessageOpensAnotherSubjectOnlyWithItsFirstWords() {
        assertTrue(interpreter.opensNewSubject("btw do you know when the canteen closes today?"));
        assertTrue(interpreter.opensNewSubject("ok unrelated but is it going to rain?"));
        assertFalse(interpreter.opensNewSubject("what else should I build for my portfolio, by the way?"));
    }

    @Test
    void sides_forARoleJob_isStillTheGoal() {
        assertEquals("- > cloud-engineer", sides("i know postgres and mysql pretty well. useful for a cloud role?"));
    }


    @Test
    void sides_aRoleMovingIntoAnother_settlesBothWhateverCameBefore() {
        Question question = ask("is platform engineering a good landing spot for a backend developer moving into cloud?");
        assertEquals("backend-developer > cloud-engineer", sides(question.text()));
        assertEquals(List.of("platform-engineer"), question.unplaced().stream().map(Role::id).toList());
        assertTrue(question.searchText().contains("platform"), "the role that is only a subject is still searched for");
    }

    @Test
    void sides_aGoalOnlyLeftOver_isMarkedAsGuessed() {
        Question question = ask("devops-y stuff interests me. I'm backend atm, what is out there in cloud?");
        assertEquals(Optional.of("backend-developer"), question.from().map(Role::id));
        assertTrue(question.goalGuessed());
        assertTrue(question.unplaced().stream().anyMatch(role -> role.id().equals("cloud-engineer")));
    }

    @Test
    void sides_aRoleFollowedByRoleOrJob_isTheGoal_andOneFollowedByMovingIsTheStart() {
        assertEquals("cloud-engineer > backend-developer", sides("is my monitoring useful for a backend role? cloud eng moving over"));
        assertEquals("cloud-engineer > backend-developer", sides("what will backend interviewers ask a cloud engineer switching over"));
        assertEquals("backend-developer > cloud-engineer", sides("whats the biggest gap for backend ppl going to cloud"));
    }

    @Test
    void sides_aOneWordRoleChosenAmongOptions_isNotARole() {
        Question question = ask("which cloud should a backend dev learn first, aws azure or gcp?");
        assertEquals("backend-developer > -", sides(question.text()));
        assertTrue(question.unplaced().isEmpty());
    }

    @Test
    void topics_setAsideAfterDontCareAbout_areLeftOut() {
        Question question = ask("I don't care about the salary, just tell me how long cloud→backend takes");
        assertEquals(List.of(TestVocabulary.topic("timeline")), question.topics());
    }

    @Test
    void asksYesOrNo_whenASentenceOpensThatWay() {
        assertTrue(interpreter.asksYesOrNo("is it true i'd have to take a pay cut going from cloud to backend?"));
        assertTrue(interpreter.asksYesOrNo("cloud eng here, do I really need SQL?"));
        assertFalse(interpreter.asksYesOrNo("what do I need to learn for backend?"));
        assertTrue(interpreter.opensWithAVerdict("Usually yes, at least at first. Your seniority doesn't carry over."));
        assertFalse(interpreter.opensWithAVerdict("Yesterday's tools are not today's."));
    }

    @Test
    void clearStart_onlyWhenTheWordingPlacesTheStartItself() {
        assertTrue(ask("I'm a backend dev. how long to become a cloud engineer?").clearStart());
        assertTrue(ask("moving from cloud to backend, how long?").clearStart());
        assertFalse(ask("and a cloud engineer becoming a backend dev?").clearStart());
        assertTrue(ask("and a cloud engineer becoming a backend dev?").clearSides());
    }

    @Test
    void itemPointedAt_anOrdinalBeforeAWordForAnItem_isThatPlaceInTheListShown() {
        assertEquals(Optional.of(ListPlace.fromStart(0)), interpreter.itemPointedAt("how do i close the first one quickly?"));
        assertEquals(Optional.of(ListPlace.fromStart(1)), interpreter.itemPointedAt("And the SECOND point?"));
        assertEquals(Optional.of(ListPlace.last()), interpreter.itemPointedAt("what about the last one"));
        assertEquals(Optional.empty(), interpreter.itemPointedAt("what should my first project be?"));
        assertEquals(Optional.empty(), interpreter.itemPointedAt("what's the best first role for me?"));
        assertEquals(Optional.empty(), interpreter.itemPointedAt("what's the first thing I should do on day one?"));
    }

    @Test
    void listPlace_countsFromEitherEnd_andIsEmptyPastTheList() {
        assertEquals(Optional.of("b"), ListPlace.fromStart(1).in(List.of("a", "b", "c")));
        assertEquals(Optional.of("c"), ListPlace.last().in(List.of("a", "b", "c")));
        assertEquals(Optional.empty(), ListPlace.fromStart(3).in(List.of("a", "b", "c")));
        assertEquals(Optional.empty(), ListPlace.last().in(List.of()));
    }

    @Test
    void topics_whyAboutAThing_isNoQuestionOfWhyPeopleMove() {
        assertFalse(ask("what's a NACL and why would an API developer need to care?").topics()
                .contains(TestVocabulary.topic("motivation")));
        assertFalse(ask("why does it matter so much? feels less technical").topics().contains(TestVocabulary.topic("motivation")));
        assertEquals(TestVocabulary.topic("motivation"), ask("why are people leaving cloud for backend?").topics().get(0));
        assertEquals(TestVocabulary.topic("motivation"), ask("why do people move from backend to cloud?").topics().get(0));
    }

    @Test
    void topics_aNumberWrittenAsAnAmountOfPay_isAboutPay() {
        assertEquals(TestVocabulary.topic("salary"), ask("I'm a cloud engineer on about 60k, is that normal for mid-career?").topics().get(0));
        assertEquals(TestVocabulary.topic("salary"), ask("would I drop to 30 grand going backend?").topics().get(0));
        assertFalse(ask("how do I learn k8s?").topics().contains(TestVocabulary.topic("salary")));
    }

    @Test
    void topics_timeUntilPayRecovers_isAboutPay() {
        assertEquals(TestVocabulary.topic("salary"), ask("how long till I'm back to what I earn now?").topics().get(0));
        assertEquals(TestVocabulary.topic("timeline"), ask("I earn 60k now, how long would the move take?").topics().get(0));
    }

    @Test
    void topics_moreCuesOfOneTopic_winATie() {
        assertEquals(TestVocabulary.topic("employers"), ask("would a recruitment agency help?").topics().get(0));
    }

    @Test
    void topics_everydayWordsAreNotTyposOfCues() {
        // "being" is one letter from "bring", "change" from "chance"
        assertEquals(List.of(), ask("tips for someone going from being a cloud engineer to a backend engineer").topics());
    }

    @Test
    void topics_emoji_andOtherLanguages() {
        assertEquals(List.of(TestVocabulary.topic("salary")), ask("and 💰?").topics());
        assertEquals(TestVocabulary.topic("timeline"), ask("Ich bin Backend-Entwickler. Wie lange dauert der Wechsel?").topics().get(0));
        assertEquals(TestVocabulary.topic("mistakes"), ask("what should I NOT do when moving from backend to cloud?").topics().get(0));
    }

    @Test
    void searchText_leavesOutTheOtherWayRoundAndFiller() {
        Question question = ask("what about the other way round?");
        assertTrue(question.reverse());
        assertEquals("what about", question.searchText());
        assertTrue(ask("what about the other direction?").reverse());
    }

    @Test
    void searchTexts_longMessage_alsoOffersTheSentenceThatAsks() {
        Question question = ask("I've only ever written bash scripts for deploys and I was told it's all different now. "
                + "is terraform gonna be a pain?");
        assertEquals(2, question.searchTexts().size());
        assertTrue(question.searchTexts().get(1).contains("terraform"), question.searchTexts()::toString);
        assertFalse(question.searchTexts().get(1).contains("bash"), question.searchTexts()::toString);
    }

    @Test
    void searchTexts_aSentenceThatAsksByPointingBack_isNotSearchedAlone() {
        Question question = ask("remote backends, modules, workspaces... which of these should a backend dev actually "
                + "learn for a cloud role?");
        assertEquals(1, question.searchTexts().size(), question.searchTexts()::toString);
        assertTrue(question.searchText().contains("workspaces"), question.searchTexts()::toString);
    }

    @Test
    void slackMentions_sayNothingAboutTheQuestion() {
        assertEquals(ask("how long does backend → cloud take?").searchText(),
                ask("<@U07ADV123> how long does backend → cloud take?").searchText());
    }

    @Test
    void unknownGoal_isEchoedAsTyped_andOnlyWhenWanted() {
        assertEquals(Optional.of("Product Manager"), ask("I want to become a Product Manager, I'm a backend dev").unknownRole());
        assertEquals(Optional.of("data scientist"), ask("I want to be a data scientist, I'm a backend dev").unknownRole());
        assertEquals(Optional.empty(), ask("is terraform gonna be a pain? I've only written bash").unknownRole());
        assertEquals(Optional.empty(), ask("it's going to be a problem that I have no degree").unknownRole());
    }

    @Test
    void unknownStart_aJobTitleTheAppDoesNotKnow() {
        assertEquals(Optional.of("mobile developer"), ask("I'm a mobile developer, how do I get into cloud?").unknownStart());
        assertEquals(Optional.of("QA engineer"), ask("QA engineer to cloud engineer?").unknownStart());
        assertEquals(Optional.of("sysadmin"), ask("sysadmin → cloud engineer, which certs first?").unknownStart());
        assertEquals(Optional.of("scrum master"), ask("I'm a scrum master, how do I become a cloud engineer?").unknownStart());
        assertEquals(Optional.empty(), ask("I'm a backend tech lead, how do I move into cloud?").unknownStart());
        assertEquals(Optional.of("student"), ask("I'm a student, how do I become a backend dev?").unknownStart());
        assertEquals(Optional.of("teacher"), ask("teacher here 👩‍🏫 thinking about retraining as a backend developer, what transfers?").unknownStart());
        assertEquals(Optional.empty(), ask("I'm going to lead a cloud migration, would that help me become a cloud engineer?").unknownStart());
        assertEquals(Optional.empty(), ask("I'm building a Kubernetes operator, does that count toward cloud roles?").unknownStart());
        assertEquals(Optional.empty(), ask("I'm a developer, how do I get into cloud?").unknownStart());
        assertEquals(Optional.empty(), ask("I'm a backend developer, how do I get into cloud?").unknownStart());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "write my CV for a cloud engineer role pls",
            "hey can you draft an email to my manager asking to move to the cloud team?",
            "could you fix the typo in my resume",
            "how do I set up a VPC with terraform step by step",
            "how can I deploy my first lambda function?",
            "how do I get promoted to senior backend engineer?",
            "I got a backend offer for 45k – can you negotiate it up with the recruiter for me?",
            "write me a terraform module for a vpc with 3 private subnets",
            "can you tell me a joke",
            "can you write my terraform configs for me?",
            "can you build our ci pipelines?",
    })
    void outOfScope_jobsHowTosAndPromotions(String text) {
        assertTrue(ask(text).outOfScope());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "how do I fix my networking gap? backend to cloud",
            "how do I write a good answer to 'why cloud?'",
            "send me the backend to cloud guide",
            "what should my first project be? cloud to backend",
            "make my plan for backend to cloud",
            "can you tell me how long it takes to go from backend to cloud?",
            "could you tell me what a junior backend developer earns",
    })
    void outOfScope_notQuestionsAboutTheMove(String text) {
        assertFalse(ask(text).outOfScope());
    }

    @Test
    void chatSpellingsAreReadAsTheWordsTheyStandFor() {
        Question typed = ask("hw long wud it take if u lern part time");
        Question spelled = ask("how long would it take if you learn part time");

        assertEquals(spelled.topics(), typed.topics());
        assertEquals(spelled.searchText(), typed.searchText());
        assertEquals("how long would it take if you learn part time", interpreter.readable("hw long wud it take if u lern part time"));
        assertEquals("hw long wud it take if u lern part time", typed.text(), "the question is kept as typed, for the log");
    }

    @Test
    void aChatSpellingIsOnlyAWholeWord() {
        assertEquals("subnets, under wending routes", interpreter.readable("subnets, under wending routes"));
    }

    @Test
    void xOrYIsComparedOnlyWhenTheQuestionChoosesBetweenThem() {
        assertEquals(List.of("terraform", "networking"),
                ask("Which is harder for a backend developer moving to cloud, Terraform or networking?").compared());
        assertEquals(List.of("aws", "gcp"), ask("aws vs gcp for a backend dev").compared());
        assertEquals(List.of(), ask("does my python scripting actually help with terraform or ansible stuff?").compared());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok cool thanks!", "thanks so much team 🙏", "great, thanks mate", "hey folks", "Nice one, cheers",
            "thanks, that's really helpful!", "sorry, cat on the keyboard 🐈 thanks anyway!", "oops, ignore that",
            "thanks that makes sense cheers mate"})
    void shortMessagesMadeOfSmallTalkWordsAreSmallTalk(String text) {
        assertTrue(ask(text).smallTalk(), text);
    }

    @Test
    void theCaseOfAQuestionIsReadBeforeItOrAfterAQuestionThatNamesTheMove() {
        assertEquals(Optional.of(new Question.Case("if I already know Docker", "how long will it take?")),
                ask("if I already know Docker, how long will it take?").condition());
        assertEquals(Optional.of(new Question.Case("if i keep my job?", "whats the realistic timeline for cloud eng → backend")),
                ask("whats the realistic timeline for cloud eng → backend if i keep my job?").condition());
    }

    @ParameterizedTest
    @ValueSource(strings = {"is it hard to learn if i already code in go?", "what if I can study full-time?",
            "Is Terraform difficult if I can already code?"})
    void aCaseAfterAQuestionOfItsOwnWithoutTheMoveStaysOneQuestion(String text) {
        assertEquals(Optional.empty(), ask(text).condition(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm backend moving to cloud, what if I hate it?",
            "backend to cloud: is it worth it if the pay drops?",
            "moving from backend to cloud, even if I only have weekends, is it realistic?"})
    void aConditionThatIsPartOfTheQuestionOrBringsItsOnlyTopicIsNoCase(String text) {
        assertEquals(Optional.empty(), ask(text).condition(), text);
    }

    @Test
    void aCaseAfterTheQuestionEndsWithItsClause() {
        assertEquals(Optional.of(new Question.Case("if I keep my job", "cloud eng → backend, whats the timeline, be honest")),
                ask("cloud eng → backend, whats the timeline if I keep my job, be honest").condition());
    }

    @ParameterizedTest
    @ValueSource(strings = {"what could I make once I'm senior?", "what would I realistically earn as a backend dev?",
            "how much does a senior backend dev make?"})
    void anAmountAskedWithAnAmountVerbIsAboutPay(String text) {
        assertTrue(ask(text).topics().stream().anyMatch(topic -> topic.id().equals("salary")), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what do I need to make the switch?", "what can I do to make my CV stand out?",
            "what would make me stand out?", "when should I drop kubernetes from my study plan?"})
    void makeAndDropInOtherSensesAreNotAboutPay(String text) {
        assertFalse(ask(text).topics().stream().anyMatch(topic -> topic.id().equals("salary")), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cool, ty 🙏", "Cheers!", "ok thank you", "appreciate it, thx"})
    void thanksAmongOtherSmallTalkWordsIsThanks(String text) {
        assertTrue(interpreter.thanks(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hey :wave:", "good morning", "tyre"})
    void greetingsAreNoThanks(String text) {
        assertFalse(interpreter.thanks(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[A", "[A[A", "thanks, how long does it take?", "is that really so much better?",
            "ok so what do i do about networking", "ok", "lol", "sorry, how long does backend to cloud take?"})
    void questionsAndStrayKeysAreNoSmallTalk(String text) {
        assertFalse(ask(text).smallTalk(), text);
    }

    @Test
    void unknownStart_aJobTitleFollowedByWordsOfMovingOnToARole() {
        assertEquals(Optional.of("teacher"), ask("teacher wanting to become a cloud engineer, where do i even start").unknownStart());
        assertEquals(Optional.of("chef"), ask("chef looking to become a backend developer - doable?").unknownStart());
        assertEquals(Optional.empty(), ask("backend developer wanting to become a cloud engineer").unknownStart());
        assertEquals(Optional.empty(), ask("teacher wanting to know more").unknownStart(), "no role to move on to");
    }
}
