package com.transitionadvisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import com.transitionadvisor.search.semantic.TestEmbedder;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A word no guide has is mended to the guide word it is a slip of, unless it is a real word of its own. */
class TypoCorrectorTest {
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static TypoCorrector typos;

    @BeforeAll
    static void indexSomeGuideText() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.index()))) {
            for (String text : new String[] {"Terraform keeps state; learn remote state backends.",
                    "Kubernetes probes and persistent volumes trip people up.",
                    "Networking depth: VPCs, subnets, routing and DNS.", "Certification: Solutions Architect Associate."}) {
                Document doc = new Document();
                doc.add(new TextField(IndexFields.BODY, text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        typos = new TypoCorrector(reader, Analyzers.query(TestVocabulary.REAL.search()), TestEmbedder.shared()::knowsWord);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void aSlipOfAGuideWordIsMendedToIt() {
        assertEquals("is terraform hard", typos.corrected("is terrafrom hard"));
        assertEquals("how deep on network?", typos.corrected("how deep on netwroking?"));
        assertEquals("which certif first?", typos.corrected("which certifcation first?"));
    }

    @Test
    void aRealWordNoGuideUsesIsLeftAlone() {
        // "office", "spring" and "hearing" are one slip from nothing here, or from "offic…", "sprint", "heart" elsewhere
        assertEquals("a good barber near the office, spring boot, hearing", typos.corrected("a good barber near the office, spring boot, hearing"));
    }

    @Test
    void shortWordsAndWordsTheGuidesHaveAreLeftAlone() {
        assertEquals("dns vpcs routing", typos.corrected("dns vpcs routing"));
        assertEquals("stat", typos.corrected("stat"));
        // found as it is: "kubernets" is read as the same word as "Kubernetes"
        assertEquals("do I need kubernets", typos.corrected("do I need kubernets"));
    }
}
