package org.pulsewall.ops;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap in use right after the latest full (major) collection, as the JVM reports it when that
 * collection ends: the live data at one moment. Summing each pool's usage after its own latest
 * collection instead mixes a full collection with the survivors of later young ones, which at
 * 1,000 mentions/s differ from minute to minute. The reading also counts the full collections, so
 * that whoever forces one ({@code jcmd <pid> GC.run}) can tell a fresh figure from the previous one:
 * the JVM skips a requested collection while a native renderer holds the heap in a critical section.
 */
public final class HeapAfterFullCollection implements Supplier<HeapAfterFullCollection.Reading>, AutoCloseable {

    /** The heap right after the latest full collection (-1 before the first) and how many there were. */
    public record Reading(long bytes, long collections) {
        public static final Reading NONE = new Reading(-1, 0);
    }

    private static final String MAJOR = "major";
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> onNotification(notification);
    private volatile Reading latest = Reading.NONE;

    /** Listens to every collector of this JVM. */
    public static HeapAfterFullCollection ofThisJvm() {
        return new HeapAfterFullCollection(ManagementFactory.getGarbageCollectorMXBeans(),
                ManagementFactory.getMemoryPoolMXBeans());
    }

    HeapAfterFullCollection(Collection<GarbageCollectorMXBean> collectors, Collection<MemoryPoolMXBean> pools) {
        this.heapPools = pools.stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    @Override
    public Reading get() {
        return latest;
    }

    private void onNotification(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (info.getGcAction().contains(MAJOR)) {
            // one notification thread writes; readers see whole records
            latest = new Reading(heapBytes(info.getGcInfo().getMemoryUsageAfterGc(), heapPools),
                    latest.collections() + 1);
        }
    }

    /** What the heap pools among {@code usage} hold together; other pools (metaspace, code) are left out. */
    static long heapBytes(Map<String, MemoryUsage> usage, Set<String> heapPools) {
        long bytes = 0;
        for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                bytes += pool.getValue().getUsed();
            }
        }
        return bytes;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing left to stop
            }
        }
        emitters.clear();
    }
}
