package com.transitionadvisor.slack.plans;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.plans.Pace;
import com.transitionadvisor.plans.PlanDesk;
import com.transitionadvisor.plans.PlanOptions;
import com.transitionadvisor.plans.PlanOptionsParser;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.plans.Requester;
import com.transitionadvisor.plans.UserZones;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.render.PlanActions;
import com.transitionadvisor.render.Presenter;
import com.transitionadvisor.render.SlackMessage;
import com.transitionadvisor.slack.AfterAck;
import com.transitionadvisor.slack.LogSafe;
import com.transitionadvisor.slack.SlackReplies;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every plan button, checkbox and date picker ({@link PlanActions}). Acks at once; the database work and the
 * answer follow on the executor. Answers go where the click happened: a message gets a private reply through
 * {@code response_url} (the channel post itself is never replaced); the App Home is republished with a notice,
 * and anything the Home cannot show (a question, an export) comes as a direct message.
 */
public final class PlanActionListener implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PlanActionListener.class);

    private final PlanDesk plans;
    private final Presenter presenter;
    private final HomePublisher home;
    private final UserZones zones;
    private final AfterAck afterAck;

    public PlanActionListener(PlanDesk plans, Presenter presenter, HomePublisher home, UserZones zones, AfterAck afterAck) {
        this.plans = plans;
        this.presenter = presenter;
        this.home = home;
        this.zones = zones;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
            return context.ack();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        afterAck.run(() -> {
            try {
                handle(payload, action, context);
            } catch (IOException | SlackApiException | RuntimeException e) {
                LOG.error("a plan action failed", e);
            }
        }, inMessage(payload)
                ? () -> context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(AfterAck.BUSY))
                : AfterAck.BusyReply.post(context.client(), payload.getUser().getId(), Optional.empty()));
        return context.ack();
    }

    private void handle(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext context)
            throws IOException, SlackApiException {
        String user = payload.getUser().getId();
        String actionId = action.getActionId() == null ? "" : action.getActionId();
        String kind = actionId.contains("#") ? actionId.substring(0, actionId.indexOf('#')) : actionId;
        String value = action.getValue() == null ? "" : action.getValue();
        switch (kind) {
            case PlanActions.MAKE -> PlanActions.parseMake(value).ifPresent(guide ->
                    answer(payload, context, plans.makePlan(requester(payload, context), guide, PlanOptions.defaults(), false), false));
            case PlanActions.REPLACE -> {
                Optional<PlanActions.Replacement> replacement = PlanActions.parseReplace(value);
                if (replacement.isPresent()) {
                    PlanActions.Replacement r = replacement.get();
                    answer(payload, context, plans.makePlan(requester(payload, context), r.guideId(),
                            PlanOptions.of(Pace.fromKey(r.paceKey()), r.start()), true), true);
                }
            }
            case PlanActions.KEEP -> respond(payload, context, new PlanOutcome.Problem("Kept your current plan."), true);
            case PlanActions.FOLLOW -> PlanActions.parseId(value)
                    .ifPresent(share -> answer(payload, context, plans.follow(user, share, false), false));
            case PlanActions.FOLLOW_REPLACE -> PlanActions.parseId(value)
                    .ifPresent(share -> answer(payload, context, plans.follow(user, share, true), true));
            case PlanActions.TICK -> tick(payload, action, context);
            case PlanActions.DONE -> PlanActions.parseDone(value).ifPresent(ref ->
                    answer(payload, context, plans.tick(user, ref.planId(), Map.of(ref.position(), true)), false));
            case PlanActions.PACE -> {
                try {
                    answer(payload, context, plans.changePace(user, Pace.fromKey(value)), false);
                } catch (IllegalArgumentException e) {
                    LOG.warn("ignored a pace button with value {}", LogSafe.value(value));
                }
            }
            case PlanActions.START -> {
                try {
                    LocalDate start = LocalDate.parse(action.getSelectedDate());
                    answer(payload, context, plans.changeStart(user, PlanOptionsParser.parseDate(start.toString(), plans.service().today())), false);
                } catch (DateTimeParseException | NullPointerException e) {
                    LOG.warn("ignored a start date of {}", LogSafe.value(action.getSelectedDate()));
                } catch (com.transitionadvisor.plans.PlanInputException e) {
                    answer(payload, context, new PlanOutcome.Problem(e.getMessage()), false);
                }
            }
            case PlanActions.SHARE -> answer(payload, context, plans.share(requester(payload, context)), false);
            case PlanActions.EXPORT -> export(payload, context, user, value);
            case PlanActions.CHECK_INS -> checkIns(payload, context, value);
            case PlanActions.DELETE -> PlanActions.parseId(value)
                    .ifPresent(plan -> answer(payload, context, plans.delete(user, plan), true));
            default -> LOG.warn("no plan action {}", LogSafe.value(kind));
        }
    }

    /** Only the boxes the person changed since the view was published are written, each on its own. */
    private void tick(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext context) {
        Optional<PlanActions.TickGroup> group = PlanActions.parseTick(action.getActionId());
        if (group.isEmpty()) {
            return;
        }
        Set<Integer> selected = (action.getSelectedOptions() == null ? List.<BlockActionPayload.Action.SelectedOption>of()
                : action.getSelectedOptions()).stream()
                .map(BlockActionPayload.Action.SelectedOption::getValue)
                .filter(v -> v != null && v.matches("\\d{1,4}"))
                .map(Integer::valueOf)
                .collect(Collectors.toSet());
        Map<Integer, Boolean> changes = group.get().changes(selected);
        if (!changes.isEmpty()) {
            answer(payload, context, plans.tick(payload.getUser().getId(), group.get().planId(), changes), false);
        }
    }

    private void export(BlockActionPayload payload, ActionContext context, String user, String value) {
        PlanOutcome.Format format = "icalendar".equals(value) ? PlanOutcome.Format.ICALENDAR : PlanOutcome.Format.MARKDOWN;
        PlanOutcome outcome = plans.export(user, format);
        if (outcome instanceof PlanOutcome.Exported exported) {
            PlanFileSender.Result sent = PlanFileSender.toDirectMessages(context.client(), user, exported.file(),
                    PlanFileSender.comment(exported));
            String askedIn = payload.getChannel() == null ? "" : payload.getChannel().getId();
            outcome = PlanFileSender.outcome(sent, exported, askedIn);
            if (!inMessage(payload)) {
                home.publish(context.client(), user, Optional.of(sent instanceof PlanFileSender.Sent
                        ? "Sent you " + exported.fileName() + " as a direct message."
                        : presenter.slack(new Reply.PlanReply(outcome), Audience.privately()).text()));
                return;
            }
        }
        respond(payload, context, outcome, false);
    }

    private void checkIns(BlockActionPayload payload, ActionContext context, String value) {
        if ("off".equals(value)) {
            answer(payload, context, plans.stopCheckIns(payload.getUser().getId()), false);
            return;
        }
        String[] parts = value.split("/");
        Optional<DayOfWeek> day = parts.length == 2 ? PlanOptionsParser.weekday(parts[0]) : Optional.empty();
        if (day.isEmpty()) {
            return;
        }
        try {
            answer(payload, context, plans.checkIns(requester(payload, context), day.get(), LocalTime.parse(parts[1]),
                    Optional.empty()), false);
        } catch (DateTimeParseException e) {
            LOG.warn("ignored a check-in button with value {}", LogSafe.value(value));
        }
    }

    /** Shows an outcome where the click happened, and keeps the App Home current. */
    private void answer(BlockActionPayload payload, ActionContext context, PlanOutcome outcome, boolean replaceOriginal) {
        String user = payload.getUser().getId();
        if (!inMessage(payload)) {
            if (outcome instanceof PlanOutcome.Shown shown) {
                home.publish(context.client(), user, shown.notice());
            } else if (outcome instanceof PlanOutcome.CheckInsOn || outcome instanceof PlanOutcome.CheckInsOff
                    || outcome instanceof PlanOutcome.Problem) {
                home.publish(context.client(), user, Optional.of(presenter.slack(new Reply.PlanReply(outcome), Audience.privately()).text()));
            } else {
                directMessage(context, user, outcome);
            }
            return;
        }
        respond(payload, context, outcome, replaceOriginal);
        if (HomePublisher.changesHome(outcome)) {
            home.publish(context.client(), user, Optional.empty());
        }
    }

    private void respond(BlockActionPayload payload, ActionContext context, PlanOutcome outcome, boolean replaceOriginal) {
        if (!inMessage(payload)) {
            directMessage(context, payload.getUser().getId(), outcome);
            return;
        }
        SlackMessage message = presenter.slack(new Reply.PlanReply(outcome), Audience.privately());
        try {
            context.respond(r -> r.responseType("ephemeral").replaceOriginal(replaceOriginal)
                    .text(message.text()).blocks(message.blocks()));
        } catch (IOException e) {
            LOG.warn("answering a plan action failed: {}", LogSafe.value(e.getMessage()));
        }
    }

    private void directMessage(ActionContext context, String user, PlanOutcome outcome) {
        SlackMessage message = presenter.slack(new Reply.PlanReply(outcome), Audience.directMessage());
        SlackReplies.post(afterAck.retry(), context.client(), user, Optional.empty(), message);
    }

    /** A click in a message has a {@code response_url}; a click in the App Home has none. */
    private static boolean inMessage(BlockActionPayload payload) {
        return payload.getResponseUrl() != null && !payload.getResponseUrl().isBlank();
    }

    private Requester requester(BlockActionPayload payload, ActionContext context) {
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        String name = payload.getChannel() == null ? null : payload.getChannel().getName();
        boolean teamChannel = channel != null && !channel.startsWith("D") && !"directmessage".equals(name);
        return new Requester(payload.getUser().getId(), teamChannel ? Optional.of(channel) : Optional.empty(),
                new SlackSharePoster(context.client(), name), zones);
    }
}
