package com.transitionadvisor.bench.socket;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What the JVM did during a phase: process CPU time, CPU time per thread group (thread names with their numbers
 * stripped), and every garbage collection with its duration. The stand-in, the app and this harness share the
 * JVM (as in the end-to-end tests), so the thread groups tell who used the two cores.
 */
final class JvmProbe {

    /** One garbage collection: when it ended (ms since JVM start), which collector, how long it took (ms). */
    record Gc(long endMillis, String name, String cause, long durationMillis, long heapAfterBytes) {
    }

    /** The state at one moment. */
    record Snapshot(long wallNanos, long processCpuNanos, Map<Long, String> threadNames, Map<Long, Long> threadCpu,
                    long uptimeMillis) {
    }

    /** The difference between two snapshots. */
    record Usage(double wallSeconds, double processCpuSeconds, Map<String, Double> cpuSecondsByGroup, List<Gc> gcs) {

        /** CPU used as a share of the machine: 1.0 is one core busy. */
        double cores() {
            return processCpuSeconds / wallSeconds;
        }

        long gcMillis() {
            return gcs.stream().mapToLong(Gc::durationMillis).sum();
        }

        long gcMaxMillis() {
            return gcs.stream().mapToLong(Gc::durationMillis).max().orElse(0);
        }

        /** Heap in use (MB) right after the phase's last collection. */
        double heapAfterLastGcMb() {
            return gcs.isEmpty() ? Double.NaN : gcs.get(gcs.size() - 1).heapAfterBytes() / (1024.0 * 1024.0);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final List<Gc> gcs = new CopyOnWriteArrayList<>();

    JvmProbe() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        if (threads.isThreadCpuTimeSupported()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long heapAfter = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        gcs.add(new Gc(info.getGcInfo().getEndTime(), info.getGcName(), info.getGcCause(),
                                info.getGcInfo().getDuration(), heapAfter));
                    }
                }, null, null);
            }
        }
    }

    Snapshot snapshot() {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long time = threads.getThreadCpuTime(info.getThreadId());
            if (time >= 0) {
                names.put(info.getThreadId(), info.getThreadName());
                cpu.put(info.getThreadId(), time);
            }
        }
        return new Snapshot(System.nanoTime(), os.getProcessCpuTime(), names, cpu,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    Usage between(Snapshot from, Snapshot to) {
        Map<String, Double> byGroup = new HashMap<>();
        to.threadCpu().forEach((id, cpu) -> {
            double seconds = (cpu - from.threadCpu().getOrDefault(id, 0L)) / 1e9;
            if (seconds > 0) {
                byGroup.merge(group(to.threadNames().get(id)), seconds, Double::sum);
            }
        });
        Map<String, Double> sorted = new LinkedHashMap<>();
        byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<Gc> during = new ArrayList<>();
        for (Gc gc : gcs) {
            if (gc.endMillis() > from.uptimeMillis() && gc.endMillis() <= to.uptimeMillis()) {
                during.add(gc);
            }
        }
        return new Usage((to.wallNanos() - from.wallNanos()) / 1e9, (to.processCpuNanos() - from.processCpuNanos()) / 1e9,
                sorted, during);
    }

    /** "socket-mode-message-processor-3" → "socket-mode-message-processor-N". */
    static String group(String name) {
        return name == null ? "?" : name.replaceAll("\\d+", "N");
    }
}
