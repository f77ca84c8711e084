package com.transitionadvisor.slack.standin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The three steps of a file upload as Slack checks them: a URL is handed out for a name and a length; the bytes
 * posted to it must be exactly that long; completing shares only files whose bytes arrived, each once.
 */
final class Uploads {
    /** A URL handed out and what was said about the file. */
    private record Pending(String filename, long length) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, byte[]> received = new ConcurrentHashMap<>();
    private final List<UploadedFile> completed = new CopyOnWriteArrayList<>();

    void expect(String fileId, String filename, long length) {
        pending.put(fileId, new Pending(filename, length));
    }

    /** @return false when no URL was handed out for {@code fileId}, or the bytes are not the length announced */
    boolean receive(String fileId, byte[] content) {
        Pending expected = pending.get(fileId);
        if (expected == null || expected.length() != content.length) {
            return false;
        }
        received.put(fileId, content.clone());
        return true;
    }

    /** @return Slack's error for completing {@code fileId}, if any */
    Optional<String> checkComplete(String fileId) {
        if (!pending.containsKey(fileId)) {
            return Optional.of("file_not_found");
        }
        if (!received.containsKey(fileId)) {
            return Optional.of("file_upload_not_completed");
        }
        return Optional.empty();
    }

    /** Records the shared file; call after {@link #checkComplete} found nothing wrong. */
    UploadedFile complete(String fileId, String title, String channelId, String initialComment) {
        Pending file = pending.remove(fileId);
        byte[] content = received.remove(fileId);
        UploadedFile uploaded = new UploadedFile(fileId, file.filename(), title == null || title.isBlank() ? file.filename() : title,
                channelId == null ? "" : channelId, initialComment == null ? "" : initialComment, content);
        completed.add(uploaded);
        return uploaded;
    }

    List<UploadedFile> completed() {
        return List.copyOf(completed);
    }
}
