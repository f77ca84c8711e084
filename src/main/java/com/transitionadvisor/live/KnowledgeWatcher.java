package com.transitionadvisor.live;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder while the app runs and reloads it after a change. Editors save in bursts (a temporary
 * file, a rename, a second write), so a reload waits until the folder has been quiet for {@link #QUIET}. The file
 * system's change notifications make that quick; the folder is also looked at every {@link #POLL}, because some file
 * systems (network shares, folders mounted into a container) never send them. Only {@code .yml} and {@code .yaml}
 * files count.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWatcher.class);
    /** How long the folder must be quiet before it is read: one save, one reload. */
    public static final Duration QUIET = Duration.ofMillis(200);
    /** How often the folder is looked at, for file systems that do not report changes. */
    public static final Duration POLL = Duration.ofSeconds(1);
    /** How long a replaced version stays open, for answers that were already reading it. */
    static final Duration RETIRE_AFTER = Duration.ofSeconds(30);

    private final KnowledgeReloader reloader;
    private final ScheduledExecutorService timer;
    private final Optional<WatchService> service;
    private ScheduledFuture<?> pending;
    private Map<String, String> polled = Map.of();

    private KnowledgeWatcher(KnowledgeReloader reloader, ScheduledExecutorService timer, Optional<WatchService> service) {
        this.reloader = reloader;
        this.timer = timer;
        this.service = service;
    }

    /** Starts watching {@code reloader}'s folder, with the file system's change notifications where it has them. */
    public static KnowledgeWatcher start(KnowledgeReloader reloader) {
        return start(reloader, true);
    }

    /** @param notifications false to rely on looking at the folder every {@link #POLL} alone */
    public static KnowledgeWatcher start(KnowledgeReloader reloader, boolean notifications) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "knowledge-reload");
            thread.setDaemon(true);
            return thread;
        });
        Path folder = reloader.folder();
        Optional<WatchService> service = notifications ? watchService(folder) : Optional.empty();
        KnowledgeWatcher watcher = new KnowledgeWatcher(reloader, timer, service);
        watcher.polled = signature(folder);
        timer.scheduleWithFixedDelay(watcher::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        if (service.isPresent()) {
            Thread thread = new Thread(() -> watcher.watch(service.get()), "knowledge-watch");
            thread.setDaemon(true);
            thread.start();
        }
        LOG.info("Watching {} for changes{}; a saved change is served once the folder is quiet", folder,
                service.isPresent() ? "" : " every " + POLL.toMillis() + " ms");
        return watcher;
    }

    private static Optional<WatchService> watchService(Path folder) {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            try {
                registerTree(service, folder);
                return Optional.of(service);
            } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
                service.close();
                throw e;
            }
        } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
            LOG.warn("The file system cannot report changes in {} ({}); looking at it every {} ms instead", folder,
                    e.toString(), POLL.toMillis());
            return Optional.empty();
        }
    }

    private static void registerTree(WatchService service, Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder, 3)) {
            for (Path dir : folders.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void watch(WatchService watching) {
        try {
            while (true) {
                WatchKey key = watching.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        relevant = true;
                        continue;
                    }
                    Path changed = ((Path) key.watchable()).resolve((Path) event.context());
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                        registerTree(watching, changed);
                        relevant = true;
                    } else if (isKnowledgeFile(changed)) {
                        relevant = true;
                    }
                }
                key.reset();
                if (relevant) {
                    changed();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the app is stopping
        } catch (IOException | RuntimeException e) {
            LOG.error("Watching {} stopped ({}); restart the app to serve later changes", reloader.folder(), e.toString());
        }
    }

    private void poll() {
        Map<String, String> now = signature(reloader.folder());
        if (!now.equals(polled)) {
            polled = now;
            changed();
        }
    }

    /** Every knowledge file under the folder with its size and modification time. */
    private static Map<String, String> signature(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder, 3)) {
            for (Path path : paths.filter(KnowledgeWatcher::isKnowledgeFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                files.put(path.toString(), attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        } catch (IOException | UncheckedIOException e) {
            files.put("", e.toString());
        }
        return files;
    }

    private static boolean isKnowledgeFile(Path path) {
        String name = path.getFileName().toString();
        return (name.endsWith(".yml") || name.endsWith(".yaml")) && !name.startsWith(".");
    }

    /** A change was seen: reload once the folder has been quiet for {@link #QUIET}. */
    private synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = timer.schedule(this::reload, QUIET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed
        }
    }

    /** Runs on the timer thread, as {@link #poll} does, so each change is reloaded once however it was seen. */
    private void reload() {
        polled = signature(reloader.folder());
        Guarded.run(() -> reloader.reload().ifPresent(previous -> timer.schedule(() -> close(previous),
                RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS)));
    }

    private static void close(KnowledgeVersion retired) {
        try {
            retired.indexed().passages().close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a replaced search index failed", e);
        }
    }

    /** Stops watching; the version served now stays open. */
    @Override
    public void close() {
        service.ifPresent(watching -> {
            try {
                watching.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service failed", e);
            }
        });
        List<Runnable> waiting = timer.shutdownNow();
        LOG.debug("stopped watching; {} task(s) dropped", waiting.size());
    }
}
