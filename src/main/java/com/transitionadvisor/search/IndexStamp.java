package com.transitionadvisor.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * What an index was written by: its document format, Lucene, the sentence model and the code that turns a guide
 * file into documents. Any of them different, the index is rebuilt. It names the code by the bytes of those classes,
 * not by when Maven ran: a build time differs between every two builds of the same code (a benchmark's build, the
 * next run of the harness), so an index one entry point wrote was rebuilt by the next one, 55 minutes at 10,000
 * guides with vectors, although nothing in it would change.
 */
record IndexStamp(String value) {
    /** Bump when the documents' fields change shape in a way the classes below do not show (e.g. a codec setting). */
    private static final int FORMAT = 5;

    /**
     * The classes whose code decides what the index holds for a guide file: how it is parsed, split into passages,
     * analysed and encoded. Changing how files are found, checked for changes or loaded in parallel keeps an index.
     */
    static final List<String> DOCUMENT_CODE = List.of("com.transitionadvisor.knowledge.GuideReader",
            "com.transitionadvisor.knowledge.Guide", "com.transitionadvisor.knowledge.TemplateText",
            PassageExtractor.class.getName(), Passage.class.getName(), GuideDocuments.class.getName(),
            GuideCodec.class.getName(), IndexFields.class.getName(), Analyzers.class.getName());

    /** @param modelId the sentence embedding model whose vectors the index holds */
    static IndexStamp ofThisBuild(String modelId) {
        return of(modelId, DOCUMENT_CODE, IndexStamp::classFile);
    }

    static IndexStamp of(String modelId, List<String> documentCode, Function<Class<?>, byte[]> classFile) {
        MessageDigest sha = sha256();
        documentCode.stream()
                .map(IndexStamp::type)
                .flatMap(type -> Arrays.stream(type.getNestMembers()))
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .forEach(type -> {
                    sha.update(type.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(classFile.apply(type));
                });
        return new IndexStamp("format " + FORMAT + "; lucene " + org.apache.lucene.util.Version.LATEST
                + "; model " + modelId + "; code " + HexFormat.of().formatHex(sha.digest()));
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name, false, IndexStamp.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not on the class path", e);
        }
    }

    private static byte[] classFile(Class<?> type) {
        String name = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
