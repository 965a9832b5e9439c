package dev.involution.arena.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * CPU time of the server process (from /proc), of this one, of the whole machine and of the
 * server's JIT compiler threads, between two samples. Linux only; elsewhere every figure is
 * unknown (NaN) and the benchmark still runs.
 */
final class ServerCpu {

    /** What the counters held at one moment; ticks are -1 where unreadable. */
    record Sample(long nanos, long serverTicks, long clientTicks, long machineTicks, long compilerTicks) {
    }

    private final String serverPid;
    private final int ticksPerSecond;

    ServerCpu(String serverPid, int ticksPerSecond) {
        this.serverPid = serverPid;
        this.ticksPerSecond = ticksPerSecond;
    }

    Sample sample() {
        boolean server = !serverPid.isEmpty();
        return new Sample(System.nanoTime(), server ? ticks(Path.of("/proc", serverPid, "stat")) : -1,
                ticks(Path.of("/proc/self/stat")), machineBusyTicks(), server ? compilerTicks(serverPid) : -1);
    }

    double serverCores(Sample a, Sample b) {
        return a.serverTicks < 0 || b.serverTicks < 0 ? Double.NaN : cores(b.serverTicks - a.serverTicks, a, b);
    }

    double clientCores(Sample a, Sample b) {
        return a.clientTicks < 0 || b.clientTicks < 0 ? Double.NaN : cores(b.clientTicks - a.clientTicks, a, b);
    }

    /** Cores busy with everything else on the machine: other processes, other sessions' builds. */
    double otherCores(Sample a, Sample b) {
        if (a.machineTicks < 0 || b.machineTicks < 0) {
            return Double.NaN;
        }
        double all = cores(b.machineTicks - a.machineTicks, a, b);
        double server = serverCores(a, b);
        return all - (Double.isNaN(server) ? 0 : server) - clientCores(a, b);
    }

    /** The share of the server's CPU time its JIT compiler threads took between the samples (0..1). */
    double compilerShare(Sample a, Sample b) {
        long server = b.serverTicks - a.serverTicks;
        if (a.compilerTicks < 0 || b.compilerTicks < 0 || a.serverTicks < 0 || b.serverTicks < 0 || server <= 0) {
            return Double.NaN;
        }
        return Math.max(0, b.compilerTicks - a.compilerTicks) / (double) server;
    }

    private double cores(long ticks, Sample a, Sample b) {
        return ticks / (double) ticksPerSecond / ((b.nanos - a.nanos) / 1e9);
    }

    /** Busy time of all CPUs (everything but idle and iowait), in clock ticks; -1 when unreadable. */
    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * utime + stime of the HotSpot compiler threads of process {@code pid} ("C1 CompilerThread0",
     * "C2 CompilerThread1", ...; the kernel keeps 15 characters of a thread's name), in clock
     * ticks; -1 when unreadable. A compiler thread that ended since the last sample takes its
     * ticks with it, so the figure can only understate the compilers' share.
     */
    private static long compilerTicks(String pid) {
        return ticksOfEntries(Path.of("/proc", pid, "task"),
                name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"));
    }

    /**
     * utime + stime, in clock ticks, summed over the entries of a /proc directory ({@code /proc}
     * for processes, {@code /proc/<pid>/task} for a process's threads) whose name ({@code comm})
     * {@code named} accepts; an entry gone meanwhile counts nothing; -1 when the directory is
     * unreadable (not Linux).
     */
    static long ticksOfEntries(Path directory, Predicate<String> named) {
        long sum = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name;
                try {
                    name = Files.readString(entry.resolve("comm")).strip();
                } catch (IOException gone) {
                    continue;
                }
                if (named.test(name)) {
                    sum += Math.max(0, ticks(entry.resolve("stat")));
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime from a /proc stat file, in clock ticks; -1 when unreadable (not Linux). */
    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
