package com.transitionadvisor.search;

import static com.transitionadvisor.search.IndexFields.FILE;
import static com.transitionadvisor.search.IndexFields.FINGERPRINT;
import static com.transitionadvisor.search.IndexFields.FROM;
import static com.transitionadvisor.search.IndexFields.GUIDE_FILE;
import static com.transitionadvisor.search.IndexFields.GUIDE_ID;
import static com.transitionadvisor.search.IndexFields.SUMMARY;
import static com.transitionadvisor.search.IndexFields.TIMELINE_SUMMARY;
import static com.transitionadvisor.search.IndexFields.TO;

import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.search.semantic.SentenceEmbedder;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.GuideProblem;
import com.transitionadvisor.knowledge.InvalidKnowledgeBaseException;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.Role;
import com.transitionadvisor.knowledge.RoleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a knowledge folder through a search index kept on disk, so that a restart re-reads only what changed.
 * Each guide file is indexed with the SHA-256 of its bytes: files with the same fingerprint are taken from the
 * index as validated last time; new and changed files are parsed, validated and re-indexed; removed files are
 * dropped. An index written by another build, for another {@code roles.yml}, other vocabulary files
 * ({@code topics.yml}, …) or another folder is rebuilt.
 * Guides are streamed into the index as they are read, so not even a first start holds every guide at once.
 */
public final class IndexedKnowledgeLoader {
    private static final Logger LOG = LoggerFactory.getLogger(IndexedKnowledgeLoader.class);
    private static final String STAMP = "stamp";
    private static final String ROLES = "roles";
    private static final String FOLDER = "folder";
    /** Passages are tagged with the topics of the vocabulary files: other files, another index. */
    private static final String VOCABULARY = "vocabulary";

    private final KnowledgeBaseLoader files;
    private final PassageExtractor extractor;
    private final SentenceEmbedder embedder;
    private final GuideCodec codec = new GuideCodec();
    private final IndexStamp stamp;

    public IndexedKnowledgeLoader(PassageExtractor extractor, SentenceEmbedder embedder) {
        this(new KnowledgeBaseLoader(), extractor, embedder, IndexStamp.ofThisBuild(embedder.modelId()));
    }

    IndexedKnowledgeLoader(KnowledgeBaseLoader files, PassageExtractor extractor, SentenceEmbedder embedder,
                           IndexStamp stamp) {
        this.files = files;
        this.extractor = extractor;
        this.embedder = embedder;
        this.stamp = stamp;
    }

    /**
     * Loads {@code knowledgeFolder} through this copy's own index folder under {@code indexFolder} ({@link IndexSlot}),
     * creating or updating it. When no folder can be used (cannot be created, locked or written, or every one is
     * held by another running copy of the app), the index is built in memory instead.
     *
     * @throws InvalidKnowledgeBaseException when any file has a problem; the index on disk is left as it was
     */
    public IndexedKnowledge open(Path knowledgeFolder, Path indexFolder) {
        Directory directory;
        try {
            Optional<IndexSlot> slot = IndexSlot.claim(indexFolder);
            if (slot.isEmpty()) {
                LOG.warn("{} running copies of the app already hold every index folder in {}; building the search "
                        + "index in memory", IndexSlot.MAX_COPIES, indexFolder);
                return inMemory(knowledgeFolder);
            }
            directory = slot.get();
            LOG.info("Search index of this copy: {}", slot.get().folder());
        } catch (IOException e) {
            LOG.warn("Cannot keep the search index in {} ({}); building it in memory", indexFolder, e.toString());
            return inMemory(knowledgeFolder);
        }
        try {
            return load(knowledgeFolder, directory);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            LOG.warn("Another running copy of the app is writing the search index in {}; building it in memory",
                    indexFolder);
            return inMemory(knowledgeFolder);
        } catch (IOException e) {
            // e.g. a read-only data folder (a container whose plans live in PostgreSQL): the app still starts
            closeQuietly(directory);
            LOG.warn("Cannot write the search index in {} ({}); building it in memory", indexFolder, e.toString());
            return inMemory(knowledgeFolder);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /**
     * This copy's index folder, claimed once for the life of the app, so that every reload of the knowledge folder
     * updates the same index in place (a second claim from the same app would take another, empty folder).
     */
    public static final class Claimed {
        private final Optional<IndexSlot> slot;
        private final Path root;

        private Claimed(Optional<IndexSlot> slot, Path root) {
            this.slot = slot;
            this.root = root;
        }
    }

    /** Claims a folder of its own under {@code indexFolder}; none (an index in memory) when that is not possible. */
    public static Claimed claim(Path indexFolder) {
        try {
            Optional<IndexSlot> slot = IndexSlot.claim(indexFolder);
            if (slot.isEmpty()) {
                LOG.warn("{} running copies of the app already hold every index folder in {}; building the search "
                        + "index in memory", IndexSlot.MAX_COPIES, indexFolder);
            } else {
                LOG.info("Search index of this copy: {}", slot.get().folder());
            }
            return new Claimed(slot, indexFolder);
        } catch (IOException e) {
            LOG.warn("Cannot keep the search index in {} ({}); building it in memory", indexFolder, e.toString());
            return new Claimed(Optional.empty(), indexFolder);
        }
    }

    /** Loads {@code knowledgeFolder} through the folder {@code claimed} holds, updating it in place. */
    public IndexedKnowledge open(Path knowledgeFolder, Claimed claimed) {
        if (claimed.slot.isEmpty()) {
            return inMemory(knowledgeFolder);
        }
        Directory kept = new org.apache.lucene.store.FilterDirectory(claimed.slot.get()) {
            @Override
            public void close() {
                // the folder stays claimed for the next version of the knowledge; the lock goes with the process
            }
        };
        try {
            return load(knowledgeFolder, kept);
        } catch (LockObtainFailedException e) {
            LOG.warn("The search index in {} is being written; building it in memory", claimed.root);
            return inMemory(knowledgeFolder);
        } catch (IOException e) {
            LOG.warn("Cannot write the search index in {} ({}); building it in memory", claimed.root, e.toString());
            return inMemory(knowledgeFolder);
        }
    }

    /** Loads {@code knowledgeFolder} into an index held in memory. */
    public IndexedKnowledge inMemory(Path knowledgeFolder) {
        try {
            return load(knowledgeFolder, new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index failed", e);
        }
    }

    private record ScannedFile(Path path, String name, String fingerprint) {
    }

    /** What the index holds for one guide file. */
    private record IndexedGuide(String fingerprint, String id, String from, String to, String summary,
                                String timelineSummary) {
    }

    /** One file's outcome: its entry when valid, its problems otherwise. */
    private record Outcome(ScannedFile file, Optional<GuideEntry> entry, List<GuideProblem> problems) {
    }

    private IndexedKnowledge load(Path folder, Directory directory) throws IOException {
        long started = System.nanoTime();
        KnowledgeBaseLoader.Roles roles = files.roles(folder);
        if (roles.catalog().isEmpty()) {
            throw new InvalidKnowledgeBaseException(roles.problems());
        }
        RoleCatalog catalog = roles.catalog().get();
        Map<String, String> key = Map.of(STAMP, stamp.value(),
                ROLES, FileFingerprint.of(folder.resolve(KnowledgeBaseLoader.ROLES_FILE)),
                VOCABULARY, extractor.vocabulary().files().stream().map(FileFingerprint::of)
                        .collect(Collectors.joining(" ")),
                FOLDER, folder.toAbsolutePath().normalize().toString());
        long rolesRead = System.nanoTime();
        List<ScannedFile> scanned = KnowledgeBaseLoader.guideFiles(folder).parallelStream()
                .map(path -> new ScannedFile(path, path.getFileName().toString(), FileFingerprint.of(path))).toList();
        long fingerprinted = System.nanoTime();
        Optional<Indexed> indexed = indexed(directory, key);
        long indexRead = System.nanoTime();
        Map<String, IndexedGuide> previous = indexed.map(Indexed::guides).orElse(Map.of());

        Map<String, GuideEntry> unchanged = new HashMap<>();
        List<ScannedFile> changed = new ArrayList<>();
        for (ScannedFile file : scanned) {
            Optional<GuideEntry> entry = Optional.ofNullable(previous.get(file.name()))
                    .filter(guide -> guide.fingerprint().equals(file.fingerprint()))
                    .flatMap(guide -> entry(guide, file, catalog));
            entry.ifPresentOrElse(e -> unchanged.put(file.name(), e), () -> changed.add(file));
        }
        Set<String> names = scanned.stream().map(ScannedFile::name).collect(Collectors.toSet());
        List<String> removed = previous.keySet().stream().filter(name -> !names.contains(name)).sorted().toList();

        boolean fresh = indexed.isEmpty();
        boolean write = fresh || !changed.isEmpty() || !removed.isEmpty();
        // nothing to write: the reader that listed the guides serves the app, instead of opening the index twice
        Optional<DirectoryReader> current = write ? Optional.empty() : indexed.map(Indexed::reader);
        if (write) {
            indexed.ifPresent(Indexed::close);
        }
        IndexWriter writer = write
                ? new IndexWriter(directory, PassageIndex.writerConfig(fresh).setOpenMode(fresh ? OpenMode.CREATE : OpenMode.APPEND))
                : null;
        boolean served = false;
        try {
            Map<String, Outcome> read = read(changed, catalog, writer);
            List<GuideEntry> entries = entries(scanned, unchanged, read, roles.problems());
            long guidesRead = System.nanoTime();
            if (writer != null) {
                for (String name : removed) {
                    writer.deleteDocuments(new Term(FILE, name));
                }
                writer.setLiveCommitData(key.entrySet());
                writer.commit();
                writer.close();
                writer = null;
            }
            DirectoryReader reader = current.isPresent() ? current.get() : DirectoryReader.open(directory);
            IndexedGuides guides = new IndexedGuides(new IndexSearcher(reader), codec,
                    PassageIndex.CACHED_GUIDES);
            KnowledgeBase knowledge = new KnowledgeBase(catalog, entries, guides);
            PassageIndex passages = new PassageIndex(directory, reader, guides, extractor, embedder);
            served = true;
            long done = System.nanoTime();
            LOG.info("Loaded {} guides in {} ms: {} unchanged since the index was written, {} read, {} removed "
                            + "(roles {} ms, fingerprints {} ms, index listed {} ms, guides read and written {} ms, "
                            + "opened {} ms)",
                    entries.size(), millis(started, done), unchanged.size(), changed.size(), removed.size(),
                    millis(started, rolesRead), millis(rolesRead, fingerprinted), millis(fingerprinted, indexRead),
                    millis(indexRead, guidesRead), millis(guidesRead, done));
            return new IndexedKnowledge(knowledge, passages,
                    new IndexedKnowledge.Update(unchanged.size(), changed.size(), removed.size()));
        } finally {
            if (writer != null) {
                rollbackQuietly(writer);
            }
            if (!served) {
                current.ifPresent(IndexedKnowledgeLoader::closeQuietly);
            }
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The open index and what it holds per guide file. */
    private record Indexed(DirectoryReader reader, Map<String, IndexedGuide> guides) {
        void close() {
            closeQuietly(reader);
        }
    }

    /**
     * Every guide's entry, in file order, once every file is known to be valid.
     *
     * @throws InvalidKnowledgeBaseException with every problem: the roles', each file's, and two files for one move
     */
    private static List<GuideEntry> entries(List<ScannedFile> scanned, Map<String, GuideEntry> unchanged,
                                            Map<String, Outcome> read, List<GuideProblem> roleProblems) {
        List<GuideProblem> problems = new ArrayList<>(roleProblems);
        List<GuideEntry> entries = new ArrayList<>();
        Map<String, GuideEntry> seen = new HashMap<>();
        for (ScannedFile file : scanned) {
            Outcome outcome = read.get(file.name());
            Optional<GuideEntry> entry = outcome == null ? Optional.of(unchanged.get(file.name())) : outcome.entry();
            if (outcome != null) {
                problems.addAll(outcome.problems());
            }
            entry.ifPresent(guide -> {
                GuideEntry earlier = seen.putIfAbsent(guide.id(), guide);
                if (earlier != null) {
                    problems.add(KnowledgeBaseLoader.duplicate(guide, earlier.sourceFile()));
                } else {
                    entries.add(guide);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeBaseException(problems);
        }
        return entries;
    }

    /** Parses and validates the files on every core, writing each valid guide into the index as soon as it is read. */
    private Map<String, Outcome> read(List<ScannedFile> changed, RoleCatalog catalog, IndexWriter writer) {
        GuideDocuments documents = new GuideDocuments(extractor, codec, embedder);
        AtomicBoolean invalid = new AtomicBoolean();
        return changed.parallelStream().map(file -> {
            KnowledgeBaseLoader.GuideFile result = files.read(catalog, file.path());
            if (!result.problems().isEmpty()) {
                invalid.set(true);
            }
            Optional<Guide> guide = result.guide().filter(g -> result.problems().isEmpty());
            // An invalid folder is refused and the writer rolled back, so indexing stops at the first problem.
            if (guide.isPresent() && !invalid.get()) {
                try {
                    documents.write(writer, file.name(), file.fingerprint(), guide.get());
                } catch (IOException e) {
                    throw new UncheckedIOException("indexing " + file.path() + " failed", e);
                }
            }
            return new Outcome(file, result.guide().map(Guide::entry), result.problems());
        }).collect(Collectors.toMap(outcome -> outcome.file().name(), outcome -> outcome));
    }

    private static Optional<GuideEntry> entry(IndexedGuide guide, ScannedFile file, RoleCatalog catalog) {
        Optional<Role> from = catalog.byId(guide.from());
        Optional<Role> to = catalog.byId(guide.to());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GuideEntry(guide.id(), from.get(), to.get(), guide.summary(), guide.timelineSummary(),
                file.path().toString()));
    }

    /**
     * What the index holds per file, or empty when there is no index or it was written for something else. An index
     * that cannot be read is deleted, so that it can be written anew.
     */
    private Optional<Indexed> indexed(Directory directory, Map<String, String> key) throws IOException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            boolean kept = false;
            try {
                Map<String, String> written = reader.getIndexCommit().getUserData();
                if (!key.equals(written)) {
                    LOG.info("The search index was written for something else ({}); rebuilding it",
                            differences(key, written));
                    return Optional.empty();
                }
                Map<String, IndexedGuide> guides = new HashMap<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    readLeaf(leaf, guides);
                }
                kept = true;
                return Optional.of(new Indexed(reader, guides));
            } finally {
                if (!kept) {
                    reader.close();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index could not be read ({}); rebuilding it", e.toString());
            try (Lock writing = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String file : directory.listAll()) {
                    writing.ensureValid();
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Which parts of the stamp differ, so that a rebuild nobody expected can be told from the log. */
    private static String differences(Map<String, String> key, Map<String, String> written) {
        return key.keySet().stream().filter(part -> !key.get(part).equals(written.get(part)))
                .map(part -> part + " was '" + written.getOrDefault(part, "") + "', now '" + key.get(part) + "'")
                .collect(Collectors.joining("; "));
    }

    private static void readLeaf(LeafReaderContext leaf, Map<String, IndexedGuide> guides) throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues file = DocValues.getSorted(leaf.reader(), GUIDE_FILE);
        SortedDocValues fingerprint = DocValues.getSorted(leaf.reader(), FINGERPRINT);
        SortedDocValues id = DocValues.getSorted(leaf.reader(), GUIDE_ID);
        SortedDocValues from = DocValues.getSorted(leaf.reader(), FROM);
        SortedDocValues to = DocValues.getSorted(leaf.reader(), TO);
        BinaryDocValues summary = DocValues.getBinary(leaf.reader(), SUMMARY);
        BinaryDocValues timelineSummary = DocValues.getBinary(leaf.reader(), TIMELINE_SUMMARY);
        for (int doc = file.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = file.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            guides.put(value(file), new IndexedGuide(value(fingerprint, doc), value(id, doc), value(from, doc),
                    value(to, doc), text(summary, doc), text(timelineSummary, doc)));
        }
    }

    private static String value(SortedDocValues values) throws IOException {
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            throw new IOException("guide document " + doc + " has no " + values);
        }
        return value(values);
    }

    private static String text(BinaryDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            throw new IOException("guide document " + doc + " has no " + values);
        }
        return values.binaryValue().utf8ToString();
    }

    private static void rollbackQuietly(IndexWriter writer) {
        try {
            writer.rollback();
        } catch (IOException e) {
            LOG.debug("rolling back the index writer failed", e);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            LOG.debug("closing the search index failed", e);
        }
    }
}
