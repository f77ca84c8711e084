package com.transitionadvisor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes: tells whether a guide changed since it was indexed. Content, not modification
 * time, so a file edited twice within the clock's resolution, or copied with its old time, is still re-read.
 */
final class FileFingerprint {
    private FileFingerprint() {
    }

    static String of(Path file) {
        try {
            // a guide is a few tens of KB: read whole, one array of its size, rather than a 64 KB buffer per file
            // (10,000 of those at every start were 640 MB to allocate and zero)
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
