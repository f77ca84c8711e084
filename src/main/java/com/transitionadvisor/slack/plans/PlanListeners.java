package com.transitionadvisor.slack.plans;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.transitionadvisor.answers.Assistant;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.plans.UserZones;
import com.transitionadvisor.render.PlanActions;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.slack.AfterAck;
import java.util.List;
import java.util.regex.Pattern;

/** Registers the study-plan listeners: the plan and team commands, and every plan button and checkbox. */
public final class PlanListeners {
    private static final List<String> ACTIONS = List.of(PlanActions.MAKE, PlanActions.REPLACE, PlanActions.KEEP,
            PlanActions.FOLLOW, PlanActions.FOLLOW_REPLACE, PlanActions.TICK, PlanActions.DONE, PlanActions.PACE,
            PlanActions.START, PlanActions.SHARE, PlanActions.EXPORT, PlanActions.CHECK_INS, PlanActions.DELETE);

    private PlanListeners() {
    }

    /**
     * Registers the plan actions on {@code app} and returns the handler for {@code /transition}: plan and team
     * commands go to the plan listener, the rest to {@code guides}.
     *
     * @param zones people's own time zones, for check-ins asked for without one
     */
    public static SlashCommandHandler register(App app, Assistant assistant, Presenter presenter, PlanDesk plans,
                                               HomePublisher home, UserZones zones, AfterAck afterAck,
                                               SlashCommandHandler guides) {
        PlanActionListener actions = new PlanActionListener(plans, presenter, home, zones, afterAck);
        for (String action : ACTIONS) {
            // Buttons end in #<index>; checkboxes and date pickers carry their value after the # instead.
            app.blockAction(Pattern.compile("^" + Pattern.quote(action) + "(#[A-Za-z0-9/-]*)?$"), actions);
        }
        return new TransitionCommandRouter(assistant, new PlanCommandListener(assistant, presenter, home, zones, afterAck), guides);
    }
}
