package com.transitionadvisor.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.Application;
import com.transitionadvisor.knowledge.Section;
import com.transitionadvisor.quality.VisibleText;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.TestApplications;
import com.transitionadvisor.search.Passage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Replies that carry what was asked: the one passage a question names, a whole list when a list is asked for. */
class FocusedAnswersTest {
    private static final Application APP = TestApplications.real();

    private static Reply ask(String text) {
        return APP.assistant().message("D-" + UUID.randomUUID(), "U1", text);
    }

    /** The replies to {@code messages} sent one after another in one new conversation. */
    private static List<Reply> inOneConversation(String... messages) {
        String conversation = "D-" + UUID.randomUUID();
        return Arrays.stream(messages).map(text -> APP.assistant().message(conversation, "U1", text)).toList();
    }

    private static List<String> titles(Reply reply) {
        return assertInstanceOf(Reply.PassageAnswer.class, reply).passages().stream().map(Passage::title).toList();
    }

    private static String consoleText(Reply reply) {
        return APP.presenter().console(reply, Audience.directMessage());
    }

    @Test
    void theOtherWayRoundNamingARoleOfTheMoveIsTheReverseMove() {
        List<Reply> replies = inOneConversation("backend → cloud, what are the big gaps?",
                "flip it - what would a cloud engineer need to learn to do my job?");

        Reply.PassageAnswer reverse = assertInstanceOf(Reply.PassageAnswer.class, replies.get(1));
        assertEquals("cloud-engineer-to-backend-developer", reverse.guide().id());
    }

    @Test
    void theSecondOneAfterAListIsItsSecondItem_andTheLastOneStillCountsThatList() {
        List<Reply> replies = inOneConversation("what do I still need to learn going from backend to cloud?",
                "how do I close the second one?", "and the last one?");

        List<String> gaps = titles(replies.get(0));
        assertTrue(gaps.size() >= 3, () -> "the gaps were listed: " + gaps);
        assertEquals(gaps.get(1), titles(replies.get(1)).get(0));
        assertEquals(gaps.get(gaps.size() - 1), titles(replies.get(2)).get(0));
    }

    @Test
    void twoQuestionsAfterASentenceThatSetsTheScene_areBothAnswered() {
        Reply.PassageAnswer answer = assertInstanceOf(Reply.PassageAnswer.class, ask("hii, cloud engineer (azure, 3yrs). "
                + "whats the realistic timeline to become a backend dev and will i need to take a salary cut??"));

        assertEquals(List.of("How long it takes", "Will I need to take a pay cut to change from Cloud Engineer to Backend Developer?"),
                titles(answer));
    }

    @Test
    void theFirstOneAfterTheQuestionsInterviewersAsk_isAnsweredBeyondTheListOfQuestions() {
        List<Reply> replies = inOneConversation("moving from cloud to backend, what's the deal with interviews",
                "how do i answer the first one?");

        assertEquals("Questions you will be asked", titles(replies.get(0)).get(0));
        Reply.PassageAnswer answer = assertInstanceOf(Reply.PassageAnswer.class, replies.get(1));
        assertFalse(titles(answer).contains("Questions you will be asked"), () -> "the questions again: " + titles(answer));
        assertEquals(Section.INTERVIEW, answer.section());
    }

    @Test
    void aMessageNamingOnlyTheMoveAfterWhichMove_answersTheQuestionThatWaited() {
        List<Reply> replies = inOneConversation("what do I need to learn?",
                "I'm a cloud engineer and want to become a backend developer");

        assertInstanceOf(Reply.WhichGuide.class, replies.get(0));
        Reply.PassageAnswer gaps = assertInstanceOf(Reply.PassageAnswer.class, replies.get(1));
        assertEquals("cloud-engineer-to-backend-developer", gaps.guide().id());
        assertEquals(Section.GAPS, gaps.section(), "the gaps, not the guide's introduction");
    }

    @Test
    void aGoalNamedAfterTalkingAboutSomeoneElsesMove_isTheGoalOfThePersonsOwnRole() {
        List<Reply> replies = inOneConversation("I'm a backend dev. how long to become a cloud engineer if I study part time?",
                "and the other way round — a cloud engineer becoming a backend dev?",
                "ok back to me — what's the best first cloud role for someone like me?");

        assertEquals("cloud-engineer-to-backend-developer",
                assertInstanceOf(Reply.PassageAnswer.class, replies.get(1)).guide().id());
        assertEquals("backend-developer-to-cloud-engineer",
                assertInstanceOf(Reply.PassageAnswer.class, replies.get(2)).guide().id(),
                "asking about a cloud engineer did not make the person one");
    }

    @Test
    void payOfARoleAskedInAConversationOnAGuideWithoutFigures_isAnsweredAsideByTheGuideWithThem() {
        List<Reply> replies = inOneConversation("I'm a backend developer thinking about cloud engineering",
                "how much does a cloud engineer make?", "how long would it take me?");

        Reply.PassageAnswer pay = assertInstanceOf(Reply.PassageAnswer.class, replies.get(1));
        assertEquals("cloud-engineer-to-backend-developer", pay.guide().id());
        assertTrue(consoleText(pay).contains("£50,000–£75,000"), consoleText(pay));
        Reply.PassageAnswer after = assertInstanceOf(Reply.PassageAnswer.class, replies.get(2));
        assertEquals("backend-developer-to-cloud-engineer", after.guide().id(), "the conversation keeps its own guide");
    }

    @Test
    void afterThatFollowingOnePhaseOfThePlanIsTheNextPhase() {
        List<Reply> replies = inOneConversation("backend dev to cloud: what happens in months 1-2?", "and after that phase?",
                "and then?");

        assertEquals(List.of("Months 1–2: Pick a provider, get certified, build something real"), titles(replies.get(0)));
        assertEquals(List.of("Months 3–4: Learn Terraform properly and add Kubernetes"), titles(replies.get(1)));
        assertEquals(List.of("Months 5–6: Close your own gaps and start interviewing"), titles(replies.get(2)));
    }

    @Test
    void aTipThatPointsAtTheTemplateBelowIsShownWithTheTemplate() {
        String shown = consoleText(ask("is there a template for career changer examples, cloud → backend interviews"));

        assertTrue(shown.contains("Use the template below") && shown.contains("[measurable outcome]"), shown);
    }

    @Test
    void aTipThatSpeaksOfTheseQuestionsIsShownWithTheQuestions() {
        String shown = consoleText(ask("what questions shoud i expect in a backend interveiw when coming from cloud"));

        assertTrue(shown.contains("Why are you leaving Cloud Engineer?") && shown.contains("Why Backend Developer?"), shown);
    }

    @Test
    void aNoteBesideAListThatTheQuestionNamesOutrightAnswersInsteadOfTheList() {
        Reply reply = ask("is it true backend devs have an edge with serverless stuff like lambda?");

        assertEquals(List.of("Serverless is home ground"), titles(reply));
        assertTrue(consoleText(reply).contains("Lambda"), consoleText(reply));
    }

    @Test
    void aRareWordOfALongQuestionFindsThePassageThatHasItThoughFewOfItsOtherWordsMatch() {
        Reply reply = ask("backend engineer here – is Vault something cloud engineers actually use?");

        assertEquals(List.of("Environment variable and secrets management"), titles(reply));
        assertTrue(consoleText(reply).contains("Vault"), consoleText(reply));
    }

    @Test
    void anEverydayWordThatOnlyOnePassageHappensToUseDoesNotMakeItAnAnswer() {
        assertInstanceOf(Reply.NotCovered.class, ask("what's our company's parental leave policy?"));
    }

    @Test
    void theQuestionsInterviewersAskAreAnsweredByThatPassageNotByEveryTip() {
        Reply reply = ask("what questions will backend interviewers ask a cloud engineer switching over");

        assertEquals(List.of("Questions you will be asked"), titles(reply));
    }

    @Test
    void wordsThatOnlyAskForTheWholeListStillGetEveryItem() {
        Reply reply = ask("give me the full list of backend skills that transfer to cloud engineering pls");

        List<String> titles = titles(reply);
        assertTrue(titles.size() >= 5, titles.toString());
        assertTrue(titles.contains("Docker container familiarity"), titles.toString());
    }

    @Test
    void interviewTipsInAListAreNotEachHeadedWithTheSectionName() {
        Reply reply = ask("cloud engineer to backend developer: any interview tips?");

        assertTrue(titles(reply).size() > 2, titles(reply).toString());
        String shown = consoleText(reply);
        assertFalse(shown.contains("• Interview framing"), shown);
    }

    @Test
    void theBareMoveCardFitsAChatMessageAndGivesTheTimelineAsTotals() {
        Reply card = APP.assistant().command("backend developer to cloud engineer");
        VisibleText visible = VisibleText.of(APP.presenter().slack(card, Audience.directMessage()));

        assertTrue(visible.raw().contains("6–12 months part-time, or 3–6 months full-time"), visible.raw());
        assertTrue(visible.length() < 1_500, visible.length() + " characters:\n" + visible.raw());
    }

    @Test
    void inAMessageOfSeveralSentencesTheWordsOfTheOneThatAsksPickThePassage() {
        Reply reply = ask("cloud to backend: do I need to learn nosql? we use dynamo a bit at work but mostly I look "
                + "after the monitoring dashboards and alerts.");

        assertEquals(List.of("NoSQL databases"), titles(reply));
    }

    @Test
    void aTermOnlyOneGuideHasFindsThatGuideWithoutRolesOrContext() {
        Reply reply = ask("how painful is terraform to pick up for someone who writes python?");

        Reply.PassageAnswer answer = assertInstanceOf(Reply.PassageAnswer.class, reply);
        assertEquals("backend-developer-to-cloud-engineer", answer.guide().id());
        assertTrue(titles(reply).get(0).contains("Terraform"), titles(reply).toString());
    }

    @Test
    void payAskedOfAGuideWithNoSalarySectionIsAnsweredFromWhereItSpeaksOfPayAndSaysSo() {
        Reply reply = ask("backend dev here, considering cloud engineering. would i earn more?");

        Reply.PassageAnswer answer = assertInstanceOf(Reply.PassageAnswer.class, reply);
        assertEquals("backend-developer-to-cloud-engineer", answer.guide().id());
        assertTrue(consoleText(reply).contains("better pay"), consoleText(reply));
        assertTrue(answer.caveat().orElseThrow().contains("no Salary section"), answer.caveat().toString());
    }

    @Test
    void theRoleToAimForFirstIsAnsweredWithThePathsTheGuideMarksToStartHere() {
        Reply reply = ask("what cloud role should a backend dev aim for first");

        assertEquals(List.of("Platform engineer or cloud infrastructure engineer", "DevOps engineer or site reliability engineer (SRE)"),
                titles(reply));
    }

    @Test
    void aShortListShowsTheNotesItsSectionAddsBesideItsItems() {
        Reply reply = ask("what do i actually need to learn going from back-end dev to cloud engineer? all the gaps please");

        List<String> titles = titles(reply);
        assertTrue(titles.contains("Networking depth (VPCs, subnets, routing, DNS)"), titles.toString());
        assertTrue(titles.contains("Container orchestration takes more time"), titles.toString());
        VisibleText visible = VisibleText.of(APP.presenter().slack(reply, Audience.directMessage()));
        assertTrue(visible.length() < 1_500, visible.length() + " characters:\n" + visible.raw());
    }

    @Test
    void aShortFollowUpWithNoTopicOfItsOwn_staysOnWhatWasJustDiscussed_unlessItSpeaksOfNothingInTheGuide() {
        List<Reply> replies = inOneConversation("what do backend folks usually get wrong when they switch to cloud?",
                "which tools?", "what's 17 times 23");

        Reply.PassageAnswer tools = assertInstanceOf(Reply.PassageAnswer.class, replies.get(1));
        assertEquals(Section.MISTAKES, tools.section());
        assertTrue(consoleText(tools).contains("CloudWatch"), consoleText(tools));
        assertInstanceOf(Reply.NotCovered.class, replies.get(2));
    }

    @Test
    void arithmeticOnAnAmountOfPay_isNotAnswered_whileASalaryWrittenThatWayIs() {
        assertInstanceOf(Reply.NotCovered.class, ask("what's 15% of 80k"));
        Reply.PassageAnswer pay = assertInstanceOf(Reply.PassageAnswer.class,
                ask("real talk, im on ~60k as a cloud engineer. if i go backend do i ever get back to that or beyond?"));
        assertEquals(Section.SALARY, pay.section());
    }

    @Test
    void aQuestionThatWantsAYesOrNo_getsTheFaqVerdictFirst() {
        Reply reply = ask("is it true i'd have to take a pay cut going from cloud engineering to backend?");

        assertEquals("Will I need to take a pay cut to change from Cloud Engineer to Backend Developer?", titles(reply).get(0));
        String shown = consoleText(reply);
        assertTrue(shown.contains("Usually yes") && shown.indexOf("Usually yes") < shown.indexOf("£26,000–£38,000"), shown);
    }

    @Test
    void aPayQuestionAnsweredByAPassageWithoutFiguresAlsoGetsTheGuidesSalaryFigures() {
        Reply reply = ask("is it true i'd have to take a pay cut going from cloud engineering to backend?");

        assertTrue(titles(reply).contains("What each role pays (UK)"), titles(reply).toString());
        assertTrue(consoleText(reply).contains("£26,000–£38,000"), consoleText(reply));
    }

    @Test
    void aFollowUpThatOnlyPointsBackGetsTheNextPassageNotTheOneJustShown() {
        List<Reply> replies = inOneConversation("i'm a cloud engineer with a mortgage, can i move to backend without quitting",
                "how long would that take");
        Reply first = replies.get(0);
        Reply next = replies.get(1);

        assertFalse(titles(next).equals(titles(first)), titles(first) + " then " + titles(next));
        assertTrue(consoleText(next).contains("6–12 months"), consoleText(next));
    }

    @Test
    void aRoleNamedWithoutSidesGoesToTheGuideWhoseWordsSingleOutAPassage() {
        Reply reply = ask("what k8s topics trip up backend devs? probes? PVCs?");

        assertEquals("backend-developer-to-cloud-engineer", assertInstanceOf(Reply.PassageAnswer.class, reply).guide().id());
    }

    @Test
    void aOneWordFollowUpThatNamesAPassageIsAnsweredThoughItMeansLittleBesideTheLastQuestion() {
        Reply reply = inOneConversation("backend→cloud", "gaps?", "k8s?").get(2);

        assertTrue(consoleText(reply).contains("Kubernetes"), consoleText(reply));
    }

    @Test
    void fragmentsAfterTheMoveAnswerEachSubjectTheyName() {
        List<Reply> replies = inOneConversation("cloud→backend", "sal?", "timeline?");
        Reply pay = replies.get(1);
        Reply timeline = replies.get(2);

        assertTrue(consoleText(pay).contains("£26,000–£38,000"), consoleText(pay));
        assertEquals(com.transitionadvisor.knowledge.Section.TIMELINE,
                assertInstanceOf(Reply.PassageAnswer.class, timeline).section(), consoleText(timeline));
    }

    @Test
    void theQuestionsInterviewersAskLeadAListOfInterviewTips() {
        Reply reply = ask("moving from cloud to backend, what's the deal with interviews");

        assertEquals("Questions you will be asked", titles(reply).get(0), titles(reply).toString());
    }

    @Test
    void aNewGoalNamedAfterAMoveKeepsItsStartAndSaysWhenThatMoveHasNoGuide() {
        Reply detour = inOneConversation("cloud eng to backend, what's the pay like?",
                "and if i moved into data engineering instead?").get(1);

        Reply.NoGuide none = assertInstanceOf(Reply.NoGuide.class, detour);
        assertEquals("cloud-engineer", none.from().id());
        assertEquals("data-engineer", none.to().id());
    }

    @Test
    void aRoleTheConversationsGuideHasAsACareerPathIsAnsweredFromThatGuide() {
        Reply reply = inOneConversation("backend dev to cloud engineer",
                "what does a platform engineer actually do all day?").get(1);

        Reply.PassageAnswer answer = assertInstanceOf(Reply.PassageAnswer.class, reply);
        assertEquals("backend-developer-to-cloud-engineer", answer.guide().id());
        assertTrue(consoleText(reply).contains("internal infrastructure platform"), consoleText(reply));
    }

    @Test
    void punctuationAloneSentAsAMessageIsNotFollowedRatherThanAnsweredWithTheWholeHelp() {
        assertInstanceOf(Reply.NotFollowed.class, ask("?"));
        assertInstanceOf(Reply.NotFollowed.class, ask("...."));
        assertInstanceOf(Reply.NotFollowed.class, ask("!!"));
        assertInstanceOf(Reply.Help.class, ask("help"));
        assertInstanceOf(Reply.Help.class, ask(" "), "a bare @mention, its mention taken off, still shows help");
    }

    @Test
    void aJobAskedOfTheAppIsDeclinedEvenWhenItNamesATermOfAGuide() {
        assertInstanceOf(Reply.NotCovered.class, ask("tell me a joke about kubernetes"));
    }

    @Test
    void aFollowUpThatAnswersNothingOnItsOwnIsReadAsCarryingOnTheLastQuestion() {
        List<Reply> replies = inOneConversation("do i need any certs to become a backend dev? i've only got aws certs from my cloud work",
                "what counts as practical evidence then?");

        Reply.PassageAnswer carriedOn = assertInstanceOf(Reply.PassageAnswer.class, replies.get(1));
        assertEquals("cloud-engineer-to-backend-developer", carriedOn.guide().id());
        assertEquals(List.of("What qualifications do I need to become a Backend Developer?"), titles(carriedOn));
        assertTrue(consoleText(carriedOn).contains("portfolios"), consoleText(carriedOn));
    }

    @Test
    void anAsideWithNoWordOfTheGuideIsNotReadAsCarryingOnTheLastQuestion() {
        List<Reply> replies = inOneConversation("cloud eng to backend, what are the gaps?", "is it gonna rain today");

        assertInstanceOf(Reply.NotCovered.class, replies.get(1));
    }

    @Test
    void anAsideOpeningAnotherSubjectIsNotReadAsCarryingOnTheLastQuestion() {
        List<Reply> replies = inOneConversation("backend dev to cloud: which provider first?", "btw do you know when the canteen closes today?");

        assertInstanceOf(Reply.NotCovered.class, replies.get(1));
    }
}
