package com.transitionadvisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IndexStampTest {
    private static final String MODEL = "test-model";

    /** The class files as this build compiled them. */
    private static final Function<Class<?>, byte[]> COMPILED = type -> read(type);

    private static byte[] read(Class<?> type) {
        try (var in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameCode_givesTheSameStamp_soAnotherBuildOfItKeepsTheIndex() {
        assertEquals(IndexStamp.of(MODEL, IndexStamp.DOCUMENT_CODE, COMPILED),
                IndexStamp.of(MODEL, IndexStamp.DOCUMENT_CODE, type -> read(type).clone()));
        assertEquals(IndexStamp.ofThisBuild(MODEL), IndexStamp.of(MODEL, IndexStamp.DOCUMENT_CODE, COMPILED));
    }

    @Test
    void changedCodeInAnyClassThatWritesDocuments_givesAnotherStamp_soTheIndexIsRebuilt() {
        IndexStamp compiled = IndexStamp.of(MODEL, IndexStamp.DOCUMENT_CODE, COMPILED);
        // nested classes count too: a helper record shapes documents as much as its outer class
        java.util.List<String> classes = IndexStamp.DOCUMENT_CODE.stream().map(IndexStampTest::type)
                .flatMap(type -> java.util.Arrays.stream(type.getNestMembers())).map(Class::getName).distinct().toList();
        assertTrue(classes.size() > IndexStamp.DOCUMENT_CODE.size(), classes.toString());
        for (String name : classes) {
            IndexStamp edited = IndexStamp.of(MODEL, IndexStamp.DOCUMENT_CODE, type -> {
                byte[] bytes = read(type);
                if (type.getName().equals(name)) {
                    bytes[bytes.length - 1] ^= 1;
                }
                return bytes;
            });
            assertNotEquals(compiled, edited, name);
        }
    }

    @Test
    void anotherModel_givesAnotherStamp() {
        assertNotEquals(IndexStamp.of(MODEL, IndexStamp.DOCUMENT_CODE, COMPILED),
                IndexStamp.of("other-model", IndexStamp.DOCUMENT_CODE, COMPILED));
    }
}
