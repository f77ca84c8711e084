package com.transitionadvisor.search;

import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.transitionadvisor.bench.SyntheticKnowledge;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.InvalidKnowledgeBaseException;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.VocabularyLoader;
import com.transitionadvisor.understanding.TopicDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedKnowledgeLoaderTest {
    private static final int GUIDES = 12;
    private static final IndexStamp STAMP = new IndexStamp("test build 1");

    @TempDir
    Path temp;
    private Path knowledge;
    private Path index;

    @BeforeEach
    void writeKnowledge() {
        knowledge = temp.resolve("knowledge");
        index = temp.resolve("index");
        SyntheticKnowledge.write(knowledge, GUIDES, 42);
    }

    private static IndexedKnowledgeLoader loader(IndexStamp stamp) {
        return new IndexedKnowledgeLoader(new KnowledgeBaseLoader(), new PassageExtractor(new TopicDetector(TestVocabulary.REAL)),
                com.transitionadvisor.search.semantic.TestEmbedder.shared(), stamp);
    }

    /** The index opened last, closed before the next is opened: as a copy of the app that stopped, then started. */
    private IndexedKnowledge current;

    @AfterEach
    void closeIndex() throws IOException {
        if (current != null) {
            current.passages().close();
        }
    }

    private IndexedKnowledge open() {
        return open(loader(STAMP));
    }

    private IndexedKnowledge open(IndexedKnowledgeLoader loader) {
        try {
            closeIndex();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        current = null;
        current = loader.open(knowledge, index);
        return current;
    }

    private static IndexedKnowledge.Update update(int unchanged, int read, int removed) {
        return new IndexedKnowledge.Update(unchanged, read, removed);
    }

    @Test
    void firstOpen_readsEveryFile_andServesTheSameGuidesAsTheInMemoryLoader() {
        IndexedKnowledge loaded = open();

        assertEquals(update(0, GUIDES, 0), loaded.update());
        KnowledgeBase expected = new KnowledgeBaseLoader().load(knowledge);
        assertEquals(expected.guides(), loaded.knowledge().guides());
        for (GuideEntry entry : expected.guides()) {
            assertEquals(expected.guideById(entry.id()), loaded.knowledge().guideById(entry.id()));
        }
    }

    @Test
    void reopeningAnUnchangedFolder_readsNoGuideFile_andStillAnswersFromTheIndex() {
        List<GuideEntry> first = open().knowledge().guides();
        IndexedKnowledge again = open();

        assertEquals(update(GUIDES, 0, 0), again.update());
        assertEquals(first, again.knowledge().guides());
        GuideEntry entry = first.get(0);
        assertEquals(entry.title(), again.knowledge().guideById(entry.id()).orElseThrow().title());
        List<PassageHit> hits = again.passages().search(timelineOf(entry.id()));
        assertFalse(hits.isEmpty());
        hits.forEach(hit -> assertEquals(entry.id(), hit.passage().guide().id()));
    }

    @Test
    void anEditedGuide_isReadAgain_andItsNewTextIsShownAndSearched() throws IOException {
        open();
        Path file = guideFiles().get(3);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String summaryLine = original.lines().filter(line -> line.startsWith("summary:")).findFirst().orElseThrow();
        Files.writeString(file, original.replace(summaryLine, "summary: Zanzibarian quokkas love this move."),
                StandardCharsets.UTF_8);

        IndexedKnowledge again = open();

        assertEquals(update(GUIDES - 1, 1, 0), again.update());
        String id = idOf(again, file);
        assertEquals("Zanzibarian quokkas love this move.", again.knowledge().guideById(id).orElseThrow().summary());
        List<PassageHit> hits = again.passages().search(SearchRequest.everywhere("quokkas", List.of(), 5));
        assertEquals(List.of(id), hits.stream().map(hit -> hit.passage().guide().id()).distinct().toList());
    }

    @Test
    void aDeletedGuide_isDroppedFromListsAndSearch() throws IOException {
        IndexedKnowledge before = open();
        Path file = guideFiles().get(0);
        String id = idOf(before, file);
        Files.delete(file);

        IndexedKnowledge again = open();

        assertEquals(update(GUIDES - 1, 0, 1), again.update());
        assertEquals(Optional.empty(), again.knowledge().guideById(id));
        assertTrue(again.knowledge().guides().stream().noneMatch(entry -> entry.id().equals(id)));
        assertEquals(List.of(), again.passages().search(timelineOf(id)));
    }

    @Test
    void anInvalidEdit_isRefusedWithItsFileAndLine_andLeavesTheIndexAsItWas() throws IOException {
        open();
        Path file = guideFiles().get(5);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, original.replaceFirst("(?m)^summary:", "summery:"), StandardCharsets.UTF_8);

        InvalidKnowledgeBaseException refused = assertThrows(InvalidKnowledgeBaseException.class, this::open);

        assertTrue(refused.problems().stream().anyMatch(p -> p.file().equals(file.toString()) && p.line() > 0),
                refused.problems().toString());
        Files.writeString(file, original, StandardCharsets.UTF_8);
        assertEquals(update(GUIDES, 0, 0), open().update());
    }

    @Test
    void anIndexWrittenByAnotherBuild_isRebuilt() {
        open();

        IndexedKnowledge rebuilt = open(loader(new IndexStamp("test build 2")));

        assertEquals(update(0, GUIDES, 0), rebuilt.update());
        assertEquals(GUIDES, rebuilt.knowledge().size());
    }

    @Test
    void anIndexWrittenOnce_isOpenedNotRewritten_byTheNextStartThroughAnotherEntryPoint() throws IOException {
        // as a benchmark writes the index and the start-up harness, a new JVM of a new Maven run, opens it: another
        // loader of this build, the folder named relatively instead of absolutely
        open(new IndexedKnowledgeLoader(new PassageExtractor(new TopicDetector(TestVocabulary.REAL)),
                com.transitionadvisor.search.semantic.TestEmbedder.shared()));
        current.passages().close();
        current = null;
        Map<String, Long> written = indexFiles();

        Path relative = Path.of("").toAbsolutePath().relativize(knowledge);
        current = new IndexedKnowledgeLoader(new PassageExtractor(new TopicDetector(TestVocabulary.REAL)),
                com.transitionadvisor.search.semantic.TestEmbedder.shared()).open(relative, index);

        assertEquals(update(GUIDES, 0, 0), current.update());
        assertEquals(written, indexFiles(), "no index file written, replaced or deleted");
        GuideEntry entry = current.knowledge().guides().get(0);
        assertFalse(current.passages().search(timelineOf(entry.id())).isEmpty());
    }

    /** Every file of the index (copy-1) with its size; a rewrite gives new segment and commit files. */
    private Map<String, Long> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(index.resolve("copy-1"))) {
            Map<String, Long> sizes = new TreeMap<>();
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)).toList()) {
                sizes.put(file.getFileName().toString(), Files.size(file));
            }
            assertTrue(sizes.keySet().stream().anyMatch(name -> name.startsWith("segments_")), sizes.toString());
            return sizes;
        }
    }

    @Test
    void changedRoles_rebuildTheWholeIndex() throws IOException {
        open();
        Path roles = knowledge.resolve(KnowledgeBaseLoader.ROLES_FILE);
        Files.writeString(roles, Files.readString(roles, StandardCharsets.UTF_8) + "\n# reviewed\n", StandardCharsets.UTF_8);

        assertEquals(update(0, GUIDES, 0), open().update());
    }

    @Test
    void changedVocabulary_rebuildTheWholeIndex() throws IOException {
        // passages are tagged with the topics of topics.yml: a coach's edit there changes every guide's tags
        IndexedKnowledgeLoader loader = new IndexedKnowledgeLoader(new KnowledgeBaseLoader(),
                new PassageExtractor(new TopicDetector(new VocabularyLoader().load(knowledge))),
                com.transitionadvisor.search.semantic.TestEmbedder.shared(), STAMP);
        open(loader);
        assertEquals(update(GUIDES, 0, 0), open(loader).update());
        Path topics = knowledge.resolve(VocabularyLoader.TOPICS_FILE);
        Files.writeString(topics, Files.readString(topics, StandardCharsets.UTF_8) + "\n# reviewed\n", StandardCharsets.UTF_8);

        assertEquals(update(0, GUIDES, 0), open(loader).update());
    }

    @Test
    void anUnreadableIndexFolder_isRebuilt() throws IOException {
        Files.createDirectories(index.resolve("copy-1"));
        Files.writeString(index.resolve("copy-1").resolve("segments_1"), "not an index", StandardCharsets.UTF_8);

        assertEquals(update(0, GUIDES, 0), open().update());
        assertEquals(update(GUIDES, 0, 0), open().update());
    }

    @Test
    void anIndexLockedByAnotherWriter_isBuiltInMemoryInstead() throws IOException {
        open();
        closeIndex();
        current = null;
        Path file = guideFiles().get(1);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        try (FSDirectory directory = FSDirectory.open(index.resolve("copy-1"));
             IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
            IndexedKnowledge loaded = open();

            assertEquals(update(0, GUIDES, 0), loaded.update());
            assertEquals(GUIDES, loaded.knowledge().size());
            assertTrue(other.isOpen());
        }
    }

    @Test
    void twoRunningCopiesOnOneDataFolder_eachKeepAFolderOfItsOwn_andTheNextStartReusesAFreeOne() throws IOException {
        IndexedKnowledge first = open();
        IndexedKnowledge second = loader(STAMP).open(knowledge, index);
        try {
            // the second copy cannot use the first one's folder while it runs: it builds its own
            assertEquals(update(0, GUIDES, 0), second.update());
            assertTrue(Files.isDirectory(index.resolve("copy-2")), "a folder for the second copy");
            GuideEntry entry = first.knowledge().guides().get(0);
            assertFalse(first.passages().search(timelineOf(entry.id())).isEmpty());
            assertFalse(second.passages().search(timelineOf(entry.id())).isEmpty());
        } finally {
            second.passages().close();
        }
        // the second copy stopped: a third start takes its folder, whose index is up to date
        IndexedKnowledge third = loader(STAMP).open(knowledge, index);
        try {
            assertEquals(update(GUIDES, 0, 0), third.update());
        } finally {
            third.passages().close();
        }
    }

    @Test
    void whenEveryFolderIsHeldByARunningCopy_theIndexIsBuiltInMemory() throws IOException {
        List<IndexedKnowledge> running = new java.util.ArrayList<>();
        try {
            for (int copy = 1; copy <= IndexSlot.MAX_COPIES; copy++) {
                running.add(loader(STAMP).open(knowledge, index));
            }
            IndexedKnowledge oneMore = loader(STAMP).open(knowledge, index);
            assertEquals(update(0, GUIDES, 0), oneMore.update());
            assertFalse(Files.exists(index.resolve("copy-" + (IndexSlot.MAX_COPIES + 1))), "no folder beyond the last");
            assertEquals(GUIDES, oneMore.knowledge().size());
        } finally {
            for (IndexedKnowledge copy : running) {
                copy.passages().close();
            }
        }
    }

    @Test
    void anIndexFolderThatCannotBeCreated_isBuiltInMemoryInstead() throws IOException {
        Path blocked = temp.resolve("a-file");
        Files.writeString(blocked, "in the way", StandardCharsets.UTF_8);

        IndexedKnowledge loaded = loader(STAMP).open(knowledge, blocked.resolve("index"));

        assertEquals(GUIDES, loaded.knowledge().size());
    }

    @Test
    void anIndexFolderThatCannotBeWritten_isBuiltInMemoryInstead() throws IOException {
        // a directory where Lucene's lock file must go: the lock cannot be taken, as on a read-only folder
        Files.createDirectories(index.resolve(IndexWriter.WRITE_LOCK_NAME));

        IndexedKnowledge loaded = open();

        assertEquals(GUIDES, loaded.knowledge().size());
        assertFalse(loaded.passages().search(timelineOf(loaded.knowledge().guides().get(0).id())).isEmpty());
    }

    private static SearchRequest timelineOf(String guideId) {
        return SearchRequest.inGuide(guideId, "", List.of(TestVocabulary.topic("timeline")), 5);
    }

    private List<Path> guideFiles() throws IOException {
        try (Stream<Path> files = Files.list(knowledge.resolve(KnowledgeBaseLoader.GUIDES_FOLDER))) {
            return files.sorted().toList();
        }
    }

    private static String idOf(IndexedKnowledge loaded, Path file) {
        return loaded.knowledge().guides().stream().filter(entry -> entry.sourceFile().equals(file.toString()))
                .findFirst().orElseThrow().id();
    }
}
