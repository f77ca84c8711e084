package com.transitionadvisor.plans;

import java.util.Objects;

/**
 * A file a reply hands over (a plan exported as Markdown or iCalendar): Slack gets it as an uploaded file,
 * {@code chat --jsonl} in its {@code files} array, the console prints it.
 *
 * @param name     the file name, e.g. {@code study-plan-backend-developer-to-cloud-engineer.ics}
 * @param mimetype {@code text/markdown} or {@code text/calendar}
 * @param content  the whole file
 */
public record ExportFile(String name, String mimetype, String content) {
    public ExportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimetype, "mimetype");
        Objects.requireNonNull(content, "content");
    }
}
