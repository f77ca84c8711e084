package com.transitionadvisor.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims a data folder for one running copy of the app while it uses the embedded database there. The embedded H2
 * file can be open in one process only; without this claim a second copy waits on H2's file lock and then fails
 * with a raw "file is locked". The claim is an operating-system lock on {@value #FILE_NAME}, so it is released
 * when the process ends, however it ends; the file itself stays and names the copy that last held it.
 */
public final class DataFolderLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataFolderLock.class);
    public static final String FILE_NAME = "transition-advisor.lock";

    private final Optional<FileLock> lock;

    private DataFolderLock(Optional<FileLock> lock) {
        this.lock = lock;
    }

    /** No claim: the database is a server that several copies share, and the data folder holds only the index. */
    public static DataFolderLock none() {
        return new DataFolderLock(Optional.empty());
    }

    /**
     * @throws HeldElsewhere when another running copy holds the folder
     * @throws StorageException when the folder or the lock file cannot be created (nor could the database be)
     */
    public static DataFolderLock claim(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StorageException("Cannot create " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same process, e.g. a second app started in one JVM
        } catch (IOException e) {
            // a file system without locks (some network mounts): H2's own file lock still guards the database
            closeQuietly(channel);
            LOG.warn("Cannot lock {} ({}); a second copy on this data folder will be stopped by the database itself",
                    file, e.toString());
            return none();
        }
        if (lock == null) {
            Optional<String> holder = holder(channel);
            closeQuietly(channel);
            throw new HeldElsewhere(file.getParent(), holder);
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", started "
                    + Instant.now().toString().substring(0, 19).replace('T', ' ') + " UTC\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            // who holds it is only a courtesy for the next copy's message; the lock itself is what counts
        }
        return new DataFolderLock(Optional.of(lock));
    }

    private static Optional<String> holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            int read = channel.read(buffer, 0);
            String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
            return text.matches("process \\d+, started [0-9: -]+ UTC") ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        lock.ifPresent(held -> {
            try {
                held.release();
            } catch (IOException e) {
                // the lock goes with the channel anyway
            }
            closeQuietly(held.channel());
        });
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written that matters
        }
    }

    /** Another running copy of the app uses this data folder's embedded database. */
    public static final class HeldElsewhere extends RuntimeException {
        private final Path folder;

        HeldElsewhere(Path folder, Optional<String> holder) {
            super("Another copy of Transition Advisor is already running on the data folder " + folder
                    + holder.map(h -> " (" + h + ")").orElse("") + ".");
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }
}
