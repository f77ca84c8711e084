package com.transitionadvisor.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.transitionadvisor.knowledge.Guide;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A validated guide as JSON bytes, so the index can keep it on disk and hand it back unchanged when it is shown. */
final class GuideCodec {
    private final ObjectMapper json = JsonMapper.builder().addModule(new Jdk8Module())
            .addModule(new JavaTimeModule()).build();

    byte[] write(Guide guide) {
        try {
            return json.writeValueAsBytes(guide);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write guide " + guide.id(), e);
        }
    }

    Guide read(byte[] bytes, int offset, int length) {
        try {
            return json.readValue(bytes, offset, length, Guide.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored guide could not be read back; delete the index folder to rebuild it", e);
        }
    }
}
