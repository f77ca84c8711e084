package com.transitionadvisor.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * The search index folder of one running copy of the app: {@code copy-N} under the index folder, held with an
 * operating-system lock on {@code copy-N.lock} for as long as the copy runs. Copies sharing a data folder (a rolling
 * deploy, replicas on one machine) so never write or delete each other's index files; a restarted copy takes a free
 * folder and re-reads only the guides that changed since it was written. The lock goes with the process, even when it
 * is killed. Each copy's index is its own, so nothing is shared that could break.
 */
final class IndexSlot extends FilterDirectory {
    /** More copies than this on one data folder build their index in memory instead. */
    static final int MAX_COPIES = 8;

    private final FileChannel lockFile;
    private final FileLock lock;
    private final Path folder;

    private IndexSlot(FSDirectory directory, FileChannel lockFile, FileLock lock, Path folder) {
        super(directory);
        this.lockFile = lockFile;
        this.lock = lock;
        this.folder = folder;
    }

    /**
     * The first folder no other running copy holds, locked for this one; empty when all {@link #MAX_COPIES} are held.
     *
     * @throws IOException when the folder cannot be created or locked at all (e.g. a read-only data folder)
     */
    static Optional<IndexSlot> claim(Path root) throws IOException {
        Files.createDirectories(root);
        for (int copy = 1; copy <= MAX_COPIES; copy++) {
            FileChannel channel = FileChannel.open(root.resolve("copy-" + copy + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another copy in this same JVM (tests run two)
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                continue;
            }
            Path folder = root.resolve("copy-" + copy);
            try {
                return Optional.of(new IndexSlot(FSDirectory.open(Files.createDirectories(folder)), channel, lock, folder));
            } catch (IOException e) {
                lock.release();
                channel.close();
                throw e;
            }
        }
        return Optional.empty();
    }

    Path folder() {
        return folder;
    }

    /** Closes the index files, then lets the folder go to the next copy that starts. */
    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            try {
                lock.release();
            } finally {
                lockFile.close();
            }
        }
    }
}
