package com.transitionadvisor.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionRedactionTest {

    @Test
    void mentionsOfPeopleChannelsGroupsAndBroadcasts_areReplaced() {
        assertEquals("ask [someone] and [someone] in [a channel], or [a group] [a group] [a group] [a group]",
                QuestionRedaction.redact("ask <@U0123ABC> and <@W0456|bob> in <#C0789|general>, or <!subteam^S01|@devs> "
                        + "<!here> <!channel> @everyone"));
    }

    @Test
    void emailAddressesAndPhoneNumbers_areReplaced_asTypedOrAsSlackLinksThem() {
        assertEquals("mail [e-mail] or [e-mail]; call [phone], [phone] or [phone]",
                QuestionRedaction.redact("mail jo.bloggs+cv@example.co.uk or <mailto:a@b.io|a@b.io>; call +44 20 7946 0958, "
                        + "(555) 123-4567 or <tel:07700900123|07700 900123>"));
    }

    @Test
    void datesSalariesAndDurations_areKept() {
        String question = "Starting 2027-03-01 at 10 hours a week, will £60,000-£80,000 drop for 12-18 months?";
        assertEquals(question, QuestionRedaction.redact(question));
    }
}
