package com.transitionadvisor.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build wrote an index. An index from another build is rebuilt: the way guides are parsed, split into
 * passages and analysed may have changed with the code.
 */
record IndexStamp(String value) {
    /** Bump when the documents' fields change shape, so that even an unstamped build rebuilds. */
    private static final int FORMAT = 4;

    /** @param modelId the sentence embedding model whose vectors the index holds */
    static IndexStamp ofThisBuild(String modelId) {
        Properties build = new Properties();
        try (InputStream in = IndexStamp.class.getResourceAsStream("/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read build.properties", e);
        }
        return new IndexStamp("format " + FORMAT + "; lucene " + org.apache.lucene.util.Version.LATEST
                + "; build " + build.getProperty("version", "?") + " " + build.getProperty("time", "?") + "; model " + modelId);
    }
}
