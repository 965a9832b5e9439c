package dev.involution.arena.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the whole JVM spent between {@link #start()} and {@link #stop()}: process CPU time, CPU
 * time per group of threads (named as the JVM names them, numbers dropped), GC pause and JIT
 * compile time, and heap allocated by every thread alive at the end (threads that ended in between
 * are missed). Also the current thread's own allocation counter, for runs that count only themselves.
 */
final class JvmTally {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** What {@link #stop()} found: process CPU, CPU by group of threads (most first) and bytes allocated. */
    record Totals(long cpuNanos, Map<String, Long> cpuByGroup, long bytes) {
    }

    private final Map<Long, Long> allocated0 = allocatedByThread();
    private final Map<Long, Long> threadCpu0 = cpuByThread();
    private final long cpu0 = OS.getProcessCpuTime();
    private final long gc0 = gcMillis();
    private final long jit0 = jitMillis();

    private JvmTally() {
    }

    static JvmTally start() {
        return new JvmTally();
    }

    Totals stop() {
        long cpuNanos = OS.getProcessCpuTime() - cpu0;
        Map<String, Long> cpuByGroup = cpuSince(cpuNanos);
        cpuByGroup.put("(of which GC pauses, wall)", (gcMillis() - gc0) * 1_000_000);
        cpuByGroup.put("(of which JIT compiling, wall)", (jitMillis() - jit0) * 1_000_000);
        return new Totals(cpuNanos, cpuByGroup, allocatedSince());
    }

    static boolean allocationCounted() {
        return THREADS.isThreadAllocatedMemorySupported();
    }

    /** Bytes the calling thread has allocated so far. */
    static long currentThreadAllocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static Map<Long, Long> cpuByThread() {
        Map<Long, Long> byThread = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = THREADS.getThreadCpuTime(id);
            if (cpu >= 0) {
                byThread.put(id, cpu);
            }
        }
        return byThread;
    }

    /** CPU time per group of threads since the start, most first; the rest of the process's is "GC, JIT and threads that ended". */
    private Map<String, Long> cpuSince(long processCpuNanos) {
        Map<String, Long> byGroup = new HashMap<>();
        long counted = 0;
        for (Map.Entry<Long, Long> now : cpuByThread().entrySet()) {
            ThreadInfo info = THREADS.getThreadInfo(now.getKey());
            if (info == null) {
                continue;
            }
            long used = now.getValue() - threadCpu0.getOrDefault(now.getKey(), 0L);
            byGroup.merge(info.getThreadName().replaceAll("\\d+", "N"), used, Long::sum);
            counted += used;
        }
        byGroup.put("GC, JIT and threads that ended", processCpuNanos - counted);
        Map<String, Long> sorted = new LinkedHashMap<>();
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<Long, Long> allocatedByThread() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    private long allocatedSince() {
        long total = 0;
        for (Map.Entry<Long, Long> now : allocatedByThread().entrySet()) {
            total += now.getValue() - allocated0.getOrDefault(now.getKey(), 0L);
        }
        return total;
    }
}
