package fr.arretiste.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches this JVM's heap while a phase runs. The heap in use peaks just before a collection, so the
 * peak is the largest occupancy the collector notifications report before collecting (or the heap in
 * use at the end, if larger); the resident set's peak is the kernel's high-water mark.
 */
final class MemoryWatch implements NotificationListener {
    private static final Path STATUS = Path.of("/proc/self/status");

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();

    private MemoryWatch() {
    }

    static MemoryWatch start() {
        MemoryWatch watch = new MemoryWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(watch, null, null);
        }
        return watch;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo()
                    .getMemoryUsageBeforeGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            peak.accumulateAndGet(used, Math::max);
        }
    }

    /** The figures now, at the end of the phase. */
    Memory stop() throws IOException {
        long end = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Memory(Math.max(peak.get(), end), end, peakRss());
    }

    /** VmHWM of /proc/self/status ("VmHWM:   123456 kB"), in bytes; 0 where there is no /proc. */
    private static long peakRss() throws IOException {
        if (!Files.isReadable(STATUS)) {
            return 0;
        }
        return Files.readAllLines(STATUS).stream().filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
    }
}
