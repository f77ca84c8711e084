package com.transitionadvisor.slack.plans;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.transitionadvisor.plans.ExportFile;
import com.transitionadvisor.plans.PlanOutcome;
import com.transitionadvisor.slack.LogSafe;
import com.transitionadvisor.slack.SlackFailures;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an exported plan over as a real file: Slack's upload flow ({@code files.getUploadURLExternal}, the
 * bytes, {@code files.completeUploadExternal}, through the SDK's {@code filesUploadV2}), into the person's direct
 * messages with the app (bot scopes {@code files:write}, {@code im:write}). A plan is personal, so it is never
 * uploaded into a channel, even when the export was asked for there.
 */
public final class PlanFileSender {
    private static final Logger LOG = LoggerFactory.getLogger(PlanFileSender.class);

    private PlanFileSender() {
    }

    /** What happened to a file. */
    public sealed interface Result {
    }

    /** Shared in {@code channelId} (the person's DM with the app). */
    public record Sent(String channelId) implements Result {
    }

    /** Not shared; {@code error} is Slack's code, or {@code request_failed}. */
    public record Refused(String error) implements Result {
    }

    /** Uploads {@code file} into {@code userId}'s direct messages with the app. */
    public static Result toDirectMessages(MethodsClient client, String userId, ExportFile file, String comment) {
        try {
            var dm = client.conversationsOpen(r -> r.users(List.of(userId)));
            if (!dm.isOk() || dm.getChannel() == null) {
                LOG.info("cannot open a DM to send an export: {}", LogSafe.value(dm.getError()));
                return new Refused(dm.getError() == null ? "request_failed" : dm.getError());
            }
            return upload(client, dm.getChannel().getId(), file, comment);
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.info("cannot open a DM to send an export: {}", LogSafe.value(e.getMessage()));
            return new Refused("request_failed");
        }
    }

    /** Uploads {@code file} into {@code channelId}, which must be a DM of the app with the person. */
    public static Result upload(MethodsClient client, String channelId, ExportFile file, String comment) {
        try {
            var upload = client.filesUploadV2(r -> r.channel(channelId).filename(file.name()).title(file.name())
                    .content(file.content()).initialComment(comment));
            if (!upload.isOk()) {
                LOG.info("cannot upload an export: {}", LogSafe.value(upload.getError()));
                return new Refused(upload.getError() == null ? "request_failed" : upload.getError());
            }
            return new Sent(channelId);
        } catch (SlackFilesUploadV2Exception e) {
            String error = refusedStep(e);
            LOG.info("cannot upload an export: {}", LogSafe.value(error));
            return new Refused(error);
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.info("cannot upload an export: {}", LogSafe.value(e.getMessage()));
            return new Refused("request_failed");
        }
    }

    /** Slack's error from the step of the upload that was refused; {@code request_failed} when none says. */
    private static String refusedStep(SlackFilesUploadV2Exception e) {
        for (var url : e.getGetURLResponses()) {
            if (!url.isOk() && url.getError() != null) {
                return url.getError();
            }
        }
        var complete = e.getCompleteResponse();
        return complete != null && !complete.isOk() && complete.getError() != null ? complete.getError() : "request_failed";
    }

    /** The reply once the upload is done: where the file is, or why it is not there. */
    public static PlanOutcome outcome(Result result, PlanOutcome.Exported exported, String askedIn) {
        if (result instanceof Sent sent) {
            return new PlanOutcome.ExportSent(exported.fileName(), exported.format(), !sent.channelId().equals(askedIn));
        }
        String error = ((Refused) result).error();
        if (SlackFailures.isCredentialProblem(error)) {
            LOG.error("Slack refused a file upload ({}): give the app the files:write and im:write bot scopes "
                    + "(manifest.yml) and reinstall it", error);
            return new PlanOutcome.Problem("I couldn't send you " + exported.fileName() + ": this app isn't allowed to send "
                    + "files yet. Ask whoever runs it to reinstall it from its manifest. Meanwhile /transition plan shows your plan.");
        }
        return new PlanOutcome.Problem("Slack didn't take " + exported.fileName() + " just now. Please try the export again in a minute.");
    }

    /** The message posted with the file. */
    public static String comment(PlanOutcome.Exported exported) {
        return "Your study plan for " + exported.plan().guideTitle() + ", as "
                + (exported.format() == PlanOutcome.Format.ICALENDAR ? "a calendar file." : "a Markdown file.");
    }
}
