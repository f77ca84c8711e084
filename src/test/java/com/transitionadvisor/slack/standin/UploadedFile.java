package com.transitionadvisor.slack.standin;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file the app shared through Slack's upload flow: {@code files.getUploadURLExternal} (name and length), the
 * bytes posted to the upload URL it handed out, then {@code files.completeUploadExternal} (title, channel).
 *
 * @param id             the file id the stand-in gave out ({@code F…})
 * @param filename       as given to {@code files.getUploadURLExternal}
 * @param title          as given to {@code files.completeUploadExternal}, or the file name when none was
 * @param channelId      where it was shared ({@code channel_id}); empty when the app shared it nowhere
 * @param initialComment the message posted with it, or empty
 * @param content        the bytes uploaded
 */
public record UploadedFile(String id, String filename, String title, String channelId, String initialComment, byte[] content) {
    public UploadedFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(initialComment, "initialComment");
        content = content.clone();
    }

    /** The content read as UTF-8. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return "UploadedFile[" + id + " " + filename + " (" + content.length + " bytes) into " + channelId + "]";
    }
}
